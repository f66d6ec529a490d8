import Foundation
import Testing
@testable import PortalSimulation

/// The built-in library's files: found beside the build's products, read once, and
/// checked as a scenario is, so a mistake in them is reported at its line.
struct LibraryFilesTests {
    static var folder: String { BuiltInLibrary.shared.folder }

    /// A copy of the bundled library in a new folder, with `edit` applied to the text of
    /// each file.
    static func copy(editing edit: (String, String) -> String) throws -> String {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for name in LibraryBundle.fileNames {
            let text = try String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8)
            try edit(name, text).write(to: target.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return target.path
    }

    @Test func theBundledLibraryIsFoundAndReadsBackTheSame() throws {
        #expect(LibraryBundle.holdsLibrary(Self.folder))
        #expect(try LibraryBundle.folder() == Self.folder)
        let again = try BuiltInLibrary.load(folder: Self.folder)
        #expect(again.materials.entries == MaterialLibrary.entries)
        #expect(again.locations.names == BodyLocation.names)
        #expect(MaterialLibrary.builderNames.allSatisfy { MaterialLibrary.entry(named: $0) != nil })
        // The repository's copy is the one built.
        let source = PortalDescriptionTests.repositoryRoot.appendingPathComponent("Sources/PortalSimulation/Resources/library")
        for name in LibraryBundle.fileNames {
            #expect(try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
                    == String(contentsOfFile: (Self.folder as NSString).appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// A mistake in a library file is a scenario's mistake: file, line, column, key path;
    /// a metal the builders need and the file lacks is named.
    @Test func mistakesInTheFilesAreReportedAtTheirLines() throws {
        let folder = try Self.copy { name, text in
            name == "materials.yaml"
                ? text.replacingOccurrences(of: "    conductivity: 17 MS/m\n", with: "    conductivity: 17 MS\n")
                    .replacingOccurrences(of: "  copper:\n", with: "  copper-foil:\n")
                : text.replacingOccurrences(of: "    class: surface\n    height_men: {mean: 1.72 m", with: "    class: skin\n    height_men: {mean: 1.72 m")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let found = diagnostics { () throws(InputErrors) in _ = try BuiltInLibrary.load(folder: folder) }
        let materials = (folder as NSString).appendingPathComponent("materials.yaml")
        let locations = (folder as NSString).appendingPathComponent("locations.yaml")
        let materialLines = try String(contentsOfFile: materials, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let zincLine = try #require(materialLines.firstIndex { $0.hasPrefix("    conductivity: 17 MS") }) + 1
        #expect(found.contains { $0.hasPrefix("\(materials):\(zincLine):19: materials.zinc.conductivity: ") && $0.contains("MS") }, "\(found)")
        let locationLines = try String(contentsOfFile: locations, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let classLine = try #require(locationLines.firstIndex { $0 == "    class: skin" }) + 1
        #expect(found.contains { $0.hasPrefix("\(locations):\(classLine):12: locations.hair-head.class: unknown value 'skin'") }, "\(found)")
        #expect(found.count == 2, "\(found)")
        // With the syntax mended, the builders' missing copper is named.
        let mended = try Self.copy { name, text in
            name == "materials.yaml" ? text.replacingOccurrences(of: "  copper:\n", with: "  copper-foil:\n") : text
        }
        defer { try? FileManager.default.removeItem(atPath: mended) }
        let missing = diagnostics { () throws(InputErrors) in _ = try BuiltInLibrary.load(folder: mended) }
        #expect(missing.count == 1 && missing[0].contains("materials: the built-in objects' builders need 'copper', which the file does not define"),
                "\(missing)")
    }

    @Test func aMissingFileIsNamed() throws {
        let folder = try Self.copy { _, text in text }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent("locations.yaml"))
        #expect(!LibraryBundle.holdsLibrary(folder))
        let found = diagnostics { () throws(InputErrors) in _ = try BuiltInLibrary.load(folder: folder) }
        #expect(found == ["\((folder as NSString).appendingPathComponent("locations.yaml")): no such file"])
    }
}
