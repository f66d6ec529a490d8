/// A histogram in a tally file: only the non-zero grid bins, as `[bin, count]`
/// pairs in bin order, plus the underflow and overflow counts.
///
/// Most of the 800 bins of a case are empty (its peaks cluster within a decade or
/// two), so this keeps a tally file of thousands of cases small and readable. The
/// total is not stored; it is the sum. Decoding refuses bins off the grid, repeated
/// bins and negative counts, so a damaged file is caught when it is read rather
/// than when its numbers are published.
extension PeakHistogram: Codable {
    private enum CodingKeys: String, CodingKey {
        case bins, underflow, overflow
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let pairs = bins.indices.filter { bins[$0] != 0 }.map { [$0, bins[$0]] }
        try container.encode(pairs, forKey: .bins)
        try container.encode(underflow, forKey: .underflow)
        try container.encode(overflow, forKey: .overflow)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let pairs = try container.decode([[Int]].self, forKey: .bins)
        var bins = Array(repeating: 0, count: Self.binCount)
        func corrupt(_ message: String, _ key: CodingKeys) -> DecodingError {
            .dataCorruptedError(forKey: key, in: container, debugDescription: message)
        }
        for pair in pairs {
            guard pair.count == 2 else { throw corrupt("each bin must be a pair [bin, count], got \(pair)", .bins) }
            let (bin, binCount) = (pair[0], pair[1])
            guard (0..<Self.binCount).contains(bin) else {
                throw corrupt("bin \(bin) is off the grid (0..<\(Self.binCount))", .bins)
            }
            guard binCount > 0 else { throw corrupt("bin \(bin) has count \(binCount); only positive counts are stored", .bins) }
            guard bins[bin] == 0 else { throw corrupt("bin \(bin) appears twice", .bins) }
            bins[bin] = binCount
        }
        let underflow = try container.decode(Int.self, forKey: .underflow)
        guard underflow >= 0 else { throw corrupt("negative count \(underflow)", .underflow) }
        let overflow = try container.decode(Int.self, forKey: .overflow)
        guard overflow >= 0 else { throw corrupt("negative count \(overflow)", .overflow) }
        // Each count fits, but their total may not: refuse it rather than trap in `init`.
        guard CaseTally.checkedSum(bins + [underflow, overflow]) != nil else {
            throw corrupt("the counts add up to more than \(Int.max)", .bins)
        }
        self.init(bins: bins, underflow: underflow, overflow: overflow)
    }
}
