/// The stage kinds a scenario file may name, in the order messages list them: the
/// schema's list of kinds. It is a value handed to the decoder, not a global registry,
/// so that a test (or a tool built on the package) reads a kind of its own by passing
/// `StageKinds.standard.adding(MyKind.self)`, and nothing else sees it.
struct StageKinds: @unchecked Sendable {
    // @unchecked: an immutable list of metatypes, which carry no state.
    let types: [any ScreeningStageKind.Type]

    /// The kinds of the package: portal, the three parametric searches, wand, pillars.
    static let standard = StageKinds(types: [PortalStage.self, ParametricSearch.self, WandStage.self, PillarStage.self])

    init(types: [any ScreeningStageKind.Type]) {
        let names = types.flatMap { $0.kindNames }
        precondition(Set(names).count == names.count, "StageKinds: two kinds named alike in \(names)")
        self.types = types
    }

    /// These kinds and `type`'s, after them.
    func adding(_ type: any ScreeningStageKind.Type) -> StageKinds {
        StageKinds(types: types + [type])
    }

    /// Every kind name, in order.
    var names: [String] { types.flatMap { $0.kindNames } }

    /// The type that reads stages of kind `name`.
    func type(named name: String) -> (any ScreeningStageKind.Type)? {
        types.first { $0.kindNames.contains(name) }
    }

    /// The keys only stages of kind `name` take (none for an unknown kind).
    func keys(of name: String) -> [String] { type(named: name)?.keys ?? [] }
}
