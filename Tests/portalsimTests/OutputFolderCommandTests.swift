import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// The output folder's life through the CLI: refused when empty, checked before the
/// run, stale outputs removed, run.json last and complete enough to re-run from, and
/// SIGTERM handled like Ctrl-C.
@Suite struct OutputFolderCommandTests {
    static var example: String { RunCommandTests.example }

    @Test func anEmptyOutputIsRefused() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let flag = try PortalSimBinary.run(["run", Self.example, "--trials", "10", "-o", ""], in: out)
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("--output: the output folder must not be empty"), "\(flag.stderr)")
        let scenario = out.appendingPathComponent("s.yaml")
        try """
            name: empty-folder
            trials: 10
            portal: {class: cw-multi-zone}
            output: {folder: ""}
            """.write(to: scenario, atomically: true, encoding: .utf8)
        let key = try PortalSimBinary.run(["run", scenario.path, "--trials", "10"], in: out)
        #expect(key.status == 2)
        #expect(key.stderr.contains("output.folder: the output folder must not be empty"), "\(key.stderr)")
        #expect(key.stderr.contains(scenario.path + ":4:"), "names the file and line: \(key.stderr)")
        for command in [["field", "--count", "3"], ["signature", "--shape", "sphere", "--radius", "1 cm", "--material", "copper", "--count", "2"]] {
            let r = try PortalSimBinary.run(command + ["-o", ""], in: out)
            #expect(r.status == 2 && r.stderr.contains("--output: the output file must not be empty"), "\(command): \(r.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["s.yaml"])
    }

    /// An output folder that cannot be made fails in a moment, before any pass, exit 2.
    @Test func anUnwritableFolderIsRefusedBeforeTheRun() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let plain = out.appendingPathComponent("plain")
        try Data("x".utf8).write(to: plain)
        let started = Date()
        let r = try PortalSimBinary.run(["run", Self.example, "--trials", "20000000", "--threads", "1", "-o", plain.path + "/x"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("--output: cannot create the output folder \(plain.path)/x"), "\(r.stderr)")
        // 20 million passes per case would take hours: a refusal within a minute, even on a loaded machine, came before them.
        #expect(Date().timeIntervalSince(started) < 60, "refused before the passes, not after")
    }

    @Test func aFolderOutsideTheWorkingDirectoryIsNamed() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let work = out.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let r = try PortalSimBinary.run(["run", Self.example, "--trials", "5", "-o", "../elsewhere"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("portalsim: writing into \(out.path)/elsewhere (outside the working directory)"), "\(r.stderr)")
        let inside = try PortalSimBinary.run(["run", Self.example, "--trials", "5", "-o", "here"], in: work)
        #expect(inside.status == 0 && !inside.stderr.contains("outside the working directory"), "\(inside.stderr)")
    }

    /// A shard's tally beside an old results.csv and comparison.csv: those go, run.json
    /// lists what this run wrote, with the SHA-256 of each.
    @Test func staleOutputsAreRemovedAndRunJSONListsTheFiles() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        for name in ["results.csv", "comparison.csv", "notes.md"] {
            try Data("old\n".utf8).write(to: out.appendingPathComponent(name))
        }
        let r = try PortalSimBinary.run(["run", Self.example, "--trials", "20", "--shard", "1/2", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["notes.md", "run.json", "tallies-1-of-2.json"])
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("run.json"))) as? [String: Any]
        let files = record?["files"] as? [String: String]
        #expect(files?.keys.sorted() == ["tallies-1-of-2.json"])
        let tally = try Data(contentsOf: out.appendingPathComponent("tallies-1-of-2.json"))
        #expect(files?["tallies-1-of-2.json"]?.count == 64)
        #expect(files?["tallies-1-of-2.json"] == sha256(tally))
        #expect(record?["shard"] as? String == "1/2" && record?["trials"] as? Int == 20)
    }

    /// run.json hashes the imported files and holds a command that reproduces the run
    /// byte for byte.
    @Test func runJSONHashesImportsAndReRuns() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let data = PortalSimBinary.repositoryRoot.appendingPathComponent("scenarios/data/reference-sphere-mpt")
        for name in ["Frequencies.csv", "Tensors.csv"] {
            try FileManager.default.copyItem(at: data.appendingPathComponent(name), to: out.appendingPathComponent(name))
        }
        try """
            name: imported
            seed: 7
            trials: 30
            portal: {class: cw-multi-zone}
            objects:
              sphere-imported:
                parts:
                  - import: {frequencies: Frequencies.csv, tensors: Tensors.csv}
            threats: {objects: [sphere-imported], locations: [waistband-front]}
            """.write(to: out.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        let r = try PortalSimBinary.run(["run", "s.yaml", "-o", "first", "--threads", "1"], in: out)
        #expect(r.status == 0, "\(r.stderr)")
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("first/run.json"))) as? [String: Any]
        let inputs = (record?["inputs"] as? [[String: String]]) ?? []
        // The scenario, its imports, then the built-in library's files as the run read them.
        #expect(inputs.prefix(3).map { $0["path"] ?? "" } == ["s.yaml", "Frequencies.csv", "Tensors.csv"])
        #expect(inputs[2]["sha256"] == sha256(try Data(contentsOf: out.appendingPathComponent("Tensors.csv"))))
        let library = PortalSimBinary.repositoryRoot.appendingPathComponent("Sources/PortalSimulation/Resources/library")
        let libraryNames = ["materials.yaml", "locations.yaml", "objects.yaml"]
        #expect(inputs.dropFirst(3).map { ($0["path"] ?? "").split(separator: "/").last.map(String.init) ?? "" } == libraryNames)
        for (input, name) in zip(inputs.dropFirst(3), libraryNames) {
            #expect(input["sha256"] == sha256(try Data(contentsOf: library.appendingPathComponent(name))), "\(name)")
        }
        #expect((record?["build"] as? String)?.isEmpty == false)
        #expect(record?["workingDirectory"] as? String == out.path)
        let rerun = try #require(record?["rerun"] as? String)
        #expect(rerun == "portalsim run s.yaml --output first --seed 7 --trials 30")
        // The printed command, with the output moved, gives the same results.
        let again = try PortalSimBinary.run(Array(rerun.split(separator: " ").dropFirst().map(String.init).map { $0 == "first" ? "second" : $0 }), in: out)
        #expect(again.status == 0, "\(again.stderr)")
        let first = try Data(contentsOf: out.appendingPathComponent("first/results.csv"))
        #expect(try Data(contentsOf: out.appendingPathComponent("second/results.csv")) == first)
    }

    /// What `timeout`, Slurm and Kubernetes send: status 143, no run.json, no temporary,
    /// and the folder the run made is gone again.
    @Test func sigtermStopsCleanly() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let folder = out.appendingPathComponent("long")
        let process = Process()
        process.executableURL = PortalSimBinary.url
        process.arguments = ["run", Self.example, "--trials", "10000000", "--threads", "1", "-o", folder.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The folder is made before the first pass: then the run is under way.
        var deadline = Date().addingTimeInterval(300)
        while !FileManager.default.fileExists(atPath: folder.path) && Date() < deadline { usleep(20_000) }
        usleep(300_000)
        process.terminate()   // SIGTERM
        // A lost signal must fail the test, not hang the suite for the run's hours.
        deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 143, "\(process.terminationStatus) \(message)")
        #expect(message.contains("interrupted (SIGTERM); no output was written"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: folder.path), "the empty folder the run made is removed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    /// A process started with the signals blocked (a mask its parent left it, as test
    /// runners and some schedulers do) and sent SIGTERM at once, before it has set
    /// anything up, still stops: the signal waits, pending, until the handler is in place.
    @Test func aSigtermBeforeTheHandlerIsNotLost() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let folder = out.appendingPathComponent("long").path
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&blocked, number) }
        posix_spawnattr_setsigmask(&attributes, &blocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let arguments = [PortalSimBinary.url.path, "run", Self.example, "--trials", "10000000", "--threads", "1", "-o", folder]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        #expect(posix_spawn(&pid, arguments[0], nil, &attributes, &argv, environ) == 0)
        kill(pid, SIGTERM)
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(120)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                Issue.record("SIGTERM was lost: the run went on for 120 s")
                return
            }
            usleep(20_000)
        }
        let exited = status & 0x7f == 0
        #expect(exited && (status >> 8) & 0xff == 143, "status \(status)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/run.json"))
    }

    /// Every command family: a bad command line exits 2, as the README promises, not
    /// ArgumentParser's 64.
    @Test func everyCommandExitsTwoOnABadFlag() throws {
        let commands: [[String]] = [["run", Self.example], ["compare", Self.example], ["sweep", Self.example], ["qualify", "p.yaml"],
                                    ["calibrate", "p.yaml"], ["check", "x"], ["trace", Self.example, "--object", "o", "--location", "-"],
                                    ["plot", "x"], ["merge", "x", "-o", "m"], ["field"], ["signature", "--material", "copper"], ["objects", "list"], ["objects", "show", "euro-1"], ["locations"],
                                    ["portals"], ["bench"], []]
        for command in commands {
            let r = try PortalSimBinary.run(command + ["--no-such-flag"])
            #expect(r.status == 2, "\(command): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("--no-such-flag"), "\(command): \(r.stderr)")
        }
        // A value validate() refuses, and a missing argument, are bad command lines too.
        for command in [["run", Self.example, "--threads", "0"], ["field", "--count", "1"], ["trace", Self.example, "--location", "-"], ["run"]] {
            let r = try PortalSimBinary.run(command)
            #expect(r.status == 2, "\(command): \(r.status) \(r.stderr)")
        }
        #expect(try PortalSimBinary.run(["run", "--help"]).status == 0)
    }

    /// A non-finite field is bad input (exit 2) naming the flag, not a CSV failure (1).
    @Test func aNonFiniteFieldNamesTheFlag() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        try """
            name: huge
            portal:
              class: cw-multi-zone
              transmitter:
                - {shape: rectangle, width: 50 cm, height: 1.9 m, center: [-43 cm, 0 m, 1 m], normal: x, turns: 1e200, weight: 1e200}
            """.write(to: out.appendingPathComponent("huge.yaml"), atomically: true, encoding: .utf8)
        let r = try PortalSimBinary.run(["field", "--scenario", "huge.yaml", "--quantity", "transmit", "--line", "0,0,1:0,0,2",
                                         "--count", "3", "-o", "f.csv"], in: out)
        #expect(r.status == 2, "\(r.stderr)")
        // (If the scenario's range checks refuse such turns first, that is exit 2 too.)
        if r.stderr.contains("not finite") {
            #expect(r.stderr.contains("portalsim: error: --line with --scenario huge.yaml: the transmit field is not finite"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("f.csv").path))
    }
}

/// The SHA-256 of `data` as `sha256sum` prints it, computed by the system tool.
func sha256(_ data: Data) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    guard (try? process.run()) != nil else { return nil }
    input.fileHandleForWriting.write(data)
    try? input.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text.split(separator: " ").first.map(String.init)
}
