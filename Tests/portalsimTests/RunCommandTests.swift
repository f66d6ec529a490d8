import Foundation
import Testing

@Suite struct RunCommandTests {
    static var example: String { PortalSimBinary.repositoryRoot.appendingPathComponent("scenarios/example-run.yaml").path }

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The bundled scenario end to end at a small trial count: results, alarms, record.
    @Test func exampleScenarioRunsEndToEnd() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try PortalSimBinary.run(["run", Self.example, "--trials", "60", "--output", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let (header, rows) = csvRows(try Self.read(out.appendingPathComponent("results.csv")))
        #expect(header.prefix(8) == ["configuration", "object", "location", "trials", "detected", "pd", "pd_low", "pd_high"])
        #expect(header.last == "dipole_flagged")
        #expect(rows.count == 4 * 6)
        #expect(rows.allSatisfy { (Int($0[14]) ?? -1) >= 0 && (Int($0[14]) ?? 61) <= 60 })
        #expect(rows.allSatisfy { $0[3] == "60" })
        // The smartphone is caught wherever it is hidden.
        #expect(rows.filter { $0[1] == "smartphone" }.allSatisfy { $0[4] == "60" })
        let alarms = csvRows(try Self.read(out.appendingPathComponent("alarms.csv")))
        #expect(alarms.rows.count == 1 && alarms.rows[0][1] == "visitors")
        // Visitors' jeans (35 cm of hardware) and underwires (30 cm) are nearer every coil
        // than twice their size: flagged, and said once on the terminal, not per pass.
        #expect(alarms.header.last == "dipole_flagged")
        let flagged = Int(alarms.rows[0][11]) ?? 0
        #expect(flagged > 10 && flagged < 60, "\(flagged)")
        #expect(result.stderr.components(separatedBy: "portalsim: warning:").count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("visitors") && result.stderr.contains("(size/distance)²"))
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("run.json"))) as? [String: Any]
        #expect(record?["seed"] as? Int == 20250520)
        #expect((record?["scenarioHash"] as? String)?.count == 64)
        #expect(result.stdout.contains("mini-phone-thumb"))
    }

    /// Same scenario, same seed: byte-identical results with 1 and 2 threads, and from
    /// three shards merged.
    @Test func threadsAndShardsGiveIdenticalBytes() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let common = ["run", Self.example, "--trials", "700"]
        for (name, extra) in [("one", ["--threads", "1"]), ("two", ["--threads", "2"])] {
            let r = try PortalSimBinary.run(common + extra + ["--output", out.appendingPathComponent(name).path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        for i in 0..<3 {
            let r = try PortalSimBinary.run(common + ["--shard", "\(i)/3", "--output", out.appendingPathComponent("shard-\(i)").path])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stderr.contains("dipole"), "a shard leaves the dipole warning to merge: \(r.stderr)")
            // 700 trials make two blocks of 500: the third shard has none, and says so.
            #expect(r.stderr.contains("warning: shard 2/3 has no blocks to run: 700 trials per case make 2 blocks of 500 passes") == (i == 2),
                    "\(r.stderr)")
        }
        let merge = try PortalSimBinary.run(["merge"] + (0..<3).map { out.appendingPathComponent("shard-\($0)").path }
                                            + ["--output", out.appendingPathComponent("merged").path])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stderr.components(separatedBy: "portalsim: warning:").count == 2, "\(merge.stderr)")
        for file in ["results.csv", "alarms.csv"] {
            let one = try Self.read(out.appendingPathComponent("one/\(file)"))
            #expect(try Self.read(out.appendingPathComponent("two/\(file)")) == one)
            #expect(try Self.read(out.appendingPathComponent("merged/\(file)")) == one)
        }
        // merge records itself as a run does (#10 item 7).
        func record(_ name: String) throws -> [String: Any]? {
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("\(name)/run.json"))) as? [String: Any]
        }
        let merged = try record("merged"), one = try record("one")
        #expect(merged?["scenarioHash"] as? String == one?["scenarioHash"] as? String)
        #expect(merged?["seed"] as? Int == 20250520)
        #expect((merged?["commandLine"] as? [String])?.dropFirst().first == "merge")
    }

    @Test func passesFileHasOneRowPerPass() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try PortalSimBinary.run(["run", Self.example, "--trials", "25", "--passes", "--output", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let (header, rows) = csvRows(try Self.read(out.appendingPathComponent("passes.csv")))
        #expect(header.first == "configuration" && header.last == "peak_ratio")
        #expect(rows.count == 25 * (4 * 6 + 1))
        // Alarmed passes are those whose peak exceeds the threshold.
        #expect(rows.allSatisfy { ($0[9] == "1") == ((Double($0[11]) ?? 0) > 1) })
    }

    @Test func shardIndexFromTheScheduler() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = PortalSimBinary.url
        process.arguments = ["run", Self.example, "--trials", "20", "--shard", "auto", "--output", out.path]
        process.environment = ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "2", "SLURM_ARRAY_TASK_MIN": "0"]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("tallies-1-of-2.json").path))
    }

    /// In an array job --precision would run every case in full in every task.
    @Test func precisionRefusesToRunAsAShard() throws {
        let process = Process()
        process.executableURL = PortalSimBinary.url
        process.arguments = ["run", Self.example, "--precision", "0.05", "--shard", "auto", "--output", "/tmp/portalsim-never"]
        process.environment = ["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_COUNT": "2", "SLURM_ARRAY_TASK_MIN": "0"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(message.contains("--precision decides the trials as it goes, so it cannot be sharded"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/portalsim-never"))
    }

    /// Unknown names in a scenario: file, line, column, key path; status 2; nothing written.
    @Test func badScenarioWritesNothing() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("bad.yaml")
        try """
            name: bad
            trials: 0
            portal: {class: cw-multi-zone}
            threats:
              objects: [mini-phone-thum]
              locations: [ankle-socks]
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try PortalSimBinary.run(["run", file.path, "--output", out.appendingPathComponent("o").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path):2:9: trials: must be"))
        #expect(result.stderr.contains("\(file.path):5:13: threats.objects[0]: unknown object 'mini-phone-thum'; did you mean 'mini-phone-thumb'?"))
        #expect(result.stderr.contains("\(file.path):6:15: threats.locations[0]: unknown body location 'ankle-socks'; did you mean 'ankle-sock'?"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("o").path))
    }

    @Test func mergeRefusesAnIncompleteSet() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try PortalSimBinary.run(["run", Self.example, "--trials", "20", "--shard", "0/2", "--output", out.appendingPathComponent("s0").path])
        #expect(r.status == 0, "\(r.stderr)")
        let merge = try PortalSimBinary.run(["merge", out.appendingPathComponent("s0").path, "--output", out.appendingPathComponent("m").path])
        #expect(merge.status == 2)
        #expect(merge.stderr.contains("1"), "\(merge.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("m/results.csv").path))
    }
}
