/// The portal passes one person has made so far, for the configurations still to walk:
/// a pass is the same in every configuration whose portal makes the same passes (the
/// same coils and channel; `Engine.passGroups`) and whose stage draws from the same
/// stream, so it is simulated once and decided by each portal's own thresholds.
///
/// A person meets a handful of portal stages, so a short list searched in order beats
/// a dictionary; the zones' peaks lie in one flat buffer. Nothing is allocated once
/// the buffers have grown to a person's needs.
struct PortalPassMemo {
    private var entries: [(group: Int, stream: UInt64, dipoleFlagged: Bool, peaks: Range<Int>)] = []
    private var peaksV: [Double] = []

    mutating func clear() {
        entries.removeAll(keepingCapacity: true)
        peaksV.removeAll(keepingCapacity: true)
    }

    /// The zones' peaks and dipole flag of the pass made by group `group` on stream
    /// `stream`, if it was made for this person.
    func pass(group: Int, stream: UInt64) -> (zonePeaksV: ArraySlice<Double>, dipoleFlagged: Bool)? {
        for entry in entries where entry.group == group && entry.stream == stream {
            return (peaksV[entry.peaks], entry.dipoleFlagged)
        }
        return nil
    }

    mutating func record(group: Int, stream: UInt64, zonePeaksV: [Double], dipoleFlagged: Bool) {
        let start = peaksV.count
        peaksV.append(contentsOf: zonePeaksV)
        entries.append((group, stream, dipoleFlagged, start..<peaksV.count))
    }
}

/// One worker's portal passes: a pass simulator per group of portals that make the same
/// passes, and the current person's passes (``PortalPassMemo``). The portal stages of
/// every configuration share it through ``StageContext``.
final class PortalPasses {
    /// By portal index: the group's simulator at its first portal, nil at the others.
    let simulators: [PassSimulator?]
    /// Whether a configuration reuses the pass another configuration's portal of the same
    /// group made for the same person and stream (`Engine.reusesPortalPasses`).
    let reuses: Bool
    private var memo = PortalPassMemo()
    private var objects: [(CarriedObjectModel, Placement)] = []

    init(simulators: [PassSimulator?], reuses: Bool) {
        self.simulators = simulators
        self.reuses = reuses
        objects.reserveCapacity(16)
    }

    /// Forgets the passes of the person before.
    func newPerson() { memo.clear() }

    /// `portal`'s pass of `person` on the stage stream `stream` (`random`, already
    /// seeded for the pass), simulated by group `group`'s simulator with `models` or
    /// reused from an earlier configuration's identical pass, decided by `portal`'s
    /// thresholds.
    func outcome(of portal: CompiledPortal, group: Int, models: [CarriedObjectModel], stream: UInt64, person: StagePerson,
                 random: RandomStream) -> PassSimulator.Outcome {
        if reuses, let made = memo.pass(group: group, stream: stream) {
            return portal.outcome(zonePeaksV: made.zonePeaksV, dipoleFlagged: made.dipoleFlagged)
        }
        guard let simulator = simulators[group] else { preconditionFailure("PortalPasses: no simulator for portal group \(group)") }
        objects.removeAll(keepingCapacity: true)
        for item in person.carried { objects.append((models[item.objectIndex], item.placement)) }
        let walker = person.walker
        let dipoleFlagged = simulator.passPeaks(speedMPerS: walker.speedMPerS, lateralOffsetM: walker.lateralOffsetM,
                                                stridePhase: walker.stridePhase, objects: objects, random: random)
        if reuses {
            memo.record(group: group, stream: stream, zonePeaksV: simulator.zonePeakV, dipoleFlagged: dipoleFlagged)
        }
        return portal.outcome(zonePeaksV: simulator.zonePeakV[...], dipoleFlagged: dipoleFlagged)
    }
}
