import Yams

/// Lays one YAML mapping over another, for configurations and sweep points that change
/// a few keys of a portal: `{detector: {sensitivity: 70}}` over the scenario's portal.
///
/// Mappings merge key by key, recursively, except a mapping that names its own `class`
/// or `mode`: that starts afresh (a PI detector laid over a CW one must not inherit its
/// frequencies). Anything else — a scalar, a sequence — replaces. Nodes keep their
/// marks, so an error in the result still points at the line it came from.
enum YAMLMerge {
    static let restartingKeys: Set<String> = ["class", "mode"]

    static func merged(_ base: Node, _ override: Node) -> Node {
        guard case .mapping(let under) = base, case .mapping(let over) = override else { return override }
        let overKeys = Set(over.keys.compactMap(\.string))
        if !overKeys.isDisjoint(with: restartingKeys) { return override }
        var pairs: [(Node, Node)] = []
        for (key, value) in under {
            if let name = key.string, let replacement = over.first(where: { $0.key.string == name })?.value {
                pairs.append((key, merged(value, replacement)))
            } else {
                pairs.append((key, value))
            }
        }
        let underKeys = Set(under.keys.compactMap(\.string))
        for (key, value) in over where !underKeys.contains(key.string ?? "") {
            pairs.append((key, value))
        }
        return .mapping(Node.Mapping(pairs, over.tag, over.style, over.mark ?? under.mark))
    }

    /// `base` with the node at `path` (mapping keys) replaced by `replacement`, creating
    /// mappings on the way: how a sweep point sets `detector.sensitivity`. The mappings
    /// made on the way carry the replacement's position, so that a problem the new value
    /// causes further up (a mean speed above the maximum) is reported at the value.
    static func setting(_ path: [String], to replacement: Node, in base: Node) -> Node {
        guard let first = path.first else { return replacement }
        var override: Node = replacement
        for key in path.dropFirst().reversed() {
            override = .mapping(Node.Mapping([(Node(key), override)], .implicit, .any, replacement.mark))
        }
        return merged(base, .mapping(Node.Mapping([(Node(first), override)], .implicit, .any, replacement.mark)))
    }
}
