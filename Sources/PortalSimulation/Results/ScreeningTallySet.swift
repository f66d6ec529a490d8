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
        for (key, theirs) in other.cases {
            if let mine = cases[key], mine.stages.count != theirs.stages.count || mine.detectedNotBy.count != theirs.detectedNotBy.count {
                throw .zoneCountMismatch(case: key, expected: mine.stages.count, found: theirs.stages.count)
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
