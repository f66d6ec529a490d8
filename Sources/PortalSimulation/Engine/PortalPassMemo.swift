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

extension Engine {
    /// Portal `p`'s pass of this person on the stage stream `stream` (already seeded
    /// for the pass), simulated or reused from an earlier configuration's identical pass
    /// (see ``PortalPassMemo``), decided by portal `p`'s thresholds.
    func portalPass(_ p: Int, stream: UInt64, walker: PersonSampler.Walker, carried: [CarriedItem], worker: Worker,
                    random: RandomStream) -> PassSimulator.Outcome {
        let group = passGroups[p]
        if reusesPortalPasses, let made = worker.passes.pass(group: group, stream: stream) {
            return portals[p].outcome(zonePeaksV: made.zonePeaksV, dipoleFlagged: made.dipoleFlagged)
        }
        guard let simulator = worker.simulators[group] else { preconditionFailure("Engine: no simulator for portal group \(group)") }
        worker.objects.removeAll(keepingCapacity: true)
        for item in carried { worker.objects.append((models[group][item.objectIndex], item.placement)) }
        let dipoleFlagged = simulator.passPeaks(speedMPerS: walker.speedMPerS, lateralOffsetM: walker.lateralOffsetM,
                                                stridePhase: walker.stridePhase, objects: worker.objects, random: random)
        if reusesPortalPasses {
            worker.passes.record(group: group, stream: stream, zonePeaksV: simulator.zonePeakV, dipoleFlagged: dipoleFlagged)
        }
        return portals[p].outcome(zonePeaksV: simulator.zonePeakV[...], dipoleFlagged: dipoleFlagged)
    }
}
