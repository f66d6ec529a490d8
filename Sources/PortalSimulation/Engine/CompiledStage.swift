/// A stage ready for a run (see ``ScreeningStageKind/compile(_:streamID:)``): it holds
/// everything it needs, and walks a person with what the pipeline hands it — the person,
/// their stage stream, the shared portal passes, scratch space, its tally — never with
/// the engine. It is called once per person and configuration that enters the stage, in
/// the pass loop: it must not allocate.
///
/// The pipeline counts who entered, alarmed and was found (``ScreeningTally/Stage``);
/// the stage records only what is its own (a portal its zones and peaks).
protocol CompiledStage: Sendable {
    /// The scratch values the stage overwrites per person (``StageContext/scratch``),
    /// for walkers no slower than `minimumSpeedMPerS`.
    func scratchCount(minimumSpeedMPerS: Double) -> Int
    /// The zones of the portal tally the stage keeps (a portal stage's), nil for none.
    var portalZones: Int? { get }
    /// One person through the stage. Every random draw comes from `context.random`,
    /// seeded for this person, pass and stage, in an order that does not depend on the
    /// draws' results, so that configurations stay aligned.
    func walk(_ person: StagePerson, in context: StageContext, tally: inout ScreeningTally.Stage) -> StageOutcome
}

extension CompiledStage {
    func scratchCount(minimumSpeedMPerS: Double) -> Int { 0 }
    var portalZones: Int? { nil }
}

/// The person a stage examines: how they walk, and what they carry (a threat first).
struct StagePerson {
    let walker: PersonSampler.Walker
    let carried: [CarriedItem]
}

/// What the pipeline hands every stage beside the person: one per worker, its parts
/// reused for every person.
struct StageContext {
    /// The stage's stream, seeded for this person, pass and stage.
    let random: RandomStream
    /// The portal passes the current person has made so far, shared by the configurations.
    let portalPasses: PortalPasses
    /// At least every stage's `scratchCount` values, overwritten by each stage in turn.
    let scratch: UnsafeMutableBufferPointer<Double>
}

/// What a stage came to for one person.
struct StageOutcome {
    var alarmed: Bool
    /// The threat was found (located and recovered).
    var found: Bool
    /// A portal stage's pass, for passes.csv; nil for other stages.
    var portalPass: PassSimulator.Outcome? = nil
}
