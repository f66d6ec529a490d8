import Foundation
import Testing
@testable import PortalSimulation

/// A small run: two configurations, threats and an innocent population, the passes
/// of each case in `blocks` blocks of `blockSize` (as the engine makes them).
struct ToyRun {
    static let zones = 6
    static let keys: [CaseKey] = [
        .threat(configuration: "standard", device: "pistol", location: "belt-front"),
        .threat(configuration: "standard", device: "phone", location: "back-pocket"),
        .innocent(configuration: "standard", population: "commuters"),
        .threat(configuration: "high", device: "phone", location: "back-pocket"),
        .innocent(configuration: "high", population: "commuters"),
    ]
    let blocks = 10
    let blockSize = 37

    /// The tally of `blocks` of every case; each block's passes depend only on
    /// (case, block), as the engine's random streams do.
    func tallies(blocks range: Range<Int>) -> TallySet {
        var set = TallySet()
        for (caseIndex, key) in Self.keys.enumerated() {
            var tally = CaseTally(zoneCount: Self.zones)
            for block in range {
                let seed = UInt64(caseIndex * 1_000 + block)
                for pass in samplePasses(count: blockSize, zones: Self.zones, seed: seed) {
                    tally.record(alarmed: pass.alarmed, loudestZone: pass.zone, peakOverThreshold: pass.peak,
                                 dipoleFlagged: pass.dipole)
                }
            }
            set.cases[key] = tally
        }
        return set
    }

    func file(_ shard: ShardSpec) -> TallyFile {
        TallyFile(toolVersion: "0.1.0", scenarioName: "toy", scenarioHash: SHA256.hexDigest(Array("toy".utf8)),
                  seed: 42, trialsPerCase: blocks * blockSize, blockSize: blockSize,
                  shardIndex: shard.index, shardCount: shard.count,
                  tallies: tallies(blocks: shard.trialRange(ofBlocks: blocks)))
    }
}

struct ResultsTallyFileTests {
    let run = ToyRun()

    @Test func threeShardsMergeIntoTheUnshardedTallies() throws {
        let whole = run.tallies(blocks: 0..<run.blocks)
        let shards = (0..<3).map { run.file(ShardSpec(index: $0, count: 3)) }
        let merged = try TallyFile.merge([shards[2], shards[0], shards[1]])
        #expect(merged.tallies == whole)
        // The dipole check's counts add too, and are not all zero.
        let flagged = ToyRun.keys.map { whole.cases[$0]?.dipoleFlagged ?? 0 }
        #expect(ToyRun.keys.map { merged.tallies.cases[$0]?.dipoleFlagged ?? 0 } == flagged)
        #expect(flagged.allSatisfy { $0 > 20 && $0 < 120 }, "\(flagged)")
        #expect(merged.shardIndex == 0 && merged.shardCount == 1)
        #expect(merged.seed == 42 && merged.scenarioName == "toy")
        #expect(try merged.encoded() == run.file(.whole).encoded())
        #expect(try ResultsTables.results(merged.tallies).text == ResultsTables.results(whole).text)
    }

    @Test func tallySetMergeAddsCaseByCase() throws {
        var set = run.tallies(blocks: 0..<4)
        try set.merge(run.tallies(blocks: 4..<10))
        #expect(set == run.tallies(blocks: 0..<10))
        var extra = TallySet()
        try extra.add(CaseTally(zoneCount: 6), for: .innocent(configuration: "new", population: "p"))
        try set.merge(extra)
        #expect(set.cases.count == ToyRun.keys.count + 1)
    }

    @Test func zoneCountMismatchIsAnErrorAndChangesNothing() {
        var set = run.tallies(blocks: 0..<1)
        let before = set
        var other = TallySet()
        other.cases[ToyRun.keys[4]] = CaseTally(zoneCount: 4)
        #expect(throws: ResultsError.zoneCountMismatch(case: ToyRun.keys[4], expected: 6, found: 4)) {
            try set.merge(other)
        }
        #expect(set == before)
        #expect(throws: ResultsError.self) { try set.add(CaseTally(zoneCount: 2), for: ToyRun.keys[0]) }
    }

    @Test func jsonRoundTripIsByteIdentical() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var file = run.file(ShardSpec(index: 1, count: 3))
        file.seed = UInt64.max  // beyond 2^53: must survive as an integer
        let path = directory + "/shard-1.json"
        try file.write(to: path)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(Array(bytes) == (try file.encoded()))
        #expect(bytes.last == UInt8(ascii: "\n"))
        let read = try TallyFile.read(path: path)
        #expect(read.sourcePath == path)
        #expect(read.seed == UInt64.max)
        #expect(read.tallies == file.tallies)
        #expect(try read.encoded() == Array(bytes))
        // The dictionary's iteration order does not leak into the bytes.
        var rebuilt = TallySet()
        for key in file.tallies.sortedKeys.reversed() { rebuilt.cases[key] = file.tallies.cases[key] }
        var copy = file
        copy.tallies = rebuilt
        #expect(try copy.encoded() == file.encoded())
    }

    @Test func mergeRefusesFilesOfDifferentRuns() {
        var shards = (0..<3).map { run.file(ShardSpec(index: $0, count: 3)) }
        shards[0].sourcePath = "a.json"
        shards[2].sourcePath = "c.json"
        var otherSeed = shards
        otherSeed[2].seed = 43
        #expect(throws: ResultsError.mismatch(what: "seed", expected: "42", expectedIn: "a.json",
                                              found: "43", foundIn: "c.json")) {
            try TallyFile.merge(otherSeed)
        }
        var otherScenario = shards
        otherScenario[1].scenarioHash = "0000"
        let error = #expect(throws: ResultsError.self) { try TallyFile.merge(otherScenario) }
        #expect(error?.description.hasPrefix("shard 1/3 has scenario hash 0000, but a.json has ") == true)
        var otherCount = shards
        otherCount[1] = run.file(ShardSpec(index: 1, count: 4))
        #expect(throws: ResultsError.self) { try TallyFile.merge(otherCount) }
        #expect(throws: ResultsError.noTallyFiles) { try TallyFile.merge([]) }
        // Shards of runs with different --trials cover different blocks.
        var otherTrials = shards
        otherTrials[2].trialsPerCase = 999
        #expect(throws: ResultsError.mismatch(what: "trials per case", expected: "370", expectedIn: "a.json",
                                              found: "999", foundIn: "c.json")) {
            try TallyFile.merge(otherTrials)
        }
    }

    @Test func mergeNeedsEveryShardExactlyOnce() {
        let shards = (0..<4).map { run.file(ShardSpec(index: $0, count: 4)) }
        #expect(throws: ResultsError.missingShards(indices: [1, 3], count: 4)) {
            try TallyFile.merge([shards[0], shards[2]])
        }
        var again = shards[2]
        again.sourcePath = "copy.json"
        #expect(throws: ResultsError.duplicateShard(index: 2, files: ["shard 2/4", "copy.json"])) {
            try TallyFile.merge(shards + [again])
        }
        #expect(ResultsError.missingShards(indices: [1, 3], count: 4).description
            == "missing shards 1, 3 of 4; merge needs the tally file of every shard")
    }

    @Test func readingAMalformedFileNamesThePath() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/bad.json"
        func messages(_ text: String) throws -> [String] {
            try AtomicFile.write(text, to: path)
            return diagnostics { () throws(InputErrors) in _ = try TallyFile.read(path: path) }
        }
        #expect(try messages("{ not json") == ["\(path): not a valid JSON file"])
        let good = String(decoding: try run.file(.whole).encoded(), as: UTF8.self)
        let wrongSeed = good.replacingOccurrences(of: #""seed":42"#, with: #""seed":"42""#)
        #expect(try messages(wrongSeed) == ["\(path): seed: expected an integer"])
        let noHash = good.replacingOccurrences(of: #""scenarioHash""#, with: #""hash""#)
        #expect(try messages(noHash) == ["\(path): scenarioHash: missing"])
        let badShard = good.replacingOccurrences(of: #""shardIndex":0"#, with: #""shardIndex":1"#)
        #expect(try messages(badShard) == ["\(path): shardIndex: shard 1 of 1; indices run from 0 to 0"])
        let newer = good.replacingOccurrences(of: #""formatVersion":6"#, with: #""formatVersion":7"#)
        #expect(try messages(newer) == ["\(path): formatVersion: tally file format 7 (written by a newer portalsim); this portalsim reads format 6"])
        // A file from before the row order and routes cannot give the same bytes: refused, saying why.
        let older = good.replacingOccurrences(of: #""formatVersion":6"#, with: #""formatVersion":5"#)
        #expect(try messages(older) == ["\(path): formatVersion: tally file format 5 (written by an older portalsim; "
                                        + "run the shards again with this one); this portalsim reads format 6"])
        let badTally = good.replacingOccurrences(of: #""trials":370"#, with: #""trials":371"#)
        #expect(badTally != good)
        let badTallyMessages = try messages(badTally)
        #expect(badTallyMessages.count == 1)
        #expect(badTallyMessages.first?.hasPrefix("\(path): tallies.cases[0].tally.peaks: ") == true)
        #expect(diagnostics { () throws(InputErrors) in _ = try TallyFile.read(path: directory + "/none.json") }
            == ["\(directory)/none.json: cannot read the file"])
    }

    /// Edits that keep a file's counts consistent with each other are caught by its
    /// checksum (#10 item 4): a changed seed, or a case's counts changed together.
    @Test func checksumRefusesAnEditedButConsistentFile() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/tallies-0-of-1.json"
        let good = String(decoding: try run.file(.whole).encoded(), as: UTF8.self)
        #expect(good.contains(#""checksum":""#))
        try AtomicFile.write(good, to: path)
        #expect(try TallyFile.read(path: path).tallies == run.file(.whole).tallies)
        let checksum = try run.file(.whole).contentChecksum()
        for edited in [
            good.replacingOccurrences(of: #""seed":42"#, with: #""seed":43"#),
            good.replacingOccurrences(of: #""scenarioName":"toy""#, with: #""scenarioName":"toy2""#),
        ] {
            #expect(edited != good)
            try AtomicFile.write(edited, to: path)
            let found = diagnostics { () throws(InputErrors) in _ = try TallyFile.read(path: path) }
            #expect(found.count == 1)
            #expect(found.first?.hasPrefix("\(path): checksum: does not match the file's content (SHA-256 ") == true, "\(found)")
            #expect(found.first?.contains(checksum) == false)
        }
        var fields = try #require(try JSONSerialization.jsonObject(with: Data(good.utf8)) as? [String: Any])
        #expect(fields.removeValue(forKey: "checksum") as? String == checksum)
        try AtomicFile.write(String(decoding: try JSONSerialization.data(withJSONObject: fields), as: UTF8.self), to: path)
        #expect(diagnostics { () throws(InputErrors) in _ = try TallyFile.read(path: path) } == ["\(path): checksum: missing"])
    }

    /// A case deleted from one shard, a case only one shard has, a shard whose case holds
    /// the wrong number of passes: each merges into a run that never was (#10 item 4).
    @Test func mergeRefusesShardsWithMissingInventedOrShortCases() throws {
        var shards = (0..<3).map { run.file(ShardSpec(index: $0, count: 3)) }
        shards[1].sourcePath = "b.json"
        var deleted = shards
        deleted[1].tallies.cases[ToyRun.keys[0]] = nil
        let missing = #expect(throws: ResultsError.self) { try TallyFile.merge(deleted) }
        #expect(missing?.description == "b.json does not hold the portal cases of shard 0/3: missing \(ToyRun.keys[0])")
        var invented = shards
        let extra = CaseKey.threat(configuration: "standard", device: "knife", location: "shoe")
        invented[1].tallies.cases[extra] = shards[1].tallies.cases[ToyRun.keys[0]]
        let inventedError = #expect(throws: ResultsError.self) { try TallyFile.merge(invented) }
        #expect(inventedError?.description == "b.json does not hold the portal cases of shard 0/3: not in the run \(extra)")
        // Shard 1 of 3 of 10 blocks runs blocks 4..<7: 3 × 37 passes per case.
        #expect(shards[1].expectedTrialsPerCase == 111 && shards[0].expectedTrialsPerCase == 148)
        var short = shards
        short[1].tallies.cases[ToyRun.keys[2]] = run.tallies(blocks: 4..<6).cases[ToyRun.keys[2]]
        #expect(throws: ResultsError.wrongTrials(case: ToyRun.keys[2], found: 74, expected: 111, file: "b.json")) {
            try TallyFile.merge(short)
        }
    }

    /// Three shards each claiming 2⁶² passes of a case added up past Int.max and
    /// trapped (#10 item 9); now the first such shard is refused.
    @Test func mergeRefusesCountsThatWouldOverflow() throws {
        let huge = 1 << 62
        let json = #"{"trials":\#(huge),"alarms":0,"alarmsByZone":[0,0,0,0,0,0],"dipoleFlagged":0,"#
            + #""peaks":{"bins":[],"underflow":\#(huge),"overflow":0}}"#
        let tally = try JSONDecoder().decode(CaseTally.self, from: Data(json.utf8))
        var shards = (0..<3).map { run.file(ShardSpec(index: $0, count: 3)) }
        for s in shards.indices { shards[s].tallies.cases[ToyRun.keys[0]] = tally }
        #expect(throws: ResultsError.wrongTrials(case: ToyRun.keys[0], found: huge, expected: 148, file: "shard 0/3")) {
            try TallyFile.merge(shards)
        }
    }

    /// A run's trials and block size are checked when read, so that block arithmetic on
    /// them cannot overflow.
    @Test func readingRefusesImpossibleRunSizes() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/t.json"
        let good = String(decoding: try run.file(.whole).encoded(), as: UTF8.self)
        try AtomicFile.write(good.replacingOccurrences(of: #""trialsPerCase":370"#, with: #""trialsPerCase":\#(Int.max)"#), to: path)
        #expect(diagnostics { () throws(InputErrors) in _ = try TallyFile.read(path: path) }
            == ["\(path): trialsPerCase: \(Int.max) is out of range (0 to \(Int.max - 37))"])
        try AtomicFile.write(good.replacingOccurrences(of: #""blockSize":37"#, with: #""blockSize":0"#), to: path)
        #expect(diagnostics { () throws(InputErrors) in _ = try TallyFile.read(path: path) }
            == ["\(path): blockSize: must be at least 1, got 0"])
    }
}
