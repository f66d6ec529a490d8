/// The `portalsim` command a mutant is run with. Every run is kept small (20 trials,
/// one thread) so that a few hundred mutants fit in CI's two minutes, and every run
/// writes its tables, so that they can be searched for non-finite numbers.
public enum FuzzCommand: String, Hashable, Sendable, CaseIterable {
    case run, sweep, check, qualify

    /// The trials a mutant runs with: `--trials` for `run` and `sweep`, written into the
    /// file for `check` (which has no such flag) and as a protocol's passes for `qualify`.
    public static let trials = 20
    public static let protocolPasses = 2

    /// The arguments after the binary.
    public func arguments(file: String, output: String) -> [String] {
        switch self {
        case .run, .sweep:
            [rawValue, file, "--trials", "\(Self.trials)", "--threads", "1", "--output", output]
        case .check:
            ["check", file, "--threads", "1", "--output", output, "--junit", output + "/junit.xml"]
        case .qualify:
            ["qualify", file, "--threads", "1", "--output", output]
        }
    }
}

/// A bundled scenario file, parsed, that mutants are made from.
public struct FuzzSource: Sendable {
    /// Where it is, as given (used in reports and to name mutants).
    public var path: String
    public var tree: YAMLTree

    public init(path: String, tree: YAMLTree) {
        self.path = path
        self.tree = tree
    }

    public init(path: String, text: String) throws {
        self.init(path: path, tree: try YAMLTree(yaml: text))
    }

    /// The commands that take this file: a protocol file is qualified, a sweep swept,
    /// any other scenario run; a file with `expect:` is also checked.
    public var commands: [FuzzCommand] {
        let main: FuzzCommand = tree["protocol"] != nil ? .qualify : tree["sweep"] != nil ? .sweep : .run
        return tree["expect"] != nil ? [.check, main] : [main]
    }

    /// The file as `command` runs it before any mutation: a checked scenario with 20
    /// trials, a protocol with 2 passes per point (both are the file's own keys, since
    /// neither `check` nor `qualify` has a flag for it).
    ///
    /// A file that is not a whole scenario is made one, so that its mutants reach the
    /// engine rather than all being refused for what the file never had: a portal file
    /// gets `trials`, a file of objects alone also a portal and its objects as threats.
    public func prepared(for command: FuzzCommand) -> YAMLTree {
        var tree = self.tree
        let trials = YAMLTree.scalar("\(FuzzCommand.trials)", quoted: false)
        if command == .check || (tree["trials"] == nil && tree["protocol"] == nil) {
            tree = tree.setting("trials", to: trials)
        }
        if tree["portal"] == nil && tree["screening"] == nil && tree["configurations"] == nil && tree["protocol"] == nil,
           case .mapping(let objects)? = tree["objects"], !objects.isEmpty {
            tree = tree.setting("portal", to: .mapping([YAMLTree.Entry("class", .scalar("cw-single-zone", quoted: false))]))
            tree = tree.setting("threats", to: .mapping([
                YAMLTree.Entry("objects", .sequence(objects.map { .scalar($0.key, quoted: false) })),
                YAMLTree.Entry("locations", .sequence([.scalar("waistband-front", quoted: false)])),
            ]))
        }
        if let protocolTree = tree["protocol"], case .mapping = protocolTree {
            tree = tree.setting(["protocol"], to: protocolTree.setting("passes", to: .scalar("\(FuzzCommand.protocolPasses)", quoted: false)))
        }
        return tree
    }
}

/// One mutated file and how to run it.
public struct Mutant: Sendable {
    public var index: Int
    public var source: String
    public var command: FuzzCommand
    public var mutations: [AppliedMutation]
    public var text: String

    /// A file name that says where the mutant came from: `0042-cw-mini-phones.yaml`.
    public var fileName: String {
        let base = source.split(separator: "/").last.map(String.init) ?? "scenario.yaml"
        let number = String(index)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number + "-" + base
    }
}

/// Makes mutant `index` of a seeded run, the same on every machine.
public struct MutantGenerator: Sendable {
    public var sources: [FuzzSource]
    public var seed: UInt64

    public init(sources: [FuzzSource], seed: UInt64) {
        precondition(!sources.isEmpty, "MutantGenerator: no scenario files to mutate")
        self.sources = sources
        self.seed = seed
    }

    /// Files in turn, so that every file gets its share; a file's commands in turn too.
    /// One to three mutations, each drawn again (up to 20 times) when it finds nothing
    /// to act on.
    public func mutant(_ index: Int) -> Mutant {
        var random = FuzzRandom(seed: seed, index: index)
        let source = sources[index % sources.count]
        let commands = source.commands
        let command = commands[(index / sources.count) % commands.count]
        var tree = source.prepared(for: command)
        var applied: [AppliedMutation] = []
        let count = 1 + random.below(3)
        var attempts = 0
        while applied.count < count && attempts < 20 {
            attempts += 1
            if let (next, mutation) = tree.mutated(&random) {
                tree = next
                applied.append(mutation)
            }
        }
        return Mutant(index: index, source: source.path, command: command, mutations: applied, text: tree.text)
    }
}
