import Yams

/// A node of a composed YAML document together with where it came from.
///
/// It is the cursor a hand-written decoder moves through a scenario: every accessor
/// either returns the decoded value or reports why not, at this node's line and
/// column and key path, into a `DiagnosticCollector`, and returns nil so that
/// decoding can carry on and find the next problem too. It knows nothing about
/// portals.
public struct YAMLValue {
    /// The Yams node, with its tag and mark.
    public let node: Node
    /// Where the value sits: `portal.zones[2].height`.
    public let keyPath: YAMLKeyPath
    /// The file name used in diagnostics.
    public let file: String
    /// Used when the node has no mark (an empty document, a node built in code):
    /// the nearest enclosing position.
    let fallbackLocation: SourceLocation?

    public init(node: Node, keyPath: YAMLKeyPath, file: String, fallbackLocation: SourceLocation? = nil) {
        self.node = node
        self.keyPath = keyPath
        self.file = file
        self.fallbackLocation = fallbackLocation
    }

    /// The node's line and column (its first character).
    public var location: SourceLocation? {
        guard let mark = node.mark else { return fallbackLocation }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// A diagnostic at this value.
    public func diagnostic(_ message: String) -> InputDiagnostic {
        InputDiagnostic(location: location, keyPath: keyPath.description, message: message)
    }

    /// Whether the value is YAML null: empty, `~` or `null` (unquoted).
    public var isNull: Bool {
        node.scalar.map { $0.resolvedTagName == .null } ?? false
    }

    /// What the value is, for "expected …, got …" messages: "a sequence",
    /// "a number (12)", "a string (\"abc\")", "an empty value".
    public var kindDescription: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .alias: return "an alias"
        case let .scalar(scalar):
            let raw = scalar.string
            switch scalar.resolvedTagName {
            case .null: return raw.isEmpty ? "an empty value" : "null"
            case .bool: return "a boolean (\(raw))"
            case .int, .float: return "a number (\(raw))"
            case .str: return "a string (\"\(Self.abbreviated(raw))\")"
            case .timestamp: return "a date (\(raw))"
            default: return "a value tagged \(scalar.tag.rawValue) (\(Self.abbreviated(raw)))"
            }
        }
    }

    /// Reports "expected `what`, got …" and returns nil, for accessors' failure paths.
    func mismatch<T>(expected what: String, _ diagnostics: inout DiagnosticCollector) -> T? {
        diagnostics.report(diagnostic("expected \(what), got \(kindDescription)"))
        return nil
    }

    /// A child of this value at `keyPath`, defaulting its position to this one's.
    func child(_ node: Node, at keyPath: YAMLKeyPath) -> YAMLValue {
        YAMLValue(node: node, keyPath: keyPath, file: file, fallbackLocation: location)
    }

    private static func abbreviated(_ text: String) -> String {
        let limit = 40
        return text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}

extension Node.Scalar {
    /// The tag name after implicit resolution: `.int` for `12`, `.str` for `"12"`.
    var resolvedTagName: Tag.Name {
        Tag.Name(rawValue: Node.scalar(self).tag.rawValue)
    }
}

extension YAMLValue {
    /// The elements of a sequence, each with its index in the key path.
    public func sequence(reporting diagnostics: inout DiagnosticCollector) -> [YAMLValue]? {
        guard case let .sequence(sequence) = node else {
            return mismatch(expected: "a sequence", &diagnostics)
        }
        return sequence.enumerated().map { index, element in
            child(element, at: keyPath.appending(index: index))
        }
    }
}
