/// A kind of screening stage, as one type: the keys a scenario file gives it, how it is
/// read from them, and what it becomes for a run (a ``CompiledStage``, which walks a
/// person with what the pipeline hands it). A new kind is one type conforming to this and
/// its entry in ``StageKinds``: the decoder, the engine and the tables need no change.
///
/// The common keys (`name`, `enters`, `time`, `staff`, `units`) and who enters the stage
/// are not the kind's business: ``ScreeningDescription`` reads them for every kind.
protocol ScreeningStageKind: Sendable {
    /// The names a scenario file gives this type's stages under `kind:` (the parametric
    /// searches are three kinds of one type).
    static var kindNames: [String] { get }
    /// The keys only stages of this type take, for the decoder's unknown-key messages.
    static var keys: [String] { get }
    /// The time a person spends in a stage of kind `kindName` that gives no `time`, s.
    static func standardSeconds(kindName: String) -> Double
    /// The officers busy with a person in a stage that gives no `staff`.
    static var standardStaff: Double { get }
    /// Reads a stage of kind `kindName` (one of `kindNames`) from its own keys in `m`,
    /// reporting every problem at its key; nil when there was one.
    static func decode(_ m: YAMLMapping, kindName: String, in context: StageDecodingContext,
                       _ d: inout DiagnosticCollector) -> Self?

    /// The scenario-file name of this stage's kind: it names the stage's random stream
    /// (see ``CompiledPipeline/streamIDs``) and the `kind` column of stages.csv.
    var kindName: String { get }
    /// Whether the stage can find (locate and recover) a hidden item, rather than only alarm.
    var canFind: Bool { get }
    /// The clear width a person walks through at this stage, m; nil when the stage does
    /// not bound the walk (a search, a wand). See ``RunScenario/walkwayWidthM``.
    var walkwayWidthM: Double? { get }
    /// The stage ready for a run: everything it needs to walk a person (models, tensors,
    /// thresholds, its stream's identity `streamID`), computed once. What several stages
    /// of a run share (a portal's grid, an object's tensors at a frequency) comes from
    /// `compiler`, which computes it once for all of them.
    func compile(_ compiler: inout StageCompiler, streamID: UInt64) -> any CompiledStage
}

extension ScreeningStageKind {
    static var standardStaff: Double { 1 }
    var kindName: String { Self.kindNames[0] }
    var walkwayWidthM: Double? { nil }
}

/// What a stage's decoding may refer to besides its own keys.
struct StageDecodingContext {
    /// The stage's mapping, for messages about the stage as a whole.
    let stage: YAMLValue
    /// The configuration's portal (its own laid over the top-level one), if any.
    let configurationPortal: YAMLValue?
    /// The portals of `portals:`, by name.
    let namedPortals: [String: YAMLValue]
    /// The objects a stage may name (a wand's reference).
    let catalog: ObjectCatalog
}
