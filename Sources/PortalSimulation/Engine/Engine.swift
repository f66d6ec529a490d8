import PortalPhysics

/// One case of a run: a threat object at a body location, or the innocent population.
public struct RunCase: Sendable {
    enum Content: Sendable {
        case threat(CarriedObjectModel, BodyLocation, Threats.Attitude)
        case innocent([(CarriedObjectModel, Population.Item)])
    }

    public let key: CaseKey
    let content: Content
}

/// The Monte Carlo engine: every case's passes in blocks, each block's random stream
/// determined by (seed, case, block) only, blocks spread over the workers, tallies
/// added in block order. Same scenario and seed: the same tallies, whatever the thread
/// count or the sharding.
public struct Engine: Sendable {
    public static let blockSize = 500

    public let scenario: RunScenario
    public let compiled: CompiledPortal
    public let cases: [RunCase]

    public init(scenario: RunScenario, threads: Int) {
        self.scenario = scenario
        compiled = CompiledPortal(portal: scenario.portal, settings: scenario.detector, threads: threads)
        let configuration = scenario.name
        var cases: [RunCase] = []
        let compiled = self.compiled
        func model(_ entry: ObjectEntry) -> CarriedObjectModel {
            CarriedObjectModel(name: entry.name, channelTensors: compiled.channelTensors(of: entry.spectrum))
        }
        if let threats = scenario.threats {
            for object in threats.objects {
                let m = model(object)
                for location in threats.locations {
                    cases.append(RunCase(key: CaseKey(configuration: configuration, object: object.name, location: location.name, isInnocent: false),
                                         content: .threat(m, location, threats.attitude)))
                }
            }
        }
        let items = scenario.population.items.map { (model($0.object), $0) }
        cases.append(RunCase(key: CaseKey(configuration: configuration, object: scenario.population.name, location: "-", isInnocent: true),
                             content: .innocent(items)))
        self.cases = cases
    }

    /// The blocks a case of `trials` passes needs.
    public static func blockCount(trials: Int) -> Int { (trials + blockSize - 1) / blockSize }

    /// Runs every case (or this shard's slice of each) and returns the tallies.
    public func run(threads: Int, shard: ShardSpec? = nil, progress: (@Sendable (Int) -> Void)? = nil) throws(ResultsError) -> TallySet {
        let trials = scenario.trials
        let blocks = Self.blockCount(trials: trials)
        let range = shard?.trialRange(ofBlocks: blocks) ?? 0..<blocks
        let work = cases.indices.flatMap { c in range.map { (c, $0) } }
        let engine = self
        let tallies = ParallelSlots.map(count: work.count, threads: threads) { i in
            let (c, b) = work[i]
            let passes = Swift.min(Self.blockSize, trials - b * Self.blockSize)
            let tally = engine.runBlock(caseIndex: c, block: b, passes: passes)
            progress?(passes)
            return tally
        }
        var set = TallySet()
        for (i, tally) in tallies.enumerated() {
            try set.add(tally, for: cases[work[i].0].key)
        }
        return set
    }

    /// `passes` passes of case `caseIndex` from the start of block `block`'s stream.
    public func runBlock(caseIndex: Int, block: Int, passes: Int) -> CaseTally {
        var tally = CaseTally(zoneCount: compiled.zoneCount)
        guard let random = RandomStream() else { return tally }
        random.reseed(seed: scenario.seed, caseIndex: caseIndex, block: block)
        let simulator = PassSimulator(compiled: compiled, minimumSpeedMPerS: scenario.population.speedRangeMPerS.lowerBound)
        let sampler = PersonSampler(population: scenario.population)
        var objects: [(CarriedObjectModel, Placement)] = []
        objects.reserveCapacity(8)
        for _ in 0..<passes {
            let walker = sampler.walker(random)
            objects.removeAll(keepingCapacity: true)
            switch cases[caseIndex].content {
            case .threat(let model, let location, let attitude):
                objects.append((model, sampler.placement(at: location, for: walker, attitude: attitude, random)))
            case .innocent(let items):
                for (model, item) in items where random.uniform() < item.probability {
                    objects.append((model, sampler.placement(at: item.location, for: walker, attitude: .typical, random)))
                }
            }
            let outcome = simulator.pass(speedMPerS: walker.speedMPerS, lateralOffsetM: walker.lateralOffsetM,
                                         stridePhase: walker.stridePhase, objects: objects, random: random)
            tally.record(alarmed: outcome.alarmed, loudestZone: outcome.loudestZone, peakOverThreshold: outcome.peakOverThreshold)
        }
        return tally
    }
}
