import Foundation
import Testing

/// The built-in library's files as the tool meets them: found beside the binary (or in
/// its build tree, for a copied binary), and a missing or faulty library reported as
/// bad input, never a crash.
@Suite struct LibraryCommandTests {
    static var bundled: URL {
        PortalSimBinary.url.deletingLastPathComponent().appendingPathComponent("PortalSim_PortalSimulation.resources/library")
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A temporary copy of the bundled library with every file but `edited` copied as
    /// it is, and the bundled text of `edited`, for the caller to change and write.
    func libraryCopy(editing edited: String) throws -> (folder: URL, text: String) {
        let copy = try temporaryFolder()
        for name in ["materials.yaml", "locations.yaml", "objects.yaml"] where name != edited {
            try FileManager.default.copyItem(at: Self.bundled.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        return (copy, try String(contentsOf: Self.bundled.appendingPathComponent(edited), encoding: .utf8))
    }

    func environment(_ library: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PORTALSIM_LIBRARY"] = library
        return environment
    }

    @Test func aFolderWithoutTheLibraryIsBadInput() throws {
        let empty = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try PortalSimBinary.run(["locations"], environment: environment(empty.path))
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("portalsim: error: \(empty.path): PORTALSIM_LIBRARY names a folder without materials.yaml, locations.yaml, objects.yaml"),
                "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    /// An edited copy is read instead of the bundled one: a new location is listed; a
    /// mistake is reported at its line, exit 2.
    @Test func anEditedCopyIsReadAndCheckedLikeAScenario() throws {
        let (copy, locations) = try libraryCopy(editing: "locations.yaml")
        defer { try? FileManager.default.removeItem(at: copy) }
        try (locations + """

              crutch-tube:
                summary: inside the aluminium tube of a crutch
                class: clothing
                height_men: {mean: 0.7 m, sd: 0.05 m}
                lateral_offset: [0.3 m, 0.35 m]
                either_side: true
                front_back_offset: [0 m, 0.1 m]
                attitude: upright-facing-front
                source: "assumed"

            """).write(to: copy.appendingPathComponent("locations.yaml"), atomically: true, encoding: .utf8)
        let listed = try PortalSimBinary.run(["locations"], environment: environment(copy.path))
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("crutch-tube") && listed.stdout.contains("inside the aluminium tube of a crutch"))

        let lines = locations.split(separator: "\n", omittingEmptySubsequences: false).count
        try (locations + "\n  bad-place:\n    class: clothing\n").write(to: copy.appendingPathComponent("locations.yaml"), atomically: true, encoding: .utf8)
        let bad = try PortalSimBinary.run(["objects"], environment: environment(copy.path))
        #expect(bad.status == 2, "\(bad.stderr)")
        let file = copy.appendingPathComponent("locations.yaml").path
        #expect(bad.stderr.contains("portalsim: error: \(file):\(lines + 2):5: locations.bad-place: missing required key 'summary'"), "\(bad.stderr)")
        #expect(bad.stdout.isEmpty)
    }

    /// A run records the library it read: an edited copy's files, by their paths and the
    /// hashes of their bytes as edited, so that run.json tells the two libraries apart.
    @Test func aRunRecordsTheLibraryFilesItRead() throws {
        let (copy, bundledObjects) = try libraryCopy(editing: "objects.yaml")
        defer { try? FileManager.default.removeItem(at: copy) }
        let objects = bundledObjects + "\n# edited by a researcher\n"
        try objects.write(to: copy.appendingPathComponent("objects.yaml"), atomically: true, encoding: .utf8)
        try """
            name: tiny
            seed: 1
            trials: 20
            portal: {class: cw-multi-zone}
            threats: {objects: [sphere-steel-20mm], locations: [waistband-front]}
            """.write(to: copy.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        let result = try PortalSimBinary.run(["run", "s.yaml", "-o", "out", "--threads", "1"], in: copy,
                                             environment: environment(copy.path))
        #expect(result.status == 0, "\(result.stderr)")
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: copy.appendingPathComponent("out/run.json"))) as? [String: Any]
        let inputs = (record?["inputs"] as? [[String: String]]) ?? []
        let names = ["materials.yaml", "locations.yaml", "objects.yaml"]
        #expect(inputs.map { $0["path"] ?? "" } == ["s.yaml"] + names.map { copy.appendingPathComponent($0).path })
        #expect(inputs.last?["sha256"] == sha256(Data(objects.utf8)))
        #expect(inputs.last?["sha256"] != sha256(try Data(contentsOf: Self.bundled.appendingPathComponent("objects.yaml"))))
    }

    /// A binary copied away from its build finds the library of the build tree it was
    /// compiled in, rather than stopping.
    @Test func aCopiedBinaryStillFindsItsLibrary() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("portalsim")
        try FileManager.default.copyItem(at: PortalSimBinary.url, to: binary)
        var environment = ProcessInfo.processInfo.environment
        environment["PORTALSIM_LIBRARY"] = nil
        let result = try runProgram(binary.path, ["locations"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ankle-sock"))
    }
}

/// `portalsim objects export`: the library's text of an object, renamed for a scenario.
struct ObjectsExportCommandTests {
    @Test func exportPrintsAnObjectAScenarioReadsBack() throws {
        let result = try PortalSimBinary.run(["objects", "export", "nano-sim", "--as", "my-sim"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("objects:\n  my-sim:\n    kind: component\n"))
        #expect(result.stdout.contains("        thickness: 35 um\n") && result.stdout.contains("        thickness: 0.1 um\n"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("s.yaml")
        try ("name: exported\n" + result.stdout).write(to: scenario, atomically: true, encoding: .utf8)
        let shown = try PortalSimBinary.run(["objects", "show", "--scenario", scenario.path, "my-sim"])
        let original = try PortalSimBinary.run(["objects", "show", "nano-sim"])
        #expect(shown.status == 0, "\(shown.stderr)")
        // The same tensors and parts; only the name and the origin differ.
        let body = { (text: String) in text.split(separator: "\n").dropFirst().joined(separator: "\n") }
        #expect(body(shown.stdout) == body(original.stdout))
    }

    @Test func badNamesAndFlagsAreBadInput() throws {
        let unknown = try PortalSimBinary.run(["objects", "export", "nano-sm"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown built-in object 'nano-sm'; did you mean 'nano-sim'?"), "\(unknown.stderr)")
        let twoRenamed = try PortalSimBinary.run(["objects", "export", "nano-sim", "keys", "--as", "x"])
        #expect(twoRenamed.status == 2 && twoRenamed.stderr.contains("--as renames one object; give one name, not 2"), "\(twoRenamed.stderr)")
        #expect(twoRenamed.stdout.isEmpty)
    }
}
