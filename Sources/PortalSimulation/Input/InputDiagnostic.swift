/// One problem in an input file, pointing at the place to fix it.
///
/// Scenario files are edited by hand; a message is only useful if it says where
/// (`file:line:column`), which setting (`portal.zones[2].height`) and what is wrong,
/// in the form editors recognise.
public struct InputDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is, when a line is known.
    public var location: SourceLocation?
    /// The setting concerned, e.g. "portal.zones[2].height"; empty for the whole document.
    public var keyPath: String
    /// What is wrong and, where possible, how to fix it.
    public var message: String
    /// The file when no line is known (an unreadable file, say).
    private var fileWithoutPosition: String?

    public init(location: SourceLocation?, keyPath: String = "", message: String) {
        self.location = location
        self.keyPath = keyPath
        self.message = message
        self.fileWithoutPosition = nil
    }

    /// A problem with a whole file rather than a place in it.
    public init(file: String, keyPath: String = "", message: String) {
        self.location = nil
        self.keyPath = keyPath
        self.message = message
        self.fileWithoutPosition = file
    }

    /// The file concerned, if known.
    public var file: String? { location?.file ?? fileWithoutPosition }

    /// `file:line:column: key.path: message`, leaving out the parts that are unknown.
    public var description: String {
        var parts: [String] = []
        if let location {
            parts.append(location.description)
        } else if let fileWithoutPosition {
            parts.append(fileWithoutPosition)
        }
        if !keyPath.isEmpty { parts.append(keyPath) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}

/// Every problem found in the input, reported together.
///
/// Fixing a scenario one error per run is slow; decoders collect all they can find
/// and throw them at once. Diagnostics are kept in reading order: by file (in order
/// of first appearance), then line, then column, whole-file problems first.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [InputDiagnostic]

    /// Sorts `diagnostics` into reading order and drops exact repeats.
    public init(_ diagnostics: [InputDiagnostic]) {
        var fileOrder: [String: Int] = [:]
        for diagnostic in diagnostics {
            let file = diagnostic.file ?? ""
            if fileOrder[file] == nil { fileOrder[file] = fileOrder.count }
        }
        var seen = Set<InputDiagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        self.diagnostics = unique.enumerated().sorted { a, b in
            func key(_ item: (offset: Int, element: InputDiagnostic)) -> [Int] {
                let d = item.element
                return [fileOrder[d.file ?? ""] ?? 0, d.location?.line ?? 0, d.location?.column ?? 0, item.offset]
            }
            return key(a).lexicographicallyPrecedes(key(b))
        }.map(\.element)
    }

    public init(_ diagnostic: InputDiagnostic) {
        self.init([diagnostic])
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
