import Foundation

/// How far above or below its threshold the loudest signal of each pass was, as a
/// histogram of the ratio peak / threshold on a fixed logarithmic grid.
///
/// The ratio spans decades (a coin is 0.01 of the threshold, a pistol 100×), so the
/// grid is logarithmic: 100 bins per decade from 10⁻⁴ to 10⁴ (800 bins, each 2.3 %
/// wide), plus an underflow bin (below 10⁻⁴, zero, negative or NaN) and an overflow
/// bin (10⁴ and above). A fixed grid holds counts only, so two histograms merge
/// exactly — shards and threads add up to the same numbers in any order, which
/// keeping samples or a streaming quantile sketch would not give.
///
/// Bin `i` (0 ≤ i < 800) holds 10^(−4 + i/100) ≤ ratio < 10^(−4 + (i+1)/100); the
/// bin of a ratio is found with `log10`, so the assignment is deterministic for a
/// given C library.
///
/// See docs/statistics.md#cases-passes-and-blocks.
public struct PeakHistogram: Hashable, Sendable {
    /// Bins per factor of ten.
    public static let binsPerDecade = 100
    /// log₁₀ of the lowest grid edge.
    public static let lowestDecade = -4
    /// The number of grid bins, 100 per decade over 8 decades.
    public static let binCount = 800
    /// The lowest grid edge; smaller ratios go to underflow.
    public static let lowerEdge = 1e-4
    /// The highest grid edge; this and larger ratios go to overflow.
    public static let upperEdge = 1e4

    /// Counts per grid bin, `binCount` of them.
    public private(set) var bins: [Int]
    /// Ratios below `lowerEdge`, and ratios that are zero, negative or NaN.
    public private(set) var underflow: Int
    /// Ratios at or above `upperEdge`, infinity included.
    public private(set) var overflow: Int
    /// All recorded ratios.
    public private(set) var count: Int

    /// An empty histogram.
    public init() {
        bins = Array(repeating: 0, count: Self.binCount)
        underflow = 0
        overflow = 0
        count = 0
    }

    /// A histogram with these counts; `bins` must have `binCount` non-negative
    /// entries (the decoder checks before calling).
    init(bins: [Int], underflow: Int, overflow: Int) {
        precondition(bins.count == Self.binCount && underflow >= 0 && overflow >= 0)
        guard let total = CaseTally.checkedSum(bins + [underflow, overflow]) else {
            preconditionFailure("PeakHistogram: the counts add up to more than Int.max (the decoder checks first)")
        }
        self.bins = bins
        self.underflow = underflow
        self.overflow = overflow
        self.count = total
    }

    /// Counts one pass's peak / threshold.
    public mutating func record(_ ratio: Double) {
        count += 1
        if let bin = Self.bin(of: ratio) {
            bins[bin] += 1
        } else if ratio >= Self.upperEdge {
            overflow += 1
        } else {
            underflow += 1
        }
    }

    /// Adds `other`'s counts to these: the result is the histogram of both sets of
    /// passes, exactly.
    public mutating func merge(_ other: PeakHistogram) {
        for bin in 0..<Self.binCount where other.bins[bin] != 0 {
            bins[bin] += other.bins[bin]
        }
        underflow += other.underflow
        overflow += other.overflow
        count += other.count
    }

    /// The q-quantile (0 ≤ q ≤ 1) to the resolution of the grid: the geometric
    /// centre of the bin holding the ⌈q·count⌉-th smallest ratio (the first, for
    /// q = 0). The edge of the grid, 10⁻⁴ or 10⁴, when that ratio fell outside it.
    /// nil when nothing was recorded. Counts only, so the answer is the same however
    /// the passes were split and merged.
    public func quantile(_ q: Double) -> Double? {
        precondition(q >= 0 && q <= 1, "PeakHistogram.quantile: q must be in [0, 1], got \(q)")
        guard count > 0 else { return nil }
        let rank = min(max(Int((q * Double(count)).rounded(.up)), 1), count)
        var cumulative = underflow
        if cumulative >= rank { return Self.lowerEdge }
        for bin in 0..<Self.binCount {
            cumulative += bins[bin]
            if cumulative >= rank { return Self.centre(ofBin: bin) }
        }
        return Self.upperEdge
    }

    /// The grid bin holding `ratio`, or nil when it falls outside the grid.
    public static func bin(of ratio: Double) -> Int? {
        guard ratio >= lowerEdge, ratio < upperEdge else { return nil }
        let position = (log10(ratio) - Double(lowestDecade)) * Double(binsPerDecade)
        return min(max(Int(position), 0), binCount - 1)
    }

    /// The geometric centre of grid bin `bin`, 10^(−4 + (bin + ½)/100).
    public static func centre(ofBin bin: Int) -> Double {
        pow(10, Double(lowestDecade) + (Double(bin) + 0.5) / Double(binsPerDecade))
    }
}
