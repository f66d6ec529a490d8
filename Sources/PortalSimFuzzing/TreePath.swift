/// Places in a tree: a path of steps from the root, and the key path a person reads.
extension YAMLTree {
    public enum Step: Hashable, Sendable {
        /// The value of a mapping's entry at this index.
        case entry(Int)
        /// A sequence's item at this index.
        case item(Int)
    }

    /// A node and where it is.
    public struct Position: Sendable {
        public var path: [Step]
        /// `portal.detector.frequencies[0]`; empty for the root.
        public var keyPath: String
        public var node: YAMLTree
    }

    /// Every node, the root first, then depth first in document order.
    public var positions: [Position] {
        var out: [Position] = []
        func visit(_ node: YAMLTree, _ path: [Step], _ keyPath: String) {
            out.append(Position(path: path, keyPath: keyPath, node: node))
            switch node {
            case .mapping(let entries):
                for (i, entry) in entries.enumerated() {
                    visit(entry.value, path + [.entry(i)], keyPath.isEmpty ? entry.key : keyPath + "." + entry.key)
                }
            case .sequence(let items):
                for (i, item) in items.enumerated() { visit(item, path + [.item(i)], keyPath + "[\(i)]") }
            case .scalar, .raw:
                break
            }
        }
        visit(self, [], "")
        return out
    }

    /// The tree with the node at `path` replaced by `transform` of it; unchanged when the
    /// path does not lead to a node.
    public func updating(at path: [Step], _ transform: (YAMLTree) -> YAMLTree) -> YAMLTree {
        guard let step = path.first else { return transform(self) }
        let rest = Array(path.dropFirst())
        switch (self, step) {
        case (.mapping(var entries), .entry(let i)) where entries.indices.contains(i):
            entries[i].value = entries[i].value.updating(at: rest, transform)
            return .mapping(entries)
        case (.sequence(var items), .item(let i)) where items.indices.contains(i):
            items[i] = items[i].updating(at: rest, transform)
            return .sequence(items)
        default:
            return self
        }
    }

    /// The node at `path`, if there is one.
    public func node(at path: [Step]) -> YAMLTree? {
        guard let step = path.first else { return self }
        switch (self, step) {
        case (.mapping(let entries), .entry(let i)) where entries.indices.contains(i):
            return entries[i].value.node(at: Array(path.dropFirst()))
        case (.sequence(let items), .item(let i)) where items.indices.contains(i):
            return items[i].node(at: Array(path.dropFirst()))
        default:
            return nil
        }
    }

    /// The tree with the value at the key path `keys` (mappings only) set to `value`,
    /// when every mapping on the way exists; otherwise unchanged.
    public func setting(_ keys: [String], to value: YAMLTree) -> YAMLTree {
        guard let key = keys.first else { return value }
        guard case .mapping(var entries) = self, let i = entries.firstIndex(where: { $0.key == key }) else { return self }
        entries[i].value = entries[i].value.setting(Array(keys.dropFirst()), to: value)
        return .mapping(entries)
    }
}
