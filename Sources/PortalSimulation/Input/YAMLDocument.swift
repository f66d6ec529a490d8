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
        try self.init(try SourceFile(reading: path))
    }

    /// Composes a file already read: the bytes a run record hashes are the bytes parsed.
    public init(_ source: SourceFile) throws(InputErrors) {
        guard let text = String(bytes: source.bytes, encoding: .utf8) else {
            throw InputErrors(InputDiagnostic(file: source.path, message: "not UTF-8 text"))
        }
        try self.init(text: text, file: source.path)
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
}
