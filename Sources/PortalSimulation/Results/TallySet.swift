/// The tallies of every case of a run (or of one shard of it), by case.
///
/// Merging adds counts case by case, so the tallies of a run split across threads,
/// blocks or shards merge into exactly the tallies of the run made in one piece.
public struct TallySet: Codable, Equatable, Sendable {
    /// The tally of each case.
    public var cases: [CaseKey: CaseTally]

    public init(cases: [CaseKey: CaseTally] = [:]) {
        self.cases = cases
    }

    /// The cases in output order (see `CaseKey`).
    public var sortedKeys: [CaseKey] { cases.keys.sorted() }

    /// Adds `tally` to the tally of `key`, creating it if the case is new. Throws,
    /// changing nothing, if the case already has a tally for a different number of
    /// zones.
    public mutating func add(_ tally: CaseTally, for key: CaseKey) throws(ResultsError) {
        guard let existing = cases[key] else {
            cases[key] = tally
            return
        }
        guard existing.zoneCount == tally.zoneCount else {
            throw .zoneCountMismatch(case: key, expected: existing.zoneCount, found: tally.zoneCount)
        }
        cases[key]?.merge(tally)
    }

    /// Adds every tally of `other`, case by case. Checks every case before changing
    /// anything, so on error the set is left as it was.
    public mutating func merge(_ other: TallySet) throws(ResultsError) {
        for key in other.sortedKeys {
            if let mine = cases[key], let theirs = other.cases[key], mine.zoneCount != theirs.zoneCount {
                throw .zoneCountMismatch(case: key, expected: mine.zoneCount, found: theirs.zoneCount)
            }
        }
        for (key, tally) in other.cases {
            if cases[key] == nil { cases[key] = tally } else { cases[key]?.merge(tally) }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case cases
    }

    /// One case in the file: its key and its tally side by side.
    private struct Entry: Codable {
        var `case`: CaseKey
        var tally: CaseTally
    }

    /// Writes the cases as a list in `CaseKey` order, so the bytes do not depend on
    /// the dictionary's (per-process, randomly seeded) iteration order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let entries = sortedKeys.compactMap { key in cases[key].map { Entry(case: key, tally: $0) } }
        try container.encode(entries, forKey: .cases)
    }

    /// Reads the list of cases, refusing a case that appears twice.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let entries = try container.decode([Entry].self, forKey: .cases)
        var cases: [CaseKey: CaseTally] = [:]
        for entry in entries {
            guard cases.updateValue(entry.tally, forKey: entry.case) == nil else {
                throw DecodingError.dataCorruptedError(forKey: .cases, in: container,
                                                       debugDescription: "the case \(entry.case) appears twice")
            }
        }
        self.cases = cases
    }
}

