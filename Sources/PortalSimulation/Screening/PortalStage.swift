import PortalPhysics

/// A walk-through metal detector stage: a portal at its detector settings, simulated
/// pass by pass (the physics engine; ``CompiledPortalStage``).
///
/// ```yaml
/// screening:
///   - {name: wtmd, kind: portal}                        # the configuration's portal
///   - {name: pi, kind: portal, portal: pi-early}        # a portal of `portals:`
///   - {name: hot, kind: portal, portal: {detector: {sensitivity: 70}}}   # laid over it
/// ```
struct PortalStage: Equatable, Sendable {
    var portal: Portal
    var settings: DetectorSettings
}

extension PortalStage: ScreeningStageKind {
    static let kindNames = ["portal"]
    static let keys = ["portal"]

    /// 6 s per person: the planning figure for a walk-through portal.
    static func standardSeconds(kindName: String) -> Double { 6 }

    /// A portal alarms; it points at no item to recover.
    var canFind: Bool { false }

    /// People walk through the portal's aperture.
    var walkwayWidthM: Double? { portal.aperture.widthM }

    static func decode(_ m: YAMLMapping, kindName: String, in context: StageDecodingContext,
                       _ d: inout DiagnosticCollector) -> PortalStage? {
        decodeStagePortal(m.optional("portal"), in: context, &d).map { PortalStage(portal: $0.portal, settings: $0.settings) }
    }

    /// A stage's portal: a name from `portals:`, a mapping laid over the configuration's
    /// portal, or (absent) the configuration's portal.
    static func decodeStagePortal(_ value: YAMLValue?, in context: StageDecodingContext,
                                  _ d: inout DiagnosticCollector) -> (portal: Portal, settings: DetectorSettings)? {
        guard let value else {
            guard let configurationPortal = context.configurationPortal else {
                d.report(context.stage.diagnostic("a portal stage needs a portal: give 'portal' here or a top-level 'portal'"))
                return nil
            }
            return PortalDescription.decodeSetup(configurationPortal, reporting: &d)
        }
        if case .scalar = value.node {
            guard let name = value.string(reporting: &d) else { return nil }
            guard let portal = context.namedPortals[name] else {
                let hint = SpellingSuggestion.closest(to: name, among: Array(context.namedPortals.keys)).map { "; did you mean '\($0)'?" } ?? ""
                d.report(value.diagnostic("no portal named '\(name)' in 'portals'\(hint)"))
                return nil
            }
            return PortalDescription.decodeSetup(portal, reporting: &d)
        }
        return PortalDescription.decodeSetup(ScreeningDescription.laid(value, over: context.configurationPortal), reporting: &d)
    }

    func compile(_ compiler: inout StageCompiler, streamID: UInt64) -> any CompiledStage {
        let index = compiler.portal(self)
        return CompiledPortalStage(index: index, portal: compiler.portals[index], group: compiler.passGroups[index],
                                   models: compiler.models[compiler.passGroups[index]], streamID: streamID)
    }
}
