import Foundation

/// The files a scenario file reads besides itself: the `import: {frequencies, tensors}`
/// sweeps of its objects' parts, resolved as the decoder resolves them (relative to the
/// scenario's folder), in file order.
///
/// `run.json` hashes them: scaling an imported Tensors.csv changes the results, so it
/// must change the record too. Read from the document rather than gathered by the
/// decoder, so that the decoder stays as it is; a file that does not decode never gets
/// this far.
public enum ScenarioImports {
    public static func paths(in document: YAMLDocument) -> [String] {
        var ignored = DiagnosticCollector()
        let folder = (document.file as NSString).deletingLastPathComponent
        guard let top = document.root.mapping(reporting: &ignored),
              let objects = top.optional("objects")?.mapping(reporting: &ignored) else { return [] }
        var paths: [String] = []
        for object in objects.entries {
            guard let parts = object.value.mapping(reporting: &ignored)?.optional("parts")?.sequence(reporting: &ignored) else { continue }
            for part in parts {
                guard let sweep = part.mapping(reporting: &ignored)?.optional("import")?.mapping(reporting: &ignored) else { continue }
                for key in ["frequencies", "tensors"] {
                    guard let path = sweep.optional(key)?.string(reporting: &ignored) else { continue }
                    paths.append(path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path))
                }
            }
        }
        return paths
    }

    /// The imports of the scenario file at `path`; none when it cannot be read (the
    /// decoder has said so already).
    public static func paths(ofFile path: String) -> [String] {
        guard let document = try? YAMLDocument(contentsOf: path) else { return [] }
        return paths(in: document)
    }
}
