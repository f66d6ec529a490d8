import Yams

extension YAMLDocument {
    /// The same document without the given top-level keys, positions kept.
    ///
    /// A protocol file is a scenario file with a `protocol:` section: taking that
    /// section out lets the scenario decoder read the rest, with all its checks and
    /// whatever keys it learns later, without having to know about protocols.
    func removingTopLevelKeys(_ keys: Set<String>) -> YAMLDocument {
        guard case .mapping(let mapping) = root.node else { return self }
        let kept = mapping.filter { pair in !(pair.key.scalar.map { keys.contains($0.string) } ?? false) }
        let node = Node.mapping(Node.Mapping(kept.map { ($0.key, $0.value) }, mapping.tag, mapping.style, mapping.mark))
        return YAMLDocument(file: file, text: text,
                            root: YAMLValue(node: node, keyPath: root.keyPath, file: root.file, fallbackLocation: root.location))
    }

    private init(file: String, text: String, root: YAMLValue) {
        self.file = file
        self.text = text
        self.root = root
    }
}
