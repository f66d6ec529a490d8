import Foundation
import Testing

/// Every writing command ends with the status its outcome means (README: Exit status):
/// 0 done, 1 a check failed, 2 bad input, 3 an internal failure. Status 1 of `check`,
/// `qualify`, `calibrate` and `bench --compare` and status 2 of a bad flag are held by
/// those commands' own tests; here each command meets good input, a missing input
/// file, and an output folder it cannot write once the run is done.
@Suite(.serialized) struct ExitStatusCommandTests {
    static let root = PortalSimBinary.repositoryRoot.path
    /// Each command with a bundled input, small, and the file a run of it writes (made a
    /// folder below, so that writing it fails after the folder was probed).
    static let commands: [(arguments: [String], writes: String)] = [
        (["run", "\(root)/scenarios/example-run.yaml", "--trials", "20"], "results.csv"),
        (["compare", "\(root)/scenarios/prison-visitors.yaml", "--trials", "20"], "comparison.csv"),
        (["sweep", "\(root)/scenarios/sensitivity-sweep.yaml", "--trials", "20"], "sweep.csv"),
        (["qualify", "\(root)/scenarios/protocols/nij-steel-sphere.yaml", "--sensitivity", "99"], "qualification.csv"),
        (["worst-case", "\(root)/scenarios/prison-entrance.yaml", "--search-passes", "10", "--confirm-passes", "10", "--evaluations", "2"],
         "worstcase.csv"),
    ]

    @Test(arguments: 0..<commands.count)
    func goodInputExitsZeroAMissingFileTwoAnUnwritableFileThree(_ index: Int) throws {
        let (arguments, writes) = Self.commands[index]
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let good = try PortalSimBinary.run(arguments + ["--threads", "2", "--output", out.appendingPathComponent("good").path])
        #expect(good.status == 0, "\(arguments[0]): \(good.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("good/\(writes)").path))

        var missing = arguments
        missing[1] = out.appendingPathComponent("no-such.yaml").path
        let bad = try PortalSimBinary.run(missing + ["--output", out.appendingPathComponent("bad").path])
        #expect(bad.status == 2, "\(arguments[0]): \(bad.stderr)")
        #expect(bad.stderr.contains("no-such.yaml: no such file"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("bad").path))

        // A folder in the place of the file: the folder probe passes, the write cannot.
        let blocked = out.appendingPathComponent("blocked")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("\(writes)/inside"), withIntermediateDirectories: true)
        let failed = try PortalSimBinary.run(arguments + ["--threads", "2", "--output", blocked.path])
        #expect(failed.status == 3, "\(arguments[0]): \(failed.status) \(failed.stderr)")
        #expect(failed.stderr.contains("portalsim: error: cannot write"), "\(failed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: blocked.appendingPathComponent("run.json").path))
    }

    /// `check --output`: the same three, and 1 when a check fails (the files still written).
    @Test func checkExitsZeroOneTwoAndThree() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("pass.yaml")
        try CheckCommandTests.write(CheckCommandTests.scenario(name: "pass", expect: CheckCommandTests.passing), to: file)
        let good = try PortalSimBinary.run(["check", file.path, "--threads", "2", "--output", out.appendingPathComponent("good").path])
        #expect(good.status == 0, "\(good.stderr)")
        let failing = out.appendingPathComponent("fail.yaml")
        try CheckCommandTests.write(CheckCommandTests.scenario(name: "fail", expect: CheckCommandTests.failing), to: failing)
        let failed = try PortalSimBinary.run(["check", failing.path, "--threads", "2", "--output", out.appendingPathComponent("failed").path])
        #expect(failed.status == 1, "\(failed.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("failed/fail/run.json").path))
        let missing = try PortalSimBinary.run(["check", out.appendingPathComponent("no-such.yaml").path])
        #expect(missing.status == 2, "\(missing.stderr)")
        let blocked = out.appendingPathComponent("blocked")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("pass/results.csv/inside"), withIntermediateDirectories: true)
        let unwritable = try PortalSimBinary.run(["check", file.path, "--threads", "2", "--output", blocked.path])
        #expect(unwritable.status == 3, "\(unwritable.status) \(unwritable.stderr)")
    }
}

extension ExitStatusCommandTests {
    /// `check --output` records the check as the rerun of every file it ran, a protocol
    /// as well as a scenario: rerunning that line repeats the expectations too.
    @Test func checkRecordsItselfAsTheRerunOfEveryFile() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let folder = out.appendingPathComponent("ci")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try CheckCommandTests.write(CheckCommandTests.scenario(name: "pass", expect: CheckCommandTests.passing),
                                    to: folder.appendingPathComponent("pass.yaml"))
        try FileManager.default.copyItem(atPath: "\(Self.root)/scenarios/ci/nij-steel-sphere.yaml",
                                         toPath: folder.appendingPathComponent("nij.yaml").path)
        let written = out.appendingPathComponent("written")
        let r = try PortalSimBinary.run(["check", folder.path, "--threads", "2", "--output", written.path])
        #expect(r.status == 0, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: written.path).sorted()
        #expect(names.count == 2, "\(names)")
        for name in names {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: written.appendingPathComponent("\(name)/run.json"))) as? [String: Any]
            let rerun = json?["rerun"] as? String ?? ""
            #expect(rerun.hasPrefix("portalsim check ") && rerun.hasSuffix("--output \(written.path)"), "\(name): \(rerun)")
        }
    }
}
