import Foundation
import Testing

/// Sharding from a scheduler's environment and merging shards (#10 items 4, 7, 9).
@Suite struct ShardCommandTests {
    static var example: String { RunCommandTests.example }

    /// Runs the tool with the test's environment (HOME: the signature store, so runs do
    /// not solve every signature again) less any scheduler's variables, plus `environment`.
    static func run(_ arguments: [String], environment: [String: String]) throws -> CommandResult {
        let schedulers = ["SLURM_", "SGE_", "BATCH_TASK_", "AWS_BATCH_", "JOB_COMPLETION_INDEX"]
        let inherited = ProcessInfo.processInfo.environment.filter { key, _ in !schedulers.contains { key.hasPrefix($0) } }
        return try PortalSimBinary.run(arguments, environment: inherited.merging(environment) { _, given in given })
    }

    /// An array over scenario files (or a job submitted from inside an array task) sees
    /// the array's variables: a plain `run` ignores them and makes the whole run.
    @Test func plainRunIgnoresTheSchedulersEnvironment() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try Self.run(["run", Self.example, "--trials", "20", "--output", out.path],
                             environment: ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "2", "SGE_TASK_ID": "2",
                                           "SGE_TASK_LAST": "2", "BATCH_TASK_INDEX": "0", "BATCH_TASK_COUNT": "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("results.csv").path))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(!files.contains { $0.hasPrefix("tallies-") }, "\(files)")
    }

    @Test func shardAutoReadsEachScheduler() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        for (name, environment, extra, file) in [
            ("sge", ["SGE_TASK_ID": "2", "SGE_TASK_FIRST": "1", "SGE_TASK_LAST": "3", "SGE_TASK_STEPSIZE": "1"], [String](), "tallies-1-of-3.json"),
            ("google", ["BATCH_TASK_INDEX": "0", "BATCH_TASK_COUNT": "2"], [], "tallies-0-of-2.json"),
            ("aws", ["AWS_BATCH_JOB_ARRAY_INDEX": "3"], ["--shard-count", "4"], "tallies-3-of-4.json"),
            // Re-running shard 7 of 10 alone: sbatch --array=7.
            ("rerun", ["SLURM_ARRAY_TASK_ID": "7", "SLURM_ARRAY_TASK_MIN": "7", "SLURM_ARRAY_TASK_MAX": "7",
                       "SLURM_ARRAY_TASK_COUNT": "1"], ["--shard-count", "10"], "tallies-7-of-10.json"),
        ] {
            let folder = out.appendingPathComponent(name)
            let r = try Self.run(["run", Self.example, "--trials", "20", "--shard", "auto", "--output", folder.path] + extra,
                                 environment: environment)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(name)")
        }
        let none = try Self.run(["run", Self.example, "--trials", "20", "--shard", "auto", "--output", out.appendingPathComponent("x").path],
                                environment: [:])
        #expect(none.status == 2)
        #expect(none.stderr.contains("--shard: auto needs a batch array's index"), "\(none.stderr)")
        let countAlone = try Self.run(["run", Self.example, "--shard-count", "4", "--output", out.appendingPathComponent("y").path],
                                      environment: ["AWS_BATCH_JOB_ARRAY_INDEX": "3"])
        #expect(countAlone.status == 2)
        #expect(countAlone.stderr.contains("--shard-count: goes with --shard auto"), "\(countAlone.stderr)")
    }

    /// Two shards of one run; one edited by hand (a count changed with everything that
    /// depends on it, or any other value): merge refuses it with status 2, naming it.
    @Test func mergeRefusesAnEditedShardNamingIt() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        for i in 0..<2 {
            let r = try PortalSimBinary.run(["run", Self.example, "--trials", "600", "--shard", "\(i)/2",
                                             "--output", out.appendingPathComponent("s\(i)").path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let path = out.appendingPathComponent("s1/tallies-1-of-2.json").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // Another seed: every count still agrees with the others; only the checksum tells.
        let edited = text.replacingOccurrences(of: #""seed":20250520"#, with: #""seed":20250521"#)
        #expect(edited != text)
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let merged = out.appendingPathComponent("m")
        let merge = try PortalSimBinary.run(["merge", out.appendingPathComponent("s0").path, out.appendingPathComponent("s1").path,
                                             "--output", merged.path])
        #expect(merge.status == 2, "\(merge.stderr)")
        #expect(merge.stderr.contains("\(path): checksum: does not match the file's content"), "\(merge.stderr)")
        #expect(!FileManager.default.fileExists(atPath: merged.path))
        // Counts far beyond the run's (a file made by hand, checksum and all, would need
        // them to add up): refused, not a trap.
        let huge = text.replacingOccurrences(of: #""trialsPerCase":600"#, with: #""trialsPerCase":\#(Int.max)"#)
        #expect(huge != text)
        try huge.write(toFile: path, atomically: true, encoding: .utf8)
        let overflow = try PortalSimBinary.run(["merge", out.appendingPathComponent("s0").path, path, "--output", merged.path])
        #expect(overflow.status == 2, "\(overflow.stderr)")
        #expect(overflow.stderr.contains("\(path): trialsPerCase: \(Int.max) is out of range"), "\(overflow.stderr)")
    }
}
