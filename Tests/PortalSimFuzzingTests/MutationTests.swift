import Testing
@testable import PortalSimFuzzing

/// The fuzzer's mutants: the same seed makes the same files, each mutation does what
/// it says, and the YAML written reads back as the tree it came from.
struct MutationTests {
    static let scenario = """
        name: t
        seed: 7
        trials: 500
        portal:
          class: cw-single-zone
          detector: {mode: cw, frequencies: [5 kHz, 20 kHz], sensitivity: 50, noise: 50 nV}
        description: "quoted: with a colon"
        threats:
          objects: [smartphone]
          locations: [ankle-sock, groin]
        expect:
          - {metric: detection, at_least: 90 %}
        """

    static func source() throws -> FuzzSource { try FuzzSource(path: "scenarios/ci/t.yaml", text: scenario) }

    /// SplitMix64's published first outputs for seed 0 (Vigna's reference code), so the
    /// stream is the algorithm's and not this toolchain's.
    @Test func randomStreamIsSplitMix64() {
        var random = FuzzRandom(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
        var bounded = FuzzRandom(seed: 99)
        let draws = (0..<1000).map { _ in bounded.below(7) }
        #expect(draws.allSatisfy { (0..<7).contains($0) })
        #expect(Set(draws).count == 7)
    }

    @Test func sameSeedSameMutantsOtherSeedOthers() throws {
        let a = MutantGenerator(sources: [try Self.source()], seed: 1)
        let b = MutantGenerator(sources: [try Self.source()], seed: 1)
        let c = MutantGenerator(sources: [try Self.source()], seed: 2)
        let first = (0..<40).map { a.mutant($0).text }
        #expect(first == (0..<40).map { b.mutant($0).text })
        #expect(first != (0..<40).map { c.mutant($0).text })
        // A mutant does not depend on those made before it.
        #expect(a.mutant(17).text == first[17])
        #expect(Set(first).count > 30, "the mutants should differ from one another")
        // Every mutant changed the file.
        let prepared = try Self.source().prepared(for: .check).text
        #expect(first.allSatisfy { $0 != prepared })
    }

    @Test func writtenTreeReadsBackTheSame() throws {
        let tree = try YAMLTree(yaml: Self.scenario)
        #expect(try YAMLTree(yaml: tree.text) == tree)
        #expect(tree["portal"]?["detector"]?["frequencies"] == .sequence([.scalar("5 kHz", quoted: false), .scalar("20 kHz", quoted: false)]))
        #expect(tree["description"] == .scalar("quoted: with a colon", quoted: true))
        #expect(YAMLTree.scalar("", quoted: false).text == "\"\"\n")
    }

    /// A file with `expect:` is checked and run in turn; the checked one runs 20 trials.
    @Test func commandsAndPreparation() throws {
        let source = try Self.source()
        #expect(source.commands == [.check, .run])
        #expect(source.prepared(for: .check)["trials"] == .scalar("20", quoted: false))
        #expect(source.prepared(for: .run)["trials"] == .scalar("500", quoted: false))
        let generator = MutantGenerator(sources: [source], seed: 3)
        #expect(generator.mutant(0).command == .check && generator.mutant(1).command == .run)
        let protocolFile = try FuzzSource(path: "p.yaml", text: "name: p\nprotocol: {object: x, points: []}\n")
        #expect(protocolFile.commands == [.qualify])
        #expect(protocolFile.prepared(for: .qualify)["protocol"]?["passes"] == .scalar("2", quoted: false))
        // A portal file gets trials; a file of objects a portal and its objects as threats.
        let portalFile = try FuzzSource(path: "p.yaml", text: "portal: {class: pi-multi-zone}\n")
        #expect(portalFile.prepared(for: .run)["trials"] == .scalar("20", quoted: false))
        let objectsFile = try FuzzSource(path: "o.yaml", text: "name: o\nobjects:\n  ring: {like: euro-1}\n  washer: {like: euro-2}\n")
        let prepared = objectsFile.prepared(for: .run)
        #expect(prepared["portal"]?["class"] == .scalar("cw-single-zone", quoted: false))
        #expect(prepared["threats"]?["objects"] == .sequence([.scalar("ring", quoted: false), .scalar("washer", quoted: false)]))
        #expect(FuzzCommand.run.arguments(file: "f.yaml", output: "o")
            == ["run", "f.yaml", "--trials", "20", "--threads", "1", "--output", "o"])
    }

    @Test func hostileValuesAreWrittenVerbatim() throws {
        let tree = try YAMLTree(yaml: "a: 1\nb: {c: 22 cm}\n")
        let mutated = tree.updating(at: [.entry(1), .entry(0)]) { _ in .raw("050") }
        #expect(mutated.text == "a: 1\nb:\n  c: 050\n")
    }

    /// Each kind, forced, changes what it says it changes.
    @Test func eachKindActsWhereItSays() throws {
        let tree = try YAMLTree(yaml: Self.scenario)
        for kind in MutationKind.allCases {
            var changed = false
            for seed in 0..<20 {
                var random = FuzzRandom(seed: UInt64(seed))
                guard let (mutant, applied) = tree.mutated(kind, &random) else { continue }
                #expect(applied.kind == kind)
                #expect(mutant != tree, "\(kind) \(applied)")
                changed = true
            }
            #expect(changed, "\(kind) never applied")
        }
        var random = FuzzRandom(seed: 5)
        let (unitless, applied) = try #require(tree.mutated(.unitlessNumber, &random))
        let value = try #require(unitless.positions.first { $0.keyPath == applied.keyPath }?.node)
        guard case .raw(let text) = value else { Issue.record("expected a raw value, got \(value)"); return }
        #expect(Double(text) != nil && applied.detail == text)
        var keys = FuzzRandom(seed: 8)
        let (deleted, deletion) = try #require(tree.mutated(.deleteKey, &keys))
        #expect(!deleted.positions.contains { $0.keyPath == deletion.keyPath })
    }

    @Test func misspeltKeysDiffer() {
        var random = FuzzRandom(seed: 11)
        for key in ["trials", "at_least", "x", "mode"] {
            for _ in 0..<20 { #expect(YAMLTree.misspelt(key, &random) != key) }
        }
    }
}
