import Yams

/// A YAML mapping whose keys have been checked, ready for `required`/`optional`.
///
/// Obtained from `YAMLValue.mapping(allowedKeys:reporting:)`, which has already
/// reported unknown keys (with a did-you-mean, at the key's own position) so a typo
/// such as `widht:` is never silently ignored.
public struct YAMLMapping {
    /// One `key: value` pair.
    public struct Entry {
        public let key: String
        /// The key itself, for diagnostics about the key (its line and column).
        public let keyValue: YAMLValue
        public let value: YAMLValue
    }

    /// The mapping as a whole (its position is that of its first key).
    public let value: YAMLValue
    /// The pairs in file order.
    public let entries: [Entry]

    public var keys: [String] { entries.map(\.key) }

    public func contains(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// The value for `key`, or nil when absent. A key given with an empty value
    /// (`width:`) is present: the typed accessor then says it is empty, rather than
    /// a default quietly taking its place.
    public func optional(_ key: String) -> YAMLValue? {
        entries.last { $0.key == key }?.value
    }

    /// The value for `key`; when absent, reports "missing required key" at the
    /// mapping and returns nil.
    public func required(_ key: String, reporting diagnostics: inout DiagnosticCollector) -> YAMLValue? {
        if let found = optional(key) { return found }
        diagnostics.report(value.diagnostic("missing required key '\(key)'"))
        return nil
    }
}

extension YAMLValue {
    /// This value as a mapping with string keys.
    ///
    /// - Parameter allowedKeys: the keys the caller understands; every other key is
    ///   reported (with the closest allowed key as a suggestion) at its own position.
    ///   Nil accepts any key, for mappings keyed by names (a library of items).
    public func mapping(
        allowedKeys: [String]? = nil, reporting diagnostics: inout DiagnosticCollector
    ) -> YAMLMapping? {
        guard case let .mapping(mapping) = node else {
            return mismatch(expected: "a mapping", &diagnostics)
        }
        var entries: [YAMLMapping.Entry] = []
        for (keyNode, valueNode) in mapping {
            let keyValue = child(keyNode, at: keyPath)
            guard case let .scalar(scalar) = keyNode, !keyValue.isNull else {
                diagnostics.report(keyValue.diagnostic(
                    "a key must be a plain name, got \(keyValue.kindDescription)"))
                continue
            }
            let key = scalar.string
            let entryPath = keyPath.appending(key: key)
            let located = YAMLValue(node: keyNode, keyPath: entryPath, file: file, fallbackLocation: location)
            if let allowedKeys, !allowedKeys.contains(key) {
                diagnostics.report(located.diagnostic(Self.unknownKeyMessage(key, allowedKeys: allowedKeys)))
                continue
            }
            entries.append(.init(key: key, keyValue: located, value: child(valueNode, at: entryPath)))
        }
        return YAMLMapping(value: self, entries: entries)
    }

    private static func unknownKeyMessage(_ key: String, allowedKeys: [String]) -> String {
        if key == "<<" {
            return "merge keys (<<) are not supported; write the keys out"
        }
        let expected = allowedKeys.isEmpty
            ? "no keys are allowed here"
            : "expected one of: " + allowedKeys.joined(separator: ", ")
        if let suggestion = SpellingSuggestion.closest(to: key, among: allowedKeys) {
            return "unknown key '\(key)'; did you mean '\(suggestion)'? (\(expected))"
        }
        return "unknown key '\(key)' (\(expected))"
    }
}
