import Foundation
import Testing

/// The bundled entrance of three populations as a user runs it: every table the same
/// bytes with one thread, two threads and two shards merged.
@Suite struct PopulationsCommandTests {
    static let scenario = PortalSimBinary.repositoryRoot.appendingPathComponent("scenarios/prison-entrance.yaml").path

    @Test func threadsAndShardsGiveIdenticalBytes() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        // 600 trials: two blocks per case, one per shard.
        let common = ["run", Self.scenario, "--trials", "600"]
        for (name, extra) in [("one", ["--threads", "1"]), ("two", ["--threads", "2"])] {
            let r = try PortalSimBinary.run(common + extra + ["--output", out.appendingPathComponent(name).path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        for i in 0..<2 {
            let r = try PortalSimBinary.run(common + ["--shard", "\(i)/2", "--output", out.appendingPathComponent("shard-\(i)").path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let merge = try PortalSimBinary.run(["merge", out.appendingPathComponent("shard-0").path, out.appendingPathComponent("shard-1").path,
                                             "--scenario", Self.scenario, "--output", out.appendingPathComponent("merged").path])
        #expect(merge.status == 0, "\(merge.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("one").path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(files == ["alarms.csv", "comparison.csv", "configurations.csv", "populations.csv", "queues.csv", "results.csv",
                          "screening.csv", "site.csv", "stages.csv"])
        for file in files {
            let one = try RunCommandTests.read(out.appendingPathComponent("one/\(file)"))
            #expect(try RunCommandTests.read(out.appendingPathComponent("two/\(file)")) == one, "\(file)")
            #expect(try RunCommandTests.read(out.appendingPathComponent("merged/\(file)")) == one, "\(file)")
        }
        // One row per configuration and population, then the mix.
        let (header, rows) = csvRows(try RunCommandTests.read(out.appendingPathComponent("one/populations.csv")))
        #expect(header.prefix(3) == ["configuration", "population", "pooled"])
        #expect(rows.prefix(4).map { $0[1] } == ["visitors", "staff", "inmates-returning", "all"] && rows.count == 4 * 4)
    }
}
