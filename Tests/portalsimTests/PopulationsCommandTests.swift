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
        #expect(files == ["alarms.csv", "bodymap.csv", "comparison.csv", "configurations.csv", "populations.csv", "queues.csv", "results.csv",
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

    /// A plain portal with populations and a site writes populations.csv and site.csv
    /// beside its results.csv, and a merge of its shards writes the same files.
    @Test func aPlainPortalsShardsMergeIntoTheSameFiles() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("plain.yaml")
        try """
            name: plain
            seed: 5
            trials: 600
            portal: {class: cw-multi-zone, detector: {mode: cw, frequencies: [5 kHz], sensitivity: 65}}
            populations:
              - {name: visitors, share: 75 %, items: [{object: belt-buckle, location: waistband-front, probability: 50 %}]}
              - {name: staff, share: 25 %}
            threats: {objects: [mini-phone-thumb], locations: [shoe]}
            site:
              arrivals_per_day: 100
              attempts_per_year: [{object: mini-phone-thumb, attempts: 10}]
            """.write(to: file, atomically: true, encoding: .utf8)
        let whole = try PortalSimBinary.run(["run", file.path, "--output", out.appendingPathComponent("whole").path])
        #expect(whole.status == 0, "\(whole.stderr)")
        for i in 0..<2 {
            let r = try PortalSimBinary.run(["run", file.path, "--shard", "\(i)/2", "--output", out.appendingPathComponent("shard-\(i)").path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let merge = try PortalSimBinary.run(["merge", out.appendingPathComponent("shard-0").path, out.appendingPathComponent("shard-1").path,
                                             "--scenario", file.path, "--output", out.appendingPathComponent("merged").path])
        #expect(merge.status == 0, "\(merge.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("whole").path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(files == ["alarms.csv", "bodymap.csv", "populations.csv", "results.csv", "site.csv"])
        // The terminal: each population's alarm rate, then the arrivals' (merge prints the same).
        #expect(whole.stdout.contains("alarm rate of the arrivals (populations mixed by share)"), "\(whole.stdout)")
        #expect(merge.stdout == whole.stdout, "\(merge.stdout)")
        for name in files {
            #expect(try RunCommandTests.read(out.appendingPathComponent("merged/\(name)")) == RunCommandTests.read(out.appendingPathComponent("whole/\(name)")), "\(name)")
        }
    }
}
