import Foundation
import Testing
@testable import PortalSimulation

struct ResultsRunRecordTests {
    let record = RunRecord(
        toolVersion: "0.1.0", scenarioPath: "scenarios/example.yaml",
        scenarioHash: RunRecord.scenarioHash(of: Array("abc".utf8)), seed: 12_345, threads: 2,
        shard: ShardSpec(index: 1, count: 3), commandLine: ["portalsim", "run", "scenarios/example.yaml", "--shard", "1/3"],
        startedAt: "2025-03-01T12:00:00Z")

    @Test func hashIsTheSHA256OfTheScenarioBytes() {
        #expect(record.scenarioHash == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func writesPrettySortedJSONAndReadsItBack() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/out/run.json"
        try record.write(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let keys = ["commandLine", "scenarioHash", "scenarioPath", "seed", "shard", "startedAt", "threads", "toolVersion"]
        let positions = keys.compactMap { text.range(of: "\"\($0)\"")?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        #expect(text.contains("\"1/3\""))
        #expect(text.contains("scenarios/example.yaml"))  // slashes not escaped
        #expect(text.contains("\n  "))
        #expect(try RunRecord.read(path: path) == record)
        #expect(try record.encoded() == Array(text.utf8))
    }

    @Test func aWholeRunRecordsShardAsNull() throws {
        var whole = record
        whole.shard = nil
        let text = String(decoding: try whole.encoded(), as: UTF8.self)
        #expect(text.range(of: #""shard"\s*:\s*null"#, options: .regularExpression) != nil)
        let decoded = try JSONDecoder().decode(RunRecord.self, from: Data(text.utf8))
        #expect(decoded == whole)
    }
}
