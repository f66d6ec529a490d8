import PortalPhysics

/// The wand as a stage kind: its keys are read by ``SensorStageDescription``; compiled,
/// it holds every object's tensor at the wand's frequency.
extension WandStage: ScreeningStageKind {
    static let kindNames = ["wand"]
    static let keys = ["wand", "reference", "noise", "standoff", "skip", "sweep_spacing", "recovery"]
    static func standardSeconds(kindName: String) -> Double { Self.standardSeconds }

    /// The officer searches where the wand sounds.
    var canFind: Bool { true }

    static func decode(_ m: YAMLMapping, kindName: String, in context: StageDecodingContext,
                       _ d: inout DiagnosticCollector) -> WandStage? {
        SensorStageDescription.decodeWand(m, catalog: context.catalog, &d)
    }

    /// The tensors at the wand's frequency are computed once per run and frequency,
    /// whichever stages use them.
    func compile(_ compiler: inout StageCompiler, streamID: UInt64) -> any CompiledStage {
        let frequencyHz = wand.frequencyHz
        let tensors = compiler.shared(WandTensorsKey(frequencyHz: frequencyHz)) { objects in
            WandStage.tensors(of: objects, frequencyHz: frequencyHz)
        }
        return CompiledWandStage(stage: self, tensors: tensors)
    }

    /// What `StageCompiler.shared` keeps the wand tensors of one frequency under.
    struct WandTensorsKey: Hashable, Sendable {
        let frequencyHz: Double
    }
}
