extension TallyFile {
    /// Adds up the tally files of the shards of one run into the tallies of the
    /// whole run (shard 0 of 1), exactly as if it had run unsharded.
    ///
    /// Refuses, naming the files, shards of different runs (tool version, scenario
    /// hash, seed, trials per case, block size or shard count differ: the sum would
    /// match no run) and incomplete
    /// or duplicated sets (every index 0..<count exactly once: a missing shard would
    /// silently lower the trial count, a repeated one double-count passes).
    public static func merge(_ files: [TallyFile]) throws(ResultsError) -> TallyFile {
        guard let reference = files.first else { throw .noTallyFiles }
        for file in files.dropFirst() {
            try reference.expectSame("tool version", \.toolVersion, as: file)
            try reference.expectSame("scenario hash", \.scenarioHash, as: file)
            try reference.expectSame("seed", \.seed, as: file)
            try reference.expectSame("trials per case", \.trialsPerCase, as: file)
            try reference.expectSame("block size", \.blockSize, as: file)
            try reference.expectSame("shard count", \.shardCount, as: file)
        }
        let count = reference.shardCount
        var byIndex: [Int: [TallyFile]] = [:]
        for file in files {
            guard (0..<count).contains(file.shardIndex) else {
                throw .shardOutOfRange(index: file.shardIndex, count: count, file: file.displayName)
            }
            byIndex[file.shardIndex, default: []].append(file)
        }
        if let (index, repeated) = byIndex.filter({ $0.value.count > 1 }).min(by: { $0.key < $1.key }) {
            throw .duplicateShard(index: index, files: repeated.map(\.displayName))
        }
        let missing = (0..<count).filter { byIndex[$0] == nil }
        guard missing.isEmpty else { throw .missingShards(indices: missing, count: count) }
        for file in files { try file.expectCompleteCounts(casesOf: reference) }

        var tallies = TallySet()
        var screening = ScreeningTallySet()
        for index in 0..<count {
            for file in byIndex[index] ?? [] {
                try tallies.merge(file.tallies)
                try screening.merge(file.screening)
            }
        }
        var merged = TallyFile(toolVersion: reference.toolVersion, scenarioName: reference.scenarioName,
                               scenarioHash: reference.scenarioHash, seed: reference.seed,
                               trialsPerCase: reference.trialsPerCase, blockSize: reference.blockSize,
                               shardIndex: 0, shardCount: 1, tallies: tallies, screening: screening)
        // The same scenario hash: the same file, so the same order and kind of run.
        merged.caseOrder = reference.caseOrder
        merged.isScreening = reference.isScreening
        return merged
    }

    /// Checks that this shard holds the same cases as `reference` (none missing, none
    /// invented) and that every case, portal and screening tally alike, holds exactly
    /// the passes of this shard's blocks. A case deleted from one shard, an invented
    /// one or an edited trial count would otherwise merge into a run that never was.
    /// With every case's trials right, no merged count can overflow: each count is
    /// at most its case's trials, which add up to `trialsPerCase`.
    func expectCompleteCounts(casesOf reference: TallyFile) throws(ResultsError) {
        func sameCases(_ mine: Set<CaseKey>, _ theirs: Set<CaseKey>, _ kind: String) throws(ResultsError) {
            guard mine == theirs else {
                throw .caseMismatch(kind: kind, file: displayName, missing: theirs.subtracting(mine).sorted(),
                                    extra: mine.subtracting(theirs).sorted(), reference: reference.displayName)
            }
        }
        try sameCases(Set(tallies.cases.keys), Set(reference.tallies.cases.keys), "portal")
        try sameCases(Set(screening.cases.keys), Set(reference.screening.cases.keys), "screening")
        let expected = expectedTrialsPerCase
        for key in tallies.sortedKeys {
            if let trials = tallies.cases[key]?.trials, trials != expected {
                throw .wrongTrials(case: key, found: trials, expected: expected, file: displayName)
            }
        }
        for key in screening.cases.keys.sorted() {
            if let trials = screening.cases[key]?.trials, trials != expected {
                throw .wrongTrials(case: key, found: trials, expected: expected, file: displayName)
            }
        }
    }

    /// The path it was read from, or "shard i/n" for a file made in memory.
    var displayName: String {
        sourcePath ?? "shard \(shardIndex)/\(shardCount)"
    }

    private func expectSame<Value: Equatable>(_ what: String, _ field: KeyPath<TallyFile, Value>,
                                              as other: TallyFile) throws(ResultsError) {
        guard self[keyPath: field] == other[keyPath: field] else {
            throw .mismatch(what: what, expected: "\(self[keyPath: field])", expectedIn: displayName,
                            found: "\(other[keyPath: field])", foundIn: other.displayName)
        }
    }
}
