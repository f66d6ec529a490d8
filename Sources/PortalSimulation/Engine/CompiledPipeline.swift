/// A screening configuration made ready for the engine: every stage compiled (see
/// ``CompiledStage``) with the identity of its random stream, and who may enter it.
struct CompiledPipeline: Sendable {
    let configuration: ScreeningConfiguration
    let stages: [any CompiledStage]
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
    /// By stage: the zones of its portal tally, nil for a stage without one.
    let portalZones: [Int?]

    /// Compiles every stage of `configuration` with `compiler`, which the configurations
    /// of a run share.
    /// - Parameter populations: the scenario's population names, in order (at most 64).
    init(configuration: ScreeningConfiguration, compiler: inout StageCompiler, populations: [String]) {
        precondition(configuration.stages.count <= 64, "CompiledPipeline: at most 64 stages")
        precondition(populations.count <= 64, "CompiledPipeline: at most 64 populations")
        self.configuration = configuration
        admittedPopulations = configuration.stages.map { stage in
            guard let names = stage.entry.populations else { return ~0 }
            return populations.indices.reduce(0) { mask, p in names.contains(populations[p]) ? mask | (1 << UInt64(p)) : mask }
        }
        var ranks: [String: Int] = [:]
        let streamIDs = configuration.stages.map { stage in
            let kind = stage.kindName
            defer { ranks[kind, default: 0] += 1 }
            return RandomStream.identity("stage\u{1F}\(kind)#\(ranks[kind, default: 0])")
        }
        self.streamIDs = streamIDs
        stages = zip(configuration.stages, streamIDs).map { stage, id in stage.kind.compile(&compiler, streamID: id) }
        portalZones = stages.map(\.portalZones)
        canFind = configuration.canFind
    }

    /// One empty tally of this pipeline, for a run of `configurations` configurations.
    func emptyTally(configurations: Int) -> ScreeningTally {
        ScreeningTally(stagePortalZones: portalZones, configurations: configurations)
    }

    /// One person through the pipeline: each stage in turn, if the person enters it,
    /// until a stage finds the threat. A stage for other populations than the person's
    /// (`population`, an index into the scenario's) is passed by, drawing nothing.
    /// Each stage entered draws from `context.random`, reseeded for (`seed`, `caseID`,
    /// `pass`) and the stage's stream. Counts into `tally`, leaves each portal stage's
    /// pass in `portalOutcomes` (nil: not a portal, or not entered) and returns whether
    /// the pipeline detected the person (threat: the item found, or an alarm when no
    /// stage can find; innocent: any alarm).
    func walk(_ person: StagePerson, isInnocent: Bool, population: Int, seed: UInt64, caseID: UInt64, pass: Int,
              context: StageContext, tally: inout ScreeningTally, portalOutcomes: inout [PassSimulator.Outcome?]) -> Bool {
        let stream = context.random
        var alarms: UInt64 = 0, route: UInt64 = 0
        var found = false, searched = false
        portalOutcomes.removeAll(keepingCapacity: true)
        for _ in stages { portalOutcomes.append(nil) }
        tally.trials += 1
        for s in stages.indices {
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
                stream.reseed(seed: seed, caseID: caseID, pass: pass, stream: ~streamIDs[s])
                if !(stream.uniform() < entry.share) { continue }
            }
            stream.reseed(seed: seed, caseID: caseID, pass: pass, stream: streamIDs[s])
            tally.stages[s].entered += 1
            route |= 1 << UInt64(s)
            if !entry.isEveryone { searched = true }
            let outcome = stages[s].walk(person, in: context, tally: &tally.stages[s])
            portalOutcomes[s] = outcome.portalPass
            if outcome.alarmed {
                alarms |= 1 << UInt64(s)
                tally.stages[s].alarms += 1
            }
            if outcome.found {
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
