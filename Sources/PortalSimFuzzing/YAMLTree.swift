import Yams

/// A scenario file as the fuzzer edits it: mappings keep their entries in order (and may
/// hold a key twice, which a mutation wants), scalars keep their text and whether they
/// were quoted, and `raw` is YAML text written out verbatim, for values no parser would
/// produce from a tree (`050`, `.nan`, nesting 500 deep).
public indirect enum YAMLTree: Hashable, Sendable {
    case scalar(String, quoted: Bool)
    case mapping([Entry])
    case sequence([YAMLTree])
    case raw(String)

    public struct Entry: Hashable, Sendable {
        public var key: String
        public var value: YAMLTree

        public init(_ key: String, _ value: YAMLTree) {
            self.key = key
            self.value = value
        }
    }

    /// Parses YAML text (comments are lost; anchors and aliases resolved by Yams).
    public init(yaml: String) throws {
        guard let node = try Yams.compose(yaml: yaml) else {
            self = .mapping([])
            return
        }
        self.init(node)
    }

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            self = .scalar(scalar.string, quoted: scalar.style == .singleQuoted || scalar.style == .doubleQuoted)
        case .mapping(let mapping):
            self = .mapping(mapping.map { Entry($0.key.scalar?.string ?? "?", YAMLTree($0.value)) })
        case .sequence(let sequence):
            self = .sequence(sequence.map(YAMLTree.init))
        case .alias:
            self = .scalar("~", quoted: false)
        }
    }

    /// The top-level key `key`'s value, if the tree is a mapping holding it.
    public subscript(key: String) -> YAMLTree? {
        guard case .mapping(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The tree with `key` of the top-level mapping set to `value` (added at the end when
    /// absent); unchanged unless the tree is a mapping.
    public func setting(_ key: String, to value: YAMLTree) -> YAMLTree {
        guard case .mapping(var entries) = self else { return self }
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
        } else {
            entries.append(Entry(key, value))
        }
        return .mapping(entries)
    }
}
