import PortalPhysics

/// A screening configuration made ready for the engine: its portal stages point at the
/// engine's compiled portals, and every stage has the identity of its random stream.
struct CompiledPipeline: Sendable {
    enum Stage: Sendable {
        /// An index into `Engine.portals`.
        case portal(Int)
        case search(ParametricSearch)
        /// A wand stage, with the index of its frequency's tensors in `Engine.wandTensors`.
        case wand(WandStage, tensors: Int)
        case ferromagnetic(PillarStage)
    }

    let configuration: ScreeningConfiguration
    let stages: [Stage]
    /// Each stage's stream is named by its kind and its rank among the stages of that
    /// kind ("portal#0", "manual-search#0"): the first pat-down of two configurations
    /// draws the same numbers for the same person even when one of them has pillars in
    /// front of it, a configuration compared with itself agrees pass by pass, and a
    /// portal alone draws what the first portal of a longer pipeline draws. Stage names
    /// do not matter (docs/statistics.md#common-random-numbers).
    let streamIDs: [UInt64]
    let canFind: Bool
    /// By stage: bit p set when people of population p may enter it.
    let admittedPopulations: [UInt64]

    /// - Parameter populations: the scenario's population names, in order (at most 64).
    init(configuration: ScreeningConfiguration, stages: [Stage], populations: [String]) {
        precondition(stages.count <= 64, "CompiledPipeline: at most 64 stages")
        precondition(populations.count <= 64, "CompiledPipeline: at most 64 populations")
        self.configuration = configuration
        self.stages = stages
        admittedPopulations = configuration.stages.map { stage in
            guard let names = stage.entry.populations else { return ~0 }
            return populations.indices.reduce(0) { mask, p in names.contains(populations[p]) ? mask | (1 << UInt64(p)) : mask }
        }
        var ranks: [String: Int] = [:]
        streamIDs = configuration.stages.map { stage in
            let kind = stage.kind.name
            defer { ranks[kind, default: 0] += 1 }
            return RandomStream.identity("stage\u{1F}\(kind)#\(ranks[kind, default: 0])")
        }
        canFind = configuration.canFind
    }

    /// One person through the pipeline: each stage in turn, if the person enters it,
    /// until a stage finds the threat. A stage for other populations than the person's
    /// (`population`, an index into the scenario's) is passed by, drawing nothing.
    /// Counts into `tally` and returns whether the pipeline detected the person (threat:
    /// the item found, or an alarm when no stage can find; innocent: any alarm).
    func walk(_ walker: PersonSampler.Walker, carried: [CarriedItem], isInnocent: Bool, population: Int, engine: Engine, worker: Worker,
              stream: RandomStream, caseID: UInt64, pass: Int, tally: inout ScreeningTally) -> Bool {
        var alarms: UInt64 = 0, route: UInt64 = 0
        var found = false, searched = false
        worker.portalOutcomes.removeAll(keepingCapacity: true)
        for _ in stages { worker.portalOutcomes.append(nil) }
        tally.trials += 1
        for (s, stage) in stages.enumerated() {
            if found { break }
            let entry = configuration.stages[s].entry
            if admittedPopulations[s] & (1 << UInt64(population)) == 0 { continue }
            if let list = entry.onAlarmOf {
                let eligible = list.isEmpty ? alarms != 0 : list.contains { alarms & (1 << UInt64($0)) != 0 }
                if !eligible { continue }
            }
            if entry.share < 1 {
                // The lottery has a stream of its own, so that a stage entered by a share
                // draws the same noise as the same stage entered by all.
                stream.reseed(seed: engine.scenario.seed, caseID: caseID, pass: pass, stream: ~streamIDs[s])
                if !(stream.uniform() < entry.share) { continue }
            }
            stream.reseed(seed: engine.scenario.seed, caseID: caseID, pass: pass, stream: streamIDs[s])
            tally.stages[s].entered += 1
            route |= 1 << UInt64(s)
            if !entry.isEveryone { searched = true }
            var stageAlarm = false, stageFound = false
            switch stage {
            case .portal(let p):
                let outcome = engine.portalPass(p, stream: streamIDs[s], walker: walker, carried: carried,
                                                worker: worker, random: stream)
                tally.stages[s].portal?.record(alarmed: outcome.alarmed, loudestZone: outcome.loudestZone,
                                               peakOverThreshold: outcome.peakOverThreshold, dipoleFlagged: outcome.dipoleFlagged)
                worker.portalOutcomes[s] = outcome
                stageAlarm = outcome.alarmed
            case .search(let search):
                (stageAlarm, stageFound) = search.examine(carried, random: stream)
            case .wand(let wand, let tensors):
                (stageAlarm, stageFound) = worker.examine(carried, with: wand, tensors: engine.wandTensors[tensors], random: stream)
            case .ferromagnetic(let pillars):
                stageAlarm = worker.walk(walker, carried: carried, past: pillars, magnetostatics: engine.magnetostatics,
                                         random: stream)
            }
            if stageAlarm {
                alarms |= 1 << UInt64(s)
                tally.stages[s].alarms += 1
            }
            if stageFound {
                found = true
                tally.stages[s].found += 1
            }
        }
        if alarms != 0 { tally.alarmed += 1 }
        if searched { tally.searched += 1 }
        tally.routes[route, default: 0] += 1
        let detected = isInnocent || !canFind ? alarms != 0 : found
        if detected { tally.detected += 1 }
        return detected
    }
}

extension ParametricSearch {
    /// One person examined: a false alarm with its probability; each carried item seen
    /// with the probability of its location's class; a threat seen is recovered with
    /// `recovery`. The draws come in a fixed order whatever their results, so that the
    /// stream stays aligned between configurations.
    func examine(_ carried: [CarriedItem], random: RandomStream) -> (alarm: Bool, found: Bool) {
        var alarm = random.uniform() < falseAlarm
        var found = false
        for item in carried {
            let seen = random.uniform() < probability(item.location.locationClass)
            let recovered = random.uniform() < recovery
            guard seen else { continue }
            if item.isThreat {
                alarm = true
                found = found || recovered
            } else if alarmsOnInnocentItems {
                alarm = true
            }
        }
        return (alarm, found)
    }
}
