import PortalPhysics

/// One screening configuration: an ordered pipeline of stages that
/// every person meets in turn — a walk-through portal, then perhaps a wand, pillars, a
/// body scanner or a search, each entered by everyone, on an earlier alarm, or by a
/// random share (docs/physics.md#screening-stages).
///
/// A plain scenario (a portal and nothing else) is the configuration of one portal
/// stage named after the scenario; `portalsim run` and `portalsim compare` run both
/// through the same engine.
public struct ScreeningConfiguration: Sendable {
    public var name: String
    public var stages: [ScreeningStage]

    public init(name: String, stages: [ScreeningStage]) {
        self.name = name
        self.stages = stages
    }

    /// A portal alone, entered by everyone, at the planning figure of 6 s per person.
    public static func portalOnly(name: String, portal: Portal, detector: DetectorSettings) -> ScreeningConfiguration {
        ScreeningConfiguration(name: name, stages: [
            ScreeningStage(name: name, kind: PortalStage(portal: portal, settings: detector), entry: .everyone,
                           secondsPerPerson: 6, staff: 1, units: 1),
        ])
    }

    /// Whether some stage can find a hidden item (a wand, a scanner, a search). Without
    /// one, the pipeline's "detection" is an alarm, as the walk-through standards count
    /// it; with one, it is the item found.
    public var canFind: Bool { stages.contains { $0.canFind } }

    /// The narrowest clear width of the configuration's stages (its portals' apertures),
    /// m; nil when no stage bounds the walk.
    var walkwayWidthM: Double? { stages.compactMap(\.kind.walkwayWidthM).min() }

    /// The name a stage's portal tallies go under in results.csv: the configuration's
    /// name when it is a single stage, else "configuration/stage".
    public func label(ofStage index: Int) -> String {
        stages.count == 1 ? name : "\(name)/\(stages[index].name)"
    }
}
