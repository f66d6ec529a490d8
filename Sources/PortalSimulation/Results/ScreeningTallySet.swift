/// The screening tallies of a run or a shard, by case and configuration, as a tally
/// file stores them: a list in `CaseKey` order, so the bytes do not depend on a
/// dictionary's iteration order.
public struct ScreeningTallySet: Codable, Equatable, Sendable {
    public var cases: [CaseKey: ScreeningTally]

    public init(cases: [CaseKey: ScreeningTally] = [:]) {
        self.cases = cases
    }

    /// Adds every tally of `other`. Checks every case first (the same stages and
    /// configurations), so on error the set is left as it was.
    public mutating func merge(_ other: ScreeningTallySet) throws(ResultsError) {
        for key in other.cases.keys.sorted() {
            guard let mine = cases[key], let theirs = other.cases[key] else { continue }
            if mine.stages.count != theirs.stages.count {
                throw .pipelineMismatch(case: key, what: "\(mine.stages.count) stages in one, \(theirs.stages.count) in another")
            }
            if mine.detectedNotBy.count != theirs.detectedNotBy.count {
                throw .pipelineMismatch(case: key, what: "paired with \(mine.detectedNotBy.count) configurations in one, \(theirs.detectedNotBy.count) in another")
            }
            for (s, (a, b)) in zip(mine.stages, theirs.stages).enumerated() where a.portal?.zoneCount != b.portal?.zoneCount {
                throw .pipelineMismatch(case: key, what: "stage \(s + 1) has \(a.portal.map { "\($0.zoneCount) zones" } ?? "no portal") in one, "
                                        + "\(b.portal.map { "\($0.zoneCount) zones" } ?? "no portal") in another")
            }
        }
        for (key, tally) in other.cases {
            if cases[key] == nil { cases[key] = tally } else { cases[key]?.merge(tally) }
        }
    }

    private struct Entry: Codable {
        var `case`: CaseKey
        var tally: ScreeningTally
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(cases.keys.sorted().compactMap { key in cases[key].map { Entry(case: key, tally: $0) } })
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        var cases: [CaseKey: ScreeningTally] = [:]
        for entry in try container.decode([Entry].self) {
            guard cases.updateValue(entry.tally, forKey: entry.case) == nil else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "the case \(entry.case) appears twice")
            }
        }
        self.cases = cases
    }
}
