import Foundation
import Yams

/// A YAML file composed to nodes that remember their line and column.
///
/// `YAMLDecoder` can say which key was wrong but not where it is, so scenarios are
/// composed with `Yams.compose(yaml:)` instead and decoded by hand through
/// `YAMLValue`, whose every diagnostic names file, line, column and key path.
/// Malformed YAML becomes an `InputDiagnostic` at the parser's mark, never a crash.
public struct YAMLDocument {
    /// The file name used in diagnostics.
    public let file: String
    /// The text as read, for showing snippets.
    public let text: String
    /// The top-level value; an empty document is an empty (null) value at 1:1.
    public let root: YAMLValue

    /// Reads and composes the file at `path` (UTF-8).
    public init(contentsOf path: String) throws(InputErrors) {
        let text = try Self.readText(at: path)
        try self.init(text: text, file: path)
    }

    /// Composes `text`, naming it `file` in diagnostics.
    public init(text original: String, file: String) throws(InputErrors) {
        // (libYAML reads CRLF line ends itself; the BOM is dropped here, see TextLines.)
        let text = TextLines.withoutByteOrderMark(original)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InputErrors(YAMLErrorTranslation.diagnostic(for: error, text: text, file: file))
        } catch {
            throw InputErrors(InputDiagnostic(file: file, message: "cannot read YAML: \(error)"))
        }
        self.file = file
        self.text = text
        let start = SourceLocation(file: file, line: 1, column: 1)
        self.root = YAMLValue(
            node: node ?? Node("", Tag(.null), .plain),
            keyPath: .root, file: file, fallbackLocation: start)
    }

    /// The same file with another top-level node: a sweep point's variant of a scenario.
    init(_ document: YAMLDocument, root node: Node) {
        file = document.file
        text = document.text
        root = YAMLValue(node: node, keyPath: .root, file: document.file, fallbackLocation: document.root.location)
    }

    private static func readText(at path: String) throws(InputErrors) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputErrors(InputDiagnostic(file: path, message: "no such file"))
        }
        guard !isDirectory.boolValue else {
            throw InputErrors(InputDiagnostic(file: path, message: "is a directory, expected a YAML file"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputErrors(InputDiagnostic(file: path, message: "cannot read file (permission denied?)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputErrors(InputDiagnostic(file: path, message: "not UTF-8 text"))
        }
        return text
    }
}
