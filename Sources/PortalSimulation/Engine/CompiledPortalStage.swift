import PortalPhysics

/// A portal stage ready for a run: its compiled portal (thresholds, zones), the models of
/// the objects in its pass group's channel, and the identity of its stream, under which
/// its pass is shared with other configurations (``PortalPasses``).
struct CompiledPortalStage: CompiledStage {
    /// The index of the portal in `Engine.portals`.
    let index: Int
    let portal: CompiledPortal
    /// The first portal index whose passes are this portal's (`Engine.passGroups`).
    let group: Int
    /// `models[o]`: object `o`'s channel tensors in the group's channel.
    let models: [CarriedObjectModel]
    let streamID: UInt64

    var portalZones: Int? { portal.zoneCount }

    func walk(_ person: StagePerson, in context: StageContext, tally: inout ScreeningTally.Stage) -> StageOutcome {
        let outcome = context.portalPasses.outcome(of: portal, group: group, models: models, stream: streamID,
                                                   person: person, random: context.random)
        tally.portal?.record(alarmed: outcome.alarmed, loudestZone: outcome.loudestZone,
                             peakOverThreshold: outcome.peakOverThreshold, dipoleFlagged: outcome.dipoleFlagged)
        return StageOutcome(alarmed: outcome.alarmed, found: false, portalPass: outcome)
    }
}
