import PortalPhysics

/// The pillars as a stage kind: their keys are read by ``SensorStageDescription``;
/// compiled, they hold every object's magnetostatics.
extension PillarStage: ScreeningStageKind {
    static let kindNames = ["ferromagnetic"]
    static let keys = ["noise", "threshold", "sample_rate", "earth_field", "walking_azimuth"]
    static func standardSeconds(kindName: String) -> Double { Self.standardSeconds }

    /// Pillars point at no place on the body: an alarm only.
    var canFind: Bool { false }

    static func decode(_ m: YAMLMapping, kindName: String, in context: StageDecodingContext,
                       _ d: inout DiagnosticCollector) -> PillarStage? {
        SensorStageDescription.decodePillars(m, &d)
    }

    /// The objects' magnetostatics are computed once per run, whichever stages use them.
    func compile(_ compiler: inout StageCompiler, streamID: UInt64) -> any CompiledStage {
        let magnetostatics = compiler.shared(MagnetostaticsKey()) { objects in objects.map { Magnetostatics($0.spectrum) } }
        return CompiledPillarStage(stage: self, magnetostatics: magnetostatics)
    }

    /// What `StageCompiler.shared` keeps the objects' magnetostatics under.
    struct MagnetostaticsKey: Hashable, Sendable {}
}
