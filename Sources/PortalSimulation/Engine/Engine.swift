import PortalPhysics

/// One pass as `--passes` reports it.
public struct PassRecord: Sendable {
    public let key: CaseKey
    /// The pass's index within its case, from 0.
    public let pass: Int
    public let female: Bool
    public let speedMPerS: Double
    public let lateralOffsetM: Double
    /// The height of the (first) carried object, m; nil when nothing was carried.
    public let objectHeightM: Double?
    public let objectsCarried: Int
    public let alarmed: Bool
    /// 1-based.
    public let loudestZone: Int
    public let peakOverThreshold: Double
}

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
        try runRecording(threads: threads, shard: shard, recordPasses: false, progress: progress).tallies
    }

    /// As `run`, and with `recordPasses` every pass's draws and outcome too, in case and
    /// pass order.
    public func runRecording(threads: Int, shard: ShardSpec? = nil, recordPasses: Bool,
                             progress: (@Sendable (Int) -> Void)? = nil) throws(ResultsError) -> (tallies: TallySet, passes: [PassRecord]) {
        let trials = scenario.trials
        let blocks = Self.blockCount(trials: trials)
        let range = shard?.trialRange(ofBlocks: blocks) ?? 0..<blocks
        let work = cases.indices.flatMap { c in range.map { (c, $0) } }
        let results = runBlocks(work, trials: trials, threads: threads, recordPasses: recordPasses, progress: progress)
        var set = TallySet()
        for (i, result) in results.enumerated() {
            try set.add(result.tally, for: cases[work[i].0].key)
        }
        return (set, results.flatMap(\.passes))
    }

    /// Runs each case until its 95% interval's half-width is at most `halfWidth` or it
    /// has `maxTrials` passes. Cases advance in rounds of `roundBlocks` blocks, and the
    /// decision to go on is taken on whole rounds only, so the result is the same for any
    /// thread count (the trials then need not be a multiple of anything).
    public func runUntilPrecise(halfWidth: Double, maxTrials: Int, threads: Int, roundBlocks: Int = 4,
                                progress: (@Sendable (Int) -> Void)? = nil) throws(ResultsError) -> TallySet {
        var tallies = cases.map { _ in CaseTally(zoneCount: compiled.zoneCount) }
        var nextBlock = cases.map { _ in 0 }
        let maxBlocks = Self.blockCount(trials: maxTrials)
        while true {
            let open = cases.indices.filter { c in
                nextBlock[c] < maxBlocks && (tallies[c].trials == 0 ||
                    ClopperPearson.halfWidth(successes: tallies[c].alarms, trials: tallies[c].trials) > halfWidth)
            }
            if open.isEmpty { break }
            let work = open.flatMap { c in (nextBlock[c]..<Swift.min(nextBlock[c] + roundBlocks, maxBlocks)).map { (c, $0) } }
            let results = runBlocks(work, trials: maxTrials, threads: threads, recordPasses: false, progress: progress).map(\.tally)
            for (i, tally) in results.enumerated() {
                let c = work[i].0
                tallies[c].merge(tally)
                nextBlock[c] = Swift.max(nextBlock[c], work[i].1 + 1)
            }
        }
        var set = TallySet()
        for (c, tally) in tallies.enumerated() { try set.add(tally, for: cases[c].key) }
        return set
    }

    /// Runs the given (case, block) pairs over `threads` workers, each block holding
    /// `blockSize` passes except a case's last, which ends at `trials`; results in
    /// `work` order.
    private func runBlocks(_ work: [(Int, Int)], trials: Int, threads: Int, recordPasses: Bool,
                           progress: (@Sendable (Int) -> Void)?) -> [(tally: CaseTally, passes: [PassRecord])] {
        let engine = self
        return ParallelSlots.map(count: work.count, threads: threads, workerState: { engine.makeWorker() }) { worker, i in
            let (c, b) = work[i]
            let passes = Swift.min(Self.blockSize, trials - b * Self.blockSize)
            let result = engine.runBlock(caseIndex: c, block: b, passes: passes, recordPasses: recordPasses, worker: worker)
            progress?(passes)
            return result
        }
    }

    /// What one worker keeps for all its blocks: its GSL generator (reseeded per block)
    /// and the pass simulator's buffers.
    final class Worker {
        let random: RandomStream?
        let simulator: PassSimulator

        init(random: RandomStream?, simulator: PassSimulator) {
            self.random = random
            self.simulator = simulator
        }
    }

    func makeWorker() -> Worker {
        Worker(random: RandomStream(),
               simulator: PassSimulator(compiled: compiled, minimumSpeedMPerS: scenario.population.speedRangeMPerS.lowerBound))
    }

    /// `passes` passes of case `caseIndex` from the start of block `block`'s stream.
    func runBlock(caseIndex: Int, block: Int, passes: Int, recordPasses: Bool = false, worker: Worker)
        -> (tally: CaseTally, passes: [PassRecord]) {
        var tally = CaseTally(zoneCount: compiled.zoneCount)
        var records: [PassRecord] = []
        guard let random = worker.random else { fatalError("GSL could not allocate a random number generator (out of memory)") }
        random.reseed(seed: scenario.seed, caseIndex: caseIndex, block: block)
        let simulator = worker.simulator
        let sampler = PersonSampler(population: scenario.population, apertureHalfWidthM: compiled.portal.aperture.widthM / 2)
        var objects: [(CarriedObjectModel, Placement)] = []
        objects.reserveCapacity(8)
        for index in 0..<passes {
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
            if recordPasses {
                records.append(PassRecord(key: cases[caseIndex].key, pass: block * Self.blockSize + index, female: walker.female,
                                          speedMPerS: walker.speedMPerS, lateralOffsetM: walker.lateralOffsetM,
                                          objectHeightM: objects.first?.1.heightM, objectsCarried: objects.count,
                                          alarmed: outcome.alarmed, loudestZone: outcome.loudestZone + 1,
                                          peakOverThreshold: outcome.peakOverThreshold))
            }
        }
        return (tally, records)
    }
}
