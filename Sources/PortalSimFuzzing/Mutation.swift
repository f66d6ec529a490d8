/// One structure-aware change to a scenario tree.
///
/// Each kind is a way a real file goes wrong: a bad value, a unit forgotten or wrong, a
/// key deleted, doubled or misspelt, a list where a mapping belongs, values pasted under
/// the wrong keys, and nesting no person writes but a generator might.
public enum MutationKind: String, CaseIterable, Sendable {
    case hostileScalar
    case hostileNumberWithUnit
    case unitlessNumber
    case wrongUnit
    case deleteKey
    case duplicateKey
    case misspellKey
    case deepNesting
    case swapValues
    case listForMapping
    case collectionForScalar
    case emptyCollection
    case duplicateItem
    case dropItem

    /// How often each kind is drawn, out of the sum: values most, structure less.
    static let weights: [(MutationKind, Int)] = [
        (.hostileScalar, 24), (.hostileNumberWithUnit, 14), (.unitlessNumber, 5), (.wrongUnit, 6),
        (.deleteKey, 10), (.duplicateKey, 5), (.misspellKey, 8), (.deepNesting, 3), (.swapValues, 8),
        (.listForMapping, 4), (.collectionForScalar, 4), (.emptyCollection, 4), (.duplicateItem, 4), (.dropItem, 3),
    ]

    static func draw(_ random: inout FuzzRandom) -> MutationKind {
        var ticket = random.below(weights.reduce(0) { $0 + $1.1 })
        for (kind, weight) in weights {
            if ticket < weight { return kind }
            ticket -= weight
        }
        return .hostileScalar
    }
}

/// What a mutation did, for the report: "deleteKey portal.detector.mode".
public struct AppliedMutation: Hashable, Sendable, CustomStringConvertible {
    public var kind: MutationKind
    public var keyPath: String
    public var detail: String

    public var description: String {
        "\(kind.rawValue) \(keyPath.isEmpty ? "(root)" : keyPath)" + (detail.isEmpty ? "" : ": \(detail)")
    }
}

extension YAMLTree {
    /// The tree after a mutation of a kind drawn from `random`, and what it was; nil when
    /// the drawn kind finds nothing to act on (a file without a sequence cannot lose an
    /// item), so the caller draws again.
    public func mutated(_ random: inout FuzzRandom) -> (YAMLTree, AppliedMutation)? {
        let kind = MutationKind.draw(&random)
        return mutated(kind, &random)
    }

    public func mutated(_ kind: MutationKind, _ random: inout FuzzRandom) -> (YAMLTree, AppliedMutation)? {
        let all = positions
        let scalars = all.filter { if case .scalar = $0.node { true } else { false } }
        let withUnits = scalars.filter { position in
            if case .scalar(let s, _) = position.node { HostileValues.numberAndUnit(s) != nil } else { false }
        }
        let mappings = all.filter { if case .mapping(let e) = $0.node { !e.isEmpty } else { false } }
        let sequences = all.filter { if case .sequence(let i) = $0.node { !i.isEmpty } else { false } }
        let nonRoot = Array(all.dropFirst())
        func applied(_ position: Position, _ detail: String) -> AppliedMutation {
            AppliedMutation(kind: kind, keyPath: position.keyPath, detail: detail)
        }
        func replacing(_ position: Position, with node: YAMLTree, _ detail: String) -> (YAMLTree, AppliedMutation) {
            (updating(at: position.path) { _ in node }, applied(position, detail))
        }

        switch kind {
        case .hostileScalar:
            guard !scalars.isEmpty else { return nil }
            let position = random.pick(scalars), value = random.pick(HostileValues.scalars)
            return replacing(position, with: .raw(value), value)
        case .hostileNumberWithUnit, .unitlessNumber, .wrongUnit:
            guard !withUnits.isEmpty else { return nil }
            let position = random.pick(withUnits)
            guard case .scalar(let text, _) = position.node, let (number, unit) = HostileValues.numberAndUnit(text) else { return nil }
            let value: String = switch kind {
            case .hostileNumberWithUnit: random.pick(HostileValues.numbersBeforeAUnit) + " " + unit
            case .unitlessNumber: number
            default: (number + " " + random.pick(HostileValues.units.filter { $0 != unit })).trimmingSpaces
            }
            return replacing(position, with: .raw(value), value)
        case .deleteKey, .duplicateKey, .misspellKey:
            guard !mappings.isEmpty else { return nil }
            let position = random.pick(mappings)
            guard case .mapping(var entries) = position.node else { return nil }
            let i = random.below(entries.count)
            let key = entries[i].key
            let keyPath = position.keyPath.isEmpty ? key : position.keyPath + "." + key
            var detail = ""
            switch kind {
            case .deleteKey:
                entries.remove(at: i)
            case .duplicateKey:
                var copy = entries[i]
                if random.chance(1, in: 2) { copy.value = .raw(random.pick(HostileValues.scalars)) }
                entries.insert(copy, at: i + 1 + random.below(entries.count - i))
            default:
                entries[i].key = Self.misspelt(key, &random)
                detail = entries[i].key
            }
            return (updating(at: position.path) { _ in .mapping(entries) },
                    AppliedMutation(kind: kind, keyPath: keyPath, detail: detail))
        case .deepNesting:
            guard !nonRoot.isEmpty else { return nil }
            let position = random.pick(nonRoot)
            let depth = random.pick([64, 512, 4096])
            let nested = random.chance(1, in: 2)
                ? String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
                : String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth)
            return replacing(position, with: .raw(nested), "depth \(depth)")
        case .swapValues:
            let values = nonRoot.filter { if case .entry = $0.path.last { true } else { false } }
            guard values.count >= 2 else { return nil }
            let a = random.pick(values), b = random.pick(values)
            // A node and one inside it cannot swap; the draw is retried by the caller.
            guard a.path != b.path, !a.path.starts(with: b.path), !b.path.starts(with: a.path) else { return nil }
            let swapped = updating(at: a.path) { _ in b.node }.updating(at: b.path) { _ in a.node }
            return (swapped, AppliedMutation(kind: kind, keyPath: a.keyPath, detail: "with \(b.keyPath)"))
        case .listForMapping:
            guard !mappings.isEmpty else { return nil }
            let position = random.pick(mappings)
            guard case .mapping(let entries) = position.node else { return nil }
            return replacing(position, with: .sequence(entries.map(\.value)), "its values as a list")
        case .collectionForScalar:
            guard !scalars.isEmpty else { return nil }
            let position = random.pick(scalars)
            let collection: YAMLTree = random.chance(1, in: 2)
                ? .sequence([position.node, position.node])
                : .mapping([Entry("value", position.node)])
            return replacing(position, with: collection, "")
        case .emptyCollection:
            let collections = mappings + sequences
            guard !collections.isEmpty else { return nil }
            let position = random.pick(collections)
            let empty: YAMLTree = if case .mapping = position.node { .mapping([]) } else { .sequence([]) }
            return replacing(position, with: empty, "")
        case .duplicateItem, .dropItem:
            guard !sequences.isEmpty else { return nil }
            let position = random.pick(sequences)
            guard case .sequence(var items) = position.node else { return nil }
            let i = random.below(items.count)
            if kind == .duplicateItem { items.insert(items[i], at: i) } else { items.remove(at: i) }
            return replacing(position, with: .sequence(items), "item \(i)")
        }
    }

    /// A key with one typing slip: a letter dropped, doubled or swapped with the next,
    /// an underscore for a hyphen or the other way, a capital, or an `s` added.
    static func misspelt(_ key: String, _ random: inout FuzzRandom) -> String {
        var characters = Array(key)
        guard !characters.isEmpty else { return "x" }
        let i = random.below(characters.count)
        switch random.below(6) {
        case 0 where characters.count > 1: characters.remove(at: i)
        case 1: characters.insert(characters[i], at: i)
        case 2 where i + 1 < characters.count: characters.swapAt(i, i + 1)
        case 3:
            if let u = characters.firstIndex(of: "_") { characters[u] = "-" } else { characters.append("_") }
        case 4: characters[i] = Character(characters[i].uppercased())
        default: characters.append("s")
        }
        let result = String(characters)
        return result == key ? key + "s" : result
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
