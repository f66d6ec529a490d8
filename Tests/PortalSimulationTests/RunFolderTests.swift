import Foundation
import Testing
@testable import PortalSimulation

/// The run folder's promises: refused when empty, made and probed before a run, stale
/// PortalSim outputs removed, `run.json` last and listing what was written.
@Suite struct RunFolderTests {
    @Test func anEmptyPathIsRefusedNamingWhoGaveIt() throws {
        for path in ["", "  "] {
            #expect(throws: InputDiagnostic.self) { try RunFolder.prepare(path, origin: .flag("--output")) }
            do {
                _ = try RunFolder.prepare(path, origin: .key(file: "s.yaml", keyPath: "output.folder"))
            } catch {
                #expect(error.description.hasPrefix("s.yaml: output.folder: the output folder must not be empty"), "\(error)")
            }
        }
    }

    @Test func preparingMakesTheFolderAndSaysWhenItIsOutside() throws {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let work = scratch + "/work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let inside = try RunFolder.prepare("out/a/b", origin: .flag("--output"), workingDirectory: work)
        #expect(!inside.isOutsideWorkingDirectory && inside.locationNote == nil)
        #expect(inside.absolutePath == work + "/out/a/b")
        #expect(inside.createdDirectories == [work + "/out", work + "/out/a", work + "/out/a/b"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: work + "/out/a/b").isEmpty, "the probe is removed")
        let outside = try RunFolder.prepare("../../x", origin: .flag("--output"), workingDirectory: work + "/out")
        #expect(outside.isOutsideWorkingDirectory)
        #expect(outside.locationNote == "portalsim: writing into \(scratch)/x (outside the working directory)")
        // A sibling whose name merely starts like the working directory is outside too.
        #expect(try RunFolder.prepare(scratch + "/work2", origin: .flag("-o"), workingDirectory: work).isOutsideWorkingDirectory)
    }

    @Test func aFolderThatCannotBeMadeIsRefusedBeforeAnythingRuns() throws {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: scratch + "/plain"))
        do {
            _ = try RunFolder.prepare(scratch + "/plain/out", origin: .flag("--output"))
            Issue.record("a folder under a file was accepted")
        } catch {
            #expect(error.keyPath == "--output")
            #expect(error.message.contains("cannot create the output folder \(scratch)/plain/out"), "\(error)")
        }
        do {
            _ = try RunFolder.prepare(scratch + "/plain", origin: .flag("--output"))
            Issue.record("a file was accepted as a folder")
        } catch {
            #expect(error.message.contains("it is a file, not a folder"), "\(error)")
        }
    }

    @Test func commitRemovesStaleOutputsAndWritesTheRecordLast() throws {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let folder = try RunFolder.prepare(scratch + "/run", origin: .flag("--output"))
        for name in ["comparison.csv", "results.csv", "run.json", "notes.txt", "tallies-0-of-3.json", "tallies-1-of-2.json", "tallies-x.json"] {
            try Data("old".utf8).write(to: URL(fileURLWithPath: folder.file(name)))
        }
        let record = RunRecord(toolVersion: "t", scenarioPath: "s.yaml", scenarioHash: "h", seed: 1, threads: 1,
                               shard: ShardSpec(index: 0, count: 2), commandLine: [], startedAt: "now")
        let tally = Array("{}\n".utf8)
        let written = try folder.commit(["tallies-0-of-2.json": tally], record: record, shardCount: 2)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.absolutePath).sorted()
        // The old results and comparison of another run go; a sibling shard's tally, and
        // what PortalSim does not write, stay.
        #expect(names == ["notes.txt", "run.json", "tallies-0-of-2.json", "tallies-1-of-2.json", "tallies-x.json"])
        #expect(written?.files == ["tallies-0-of-2.json": SHA256.hexDigest(tally)])
        #expect(try RunRecord.read(path: folder.file("run.json")).files == ["tallies-0-of-2.json": SHA256.hexDigest(tally)])
    }

    @Test func aFailedCommitLeavesNoRunJSON() throws {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let folder = try RunFolder.prepare(scratch + "/run", origin: .flag("--output"))
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder.file("run.json")))
        // A folder where results.csv should go: its rename fails.
        try FileManager.default.createDirectory(atPath: folder.file("sweep.csv") + "/x", withIntermediateDirectories: true)
        let record = RunRecord(toolVersion: "t", scenarioPath: "s", scenarioHash: "h", seed: 1, threads: 1, shard: nil,
                               commandLine: [], startedAt: "now")
        #expect(throws: FileWriteError.self) {
            try folder.commit(["alarms.csv": Array("a\n".utf8), "sweep.csv": Array("b\n".utf8)], record: record)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("run.json")), "the old run.json must not vouch for new files")
        #expect(AtomicFile.removeTemporaries(in: folder.absolutePath).isEmpty, "a failed write removes its temporary")
    }

    @Test func abandoningRemovesOwnTemporariesAndTheEmptyFoldersMade() throws {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let folder = try RunFolder.prepare(scratch + "/a/b", origin: .flag("--output"))
        let mine = ".results.csv.tmp-\(getpid())-abc", theirs = ".results.csv.tmp-\(getpid() + 1)-abc"
        try Data().write(to: URL(fileURLWithPath: folder.file(mine)))
        folder.abandon()
        #expect(!FileManager.default.fileExists(atPath: scratch + "/a"), "the folders it made, empty again, are gone")

        let kept = try RunFolder.prepare(scratch + "/c", origin: .flag("--output"))
        try Data().write(to: URL(fileURLWithPath: kept.file(mine)))
        try Data().write(to: URL(fileURLWithPath: kept.file(theirs)))
        kept.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: kept.absolutePath) == [theirs],
                "another process's temporary (a shard writing beside it) is not ours to remove")
    }
}

@Suite struct RunRecordInputsTests {
    static var scenarios: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scenarios").path
    }

    @Test func importsAreFoundAndHashed() throws {
        let path = Self.scenarios + "/objects-custom.yaml"
        let imports = ScenarioImports.paths(ofFile: path)
        #expect(imports == [Self.scenarios + "/data/reference-sphere-mpt/Frequencies.csv",
                            Self.scenarios + "/data/reference-sphere-mpt/Tensors.csv"])
        let inputs = try RunRecord.inputs(scenarios: [path])
        #expect(inputs.map(\.path) == [path] + imports)
        let tensors = try Data(contentsOf: URL(fileURLWithPath: imports[1]))
        #expect(inputs[2].sha256 == SHA256.hexDigest([UInt8](tensors)))
    }

    @Test func anOldRecordReadsBackWithTheNewFieldsEmpty() throws {
        let old = """
            {"commandLine": ["portalsim"], "scenarioHash": "h", "scenarioPath": "s", "seed": 3, "shard": null,
             "startedAt": "t", "threads": 2, "toolVersion": "0.1.0"}
            """
        let record = try JSONDecoder().decode(RunRecord.self, from: Data(old.utf8))
        #expect(record.seed == 3 && record.inputs.isEmpty && record.files.isEmpty && record.rerun == nil && record.build == nil)
    }

    @Test func theRerunLineQuotesWhatTheShellWouldSplit() {
        #expect(RunRecord.shellCommand(["portalsim", "run", "a b.yaml", "--output", "out/x", "it's"])
                == "portalsim run 'a b.yaml' --output out/x 'it'\\''s'")
        #expect(RunRecord.shellCommand(["--shard", "1/3", ""]) == "--shard 1/3 ''")
    }
}
