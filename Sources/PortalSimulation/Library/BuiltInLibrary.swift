import Foundation

/// The built-in library as data: the metals (`materials.yaml`), the body locations
/// (`locations.yaml`) and the objects (`objects.yaml`) of the resource folder
/// (``LibraryBundle``), read once per process through the decoders and checks of a
/// scenario's `materials:`, `locations:` and `objects:` sections (the objects with the
/// library's stricter rules, ``LibraryObjectDescription``), so that a mistake in them is reported as a scenario's would be: file, line,
/// key path, exit status 2.
///
/// A researcher adds an alloy or a place on the body by editing these files (or, for
/// one study, in the scenario's own sections) without a Swift toolchain.
public struct BuiltInLibrary: Sendable {
    /// The folder the files were read from.
    public let folder: String
    public let materials: MaterialCatalog
    public let locations: LocationCatalog
    /// The objects, in the file's order. Their spectra are computed when first asked
    /// for, once per process (``BuiltInEntries``).
    public let objects: [LibraryObject]
    /// The three files with the SHA-256 of the bytes read (materials, locations,
    /// objects): a run's record lists them among its inputs, so that a run with an
    /// edited library (`PORTALSIM_LIBRARY`) says so.
    public let files: [HashedFile]

    /// The library of this process, read on first use and kept: an immutable value, so
    /// nothing a run computes depends on when it was first asked for.
    static let loaded: Result<BuiltInLibrary, InputErrors> = Result { () throws(InputErrors) -> BuiltInLibrary in
        try load(folder: LibraryBundle.folder())
    }

    /// The library, or every problem found in it (or where it was looked for). The
    /// command line asks for it before running a command, so that the lookups below
    /// never meet a missing library.
    public static func check() throws(InputErrors) -> BuiltInLibrary { try loaded.get() }

    /// The library; a missing or faulty one stops here with its problems (the command
    /// line has reported them at start-up through ``check()``, so only a program that
    /// skipped that check gets this far).
    static var shared: BuiltInLibrary {
        switch loaded {
        case .success(let library): return library
        case .failure(let errors): preconditionFailure("the built-in library cannot be read:\n\(errors)")
        }
    }

    /// Reads and checks the library files in `folder`, reporting every problem at once.
    public static func load(folder: String) throws(InputErrors) -> BuiltInLibrary {
        var d = DiagnosticCollector()
        var files: [HashedFile] = []
        let materialsFile = (folder as NSString).appendingPathComponent("materials.yaml")
        let locationsFile = (folder as NSString).appendingPathComponent("locations.yaml")
        let objectsFile = (folder as NSString).appendingPathComponent("objects.yaml")
        var materials: [MaterialEntry] = []
        if let section = section("materials", of: materialsFile, into: &files, &d) {
            materials = MaterialDescription.decode(section, reserved: MaterialCatalog([]), requireSource: true, &d)
            if d.isEmpty {
                let missing = MaterialLibrary.builderNames.filter { name in !materials.contains { $0.name == name } }
                if !missing.isEmpty {
                    d.report(section.diagnostic("the built-in objects' builders need " + missing.map { "'\($0)'" }.joined(separator: ", ")
                        + ", which the file does not define"))
                }
            }
        }
        var locations: [BodyLocation] = []
        if let section = section("locations", of: locationsFile, into: &files, &d) {
            locations = LocationDescription.decode(section, reserved: LocationCatalog([]), requireSource: true, &d)
        }
        // The objects name the metals: read them only from a sound table.
        var objects: [LibraryObject] = []
        if d.isEmpty, let section = section("objects", of: objectsFile, into: &files, &d) {
            objects = LibraryObjectDescription.decode(section, materials: MaterialCatalog(materials), &d)
        }
        try d.throwIfAny()
        return BuiltInLibrary(folder: folder, materials: MaterialCatalog(materials), locations: LocationCatalog(locations),
                              objects: objects, files: files)
    }

    /// The file's one top-level section `key`, as a scenario's would be read; the file's
    /// bytes as read, hashed, are appended to `files`.
    static func section(_ key: String, of file: String, into files: inout [HashedFile],
                        _ d: inout DiagnosticCollector) -> YAMLValue? {
        let document: YAMLDocument
        do {
            let source = try SourceFile(reading: file)
            files.append(HashedFile(source))
            document = try YAMLDocument(source)
        } catch {
            d.report(contentsOf: error)
            return nil
        }
        return document.root.mapping(allowedKeys: [key], reporting: &d)?.required(key, reporting: &d)
    }
}
