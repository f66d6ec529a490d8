import PortalPhysics

/// One pass as `--passes` reports it: one person through one portal stage.
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
/// Cases do not belong to a configuration: every configuration meets the same people.
public struct RunCase: Sendable {
    enum Content: Sendable {
        /// The index of the threat in `Engine.objects`.
        case threat(Int, BodyLocation, Threats.Attitude)
        case innocent
    }

    /// The device's name, or the population's for the innocent case.
    public let object: String
    /// The body location's name, "-" for the innocent case.
    public let location: String
    public let isInnocent: Bool
    let content: Content
    /// The index in `RunScenario.populations` of the case's walkers: the threats'
    /// carrier population, or the innocent case's own.
    let population: Int
    /// What seeds the case's streams: a hash of its names, so that the same case meets
    /// the same people in any file that has it, whatever else the file holds.
    let identity: UInt64
    /// A placement the carrier chose, applied to every pass of a threat case after the
    /// usual draws (see `Engine.drawPerson`); nil for the population's own spread.
    var placement: PlacementOverride? = nil

    public func key(configuration: String) -> CaseKey {
        CaseKey(configuration: configuration, object: object, location: location, isInnocent: isInnocent)
    }
}

/// What a run came to: every configuration's pipeline tallies per case, and the portal
/// stages' tallies in the form `results.csv` reports.
public struct RunTallies: Equatable, Sendable {
    /// By case, with `configuration` the configuration's name.
    public var screening: [CaseKey: ScreeningTally]
    /// By case, with `configuration` the portal stage's label (see
    /// `ScreeningConfiguration.label(ofStage:)`): a plain scenario's are keyed by its name.
    public var portals: TallySet

    public init(screening: [CaseKey: ScreeningTally], portals: TallySet) {
        self.screening = screening
        self.portals = portals
    }

    /// The tally of `key`'s case in configuration `key.configuration`.
    public subscript(key: CaseKey) -> ScreeningTally? { screening[key] }
}

/// The Monte Carlo engine: every case's passes in blocks; every pass's random draws
/// from streams determined by (seed, case, pass) — one for the person and what they
/// carry, one per stage — never by thread scheduling. Same scenario and seed: the same
/// tallies, whatever the thread count or the sharding; and the same people, items and
/// attitudes in every configuration (common random numbers). See
/// docs/statistics.md#cases-passes-and-blocks and docs/statistics.md#shards-and-determinism.
public struct Engine: Sendable {
    public static let blockSize = 500

    /// Settable inside the module only for `reseeded(_:)`: one engine's compiled parts
    /// serve runs at other seeds.
    public internal(set) var scenario: RunScenario
    /// Settable inside the module only for `placing(_:inCase:)`.
    public internal(set) var cases: [RunCase]
    /// Every object a case can carry: the threats, then each population's items.
    let objects: [ObjectEntry]
    /// `itemOffsets[p]`: the index in `objects` of population `p`'s first item.
    let itemOffsets: [Int]
    /// The compiled portals of every portal stage (stages with the same portal share
    /// one; the same coils with other settings share its grid).
    let portals: [CompiledPortal]
    /// `passGroups[p]`: the first portal index whose passes are portal `p`'s (the same
    /// coils and channel, another threshold at most): portals of one group share one
    /// pass simulator, and with `reusesPortalPasses` one simulated pass per person and
    /// stage stream.
    let passGroups: [Int]
    /// Whether a configuration reuses the pass that another configuration's portal of
    /// the same group made for the same person and stream, instead of simulating it
    /// again (the same numbers: the pass depends on nothing else). Off only in tests.
    let reusesPortalPasses: Bool
    /// `models[p][o]`: object `o`'s channel tensors for portal `p`.
    let models: [[CarriedObjectModel]]
    let pipelines: [CompiledPipeline]
    /// Half the scenario's walkway (``RunScenario/walkwayWidthM``): the samplers keep
    /// walkers inside it. Settable inside the module so that an engine of some of the
    /// configurations draws the same walkers as the whole scenario's (see
    /// `WorstCaseSearch`).
    var walkwayHalfWidthM: Double

    /// What in the model is not finite (nil: nothing): the first portal's grid value, an
    /// object's channel tensor, or a signal bound that overflows (``NonFiniteModel``).
    /// The run methods throw it before any pass.
    public let nonFiniteModel: NonFiniteModel?

    /// Every portal the configurations use, compiled.
    public var compiledPortals: [CompiledPortal] { portals }

    /// - Parameter reusing: portals compiled before (by another sweep point); a portal
    ///   with the same coils shares its grid instead of computing it again.
    public init(scenario: RunScenario, threads: Int, reusing: [CompiledPortal] = [], reusesPortalPasses: Bool = true) {
        self.scenario = scenario
        self.reusesPortalPasses = reusesPortalPasses
        var objects = scenario.threats?.objects ?? []
        var itemOffsets: [Int] = []
        for population in scenario.populations {
            itemOffsets.append(objects.count)
            objects += population.items.map(\.object)
        }
        self.objects = objects
        self.itemOffsets = itemOffsets

        // Each stage compiles itself; the compiler holds what stages share (portals,
        // their grids and models, tensors at a wand's frequency).
        var compiler = StageCompiler(objects: objects, threads: threads, reusing: reusing)
        let populationNames = scenario.populations.map(\.name)
        pipelines = scenario.configurations.map { configuration in
            CompiledPipeline(configuration: configuration, compiler: &compiler, populations: populationNames)
        }
        precondition(!pipelines.isEmpty, "Engine: a scenario needs at least one configuration")
        portals = compiler.portals
        passGroups = compiler.passGroups
        models = compiler.models
        walkwayHalfWidthM = scenario.walkwayWidthM / 2
        nonFiniteModel = zip(portals, models).lazy.compactMap { portal, models in
            portal.nonFinite ?? NonFiniteModel.check(models: models, in: portal)
                ?? NonFiniteModel.checkSignalBound(models: models, in: portal)
        }.first

        var cases: [RunCase] = []
        if let threats = scenario.threats {
            for (o, object) in threats.objects.enumerated() {
                for location in threats.locations {
                    cases.append(RunCase(object: object.name, location: location.name, isInnocent: false,
                                         content: .threat(o, location, threats.attitude), population: scenario.carrierIndex,
                                         identity: RandomStream.identity("threat\u{1F}\(object.name)\u{1F}\(location.name)")))
                }
            }
        }
        // Each population's innocent case is seeded by its name alone: a population
        // meets the same people whether the file has it alone or beside others.
        for (p, population) in scenario.populations.enumerated() {
            cases.append(RunCase(object: population.name, location: "-", isInnocent: true, content: .innocent, population: p,
                                 identity: RandomStream.identity("innocent\u{1F}\(population.name)")))
        }
        self.cases = cases
    }

    /// The blocks a case of `trials` passes needs.
    public static func blockCount(trials: Int) -> Int { (trials + blockSize - 1) / blockSize }

    /// Runs every case (or this shard's slice of each) and returns the portal stages' tallies.
    public func run(threads: Int, shard: ShardSpec? = nil, progress: (@Sendable (Int) -> Void)? = nil) throws(ResultsError) -> TallySet {
        try runRecording(threads: threads, shard: shard, recordPasses: false, progress: progress).tallies.portals
    }

    /// Runs every case (or this shard's slice of each) through every configuration, and
    /// with `recordPasses` every portal pass's draws and outcome too, in case and pass order.
    public func runRecording(threads: Int, shard: ShardSpec? = nil, recordPasses: Bool,
                             progress: (@Sendable (Int) -> Void)? = nil) throws(ResultsError) -> (tallies: RunTallies, passes: [PassRecord]) {
        if let nonFiniteModel { throw .nonFiniteModel(nonFiniteModel) }
        let trials = scenario.trials
        let blocks = Self.blockCount(trials: trials)
        let range = shard?.trialRange(ofBlocks: blocks) ?? 0..<blocks
        let work = cases.indices.flatMap { c in range.map { (c, $0) } }
        let configurations = pipelines.indices
        let (perCase, passes) = runBlocks(work, trials: trials, threads: threads, recordPasses: recordPasses, progress: progress,
                                          into: (cases.map { _ in emptyTallies() }, [PassRecord]())) { sum, result, i in
            for k in configurations { sum.0[work[i].0][k].merge(result.tallies[k]) }
            sum.1 += result.passes
        }
        return (try collect(perCase), passes)
    }

    /// Runs each case until, in every configuration, its detection rate's 95 % interval
    /// has a half-width of at most `halfWidth`, or it has `maxTrials` passes. Cases
    /// advance in rounds of `roundBlocks` blocks, and the decision to go on is taken on
    /// whole rounds only, so the result is the same for any thread count
    /// (docs/statistics.md#precision-stopping).
    public func runUntilPrecise(halfWidth: Double, maxTrials: Int, threads: Int, roundBlocks: Int = 4,
                                progress: (@Sendable (Int) -> Void)? = nil) throws(ResultsError) -> RunTallies {
        if let nonFiniteModel { throw .nonFiniteModel(nonFiniteModel) }
        var perCase = cases.map { _ in emptyTallies() }
        var nextBlock = cases.map { _ in 0 }
        let maxBlocks = Self.blockCount(trials: maxTrials)
        while true {
            let open = cases.indices.filter { c in
                nextBlock[c] < maxBlocks && perCase[c].contains { tally in
                    tally.trials == 0 || ClopperPearson.halfWidth(successes: tally.detected, trials: tally.trials) > halfWidth
                }
            }
            if open.isEmpty { break }
            let work = open.flatMap { c in (nextBlock[c]..<Swift.min(nextBlock[c] + roundBlocks, maxBlocks)).map { (c, $0) } }
            let configurations = pipelines.indices
            (perCase, nextBlock) = runBlocks(work, trials: maxTrials, threads: threads, recordPasses: false, progress: progress,
                                             into: (perCase, nextBlock)) { sum, result, i in
                let c = work[i].0
                for k in configurations { sum.0[c][k].merge(result.tallies[k]) }
                sum.1[c] = Swift.max(sum.1[c], work[i].1 + 1)
            }
        }
        return try collect(perCase)
    }

    /// One empty tally per configuration.
    func emptyTallies() -> [ScreeningTally] {
        pipelines.map { $0.emptyTally(configurations: pipelines.count) }
    }

    /// Keys the per-case, per-configuration tallies, and gathers the portal stages' tallies.
    private func collect(_ perCase: [[ScreeningTally]]) throws(ResultsError) -> RunTallies {
        var screening: [CaseKey: ScreeningTally] = [:]
        var portalTallies = TallySet()
        for (c, tallies) in perCase.enumerated() {
            for (k, tally) in tallies.enumerated() {
                let configuration = pipelines[k].configuration
                screening[cases[c].key(configuration: configuration.name)] = tally
                for (s, stage) in tally.stages.enumerated() {
                    if let portal = stage.portal {
                        try portalTallies.add(portal, for: cases[c].key(configuration: configuration.label(ofStage: s)))
                    }
                }
            }
        }
        return RunTallies(screening: screening, portals: portalTallies)
    }

    /// Runs the given (case, block) pairs over `threads` workers, each block holding
    /// `blockSize` passes except a case's last, which ends at `trials`, and folds each
    /// block's result into `initial` as it finishes, in `work` order (see
    /// `OrderedFold`): a run keeps a few blocks' tallies, not one per block (a case of
    /// 10⁸ trials would otherwise hold 200,000 of them, over a gigabyte). The tallies
    /// are counts, so the sum is exact; the order keeps passes.csv in pass order.
    private func runBlocks<Sum>(_ work: [(Int, Int)], trials: Int, threads: Int, recordPasses: Bool,
                                progress: (@Sendable (Int) -> Void)?, into initial: Sum,
                                fold: @Sendable @escaping (inout Sum, (tallies: [ScreeningTally], passes: [PassRecord]), Int) -> Void) -> Sum {
        let engine = self
        return OrderedFold.run(count: work.count, threads: threads, into: initial, workerState: { engine.makeWorker() }, { worker, i in
            let (c, b) = work[i]
            let passes = Swift.min(Self.blockSize, trials - b * Self.blockSize)
            let result = engine.runBlock(caseIndex: c, block: b, passes: passes, recordPasses: recordPasses, worker: worker)
            progress?(passes)
            return result
        }, fold: fold)
    }

    func makeWorker() -> Worker {
        // Buffers for the slowest walker of any population (the longest pass).
        let minimumSpeed = scenario.populations.map(\.speedRangeMPerS.lowerBound).min() ?? Population.standard.speedRangeMPerS.lowerBound
        let portalPasses = PortalPasses(simulators: portals.indices.map { p in
            passGroups[p] == p ? PassSimulator(compiled: portals[p], minimumSpeedMPerS: minimumSpeed) : nil
        }, reuses: reusesPortalPasses)
        // One scratch buffer for every stage, as large as the largest needs: stages
        // overwrite it in turn, and no pass allocates.
        let scratch = pipelines.flatMap(\.stages).map { $0.scratchCount(minimumSpeedMPerS: minimumSpeed) }.max() ?? 0
        return Worker(person: RandomStream(), stage: RandomStream(), portalPasses: portalPasses, scratchCount: scratch)
    }

    /// `passes` passes of case `caseIndex` from the start of block `block`, through every
    /// configuration.
    func runBlock(caseIndex: Int, block: Int, passes: Int, recordPasses: Bool = false, worker: Worker)
        -> (tallies: [ScreeningTally], passes: [PassRecord]) {
        let person = worker.person
        var tallies = emptyTallies()
        var records: [PassRecord] = []
        let runCase = cases[caseIndex]
        let sampler = sampler(for: runCase)
        var detected = Array(repeating: false, count: pipelines.count)
        for index in 0..<passes {
            let pass = block * Self.blockSize + index
            person.reseed(seed: scenario.seed, caseID: runCase.identity, pass: pass, stream: 0)
            let carrier = drawPerson(runCase, sampler: sampler, random: person, into: &worker.carried)
            let walking = StagePerson(walker: carrier, carried: worker.carried)
            worker.context.portalPasses.newPerson()
            for (k, pipeline) in pipelines.enumerated() {
                let outcome = pipeline.walk(walking, isInnocent: runCase.isInnocent, population: runCase.population,
                                            seed: scenario.seed, caseID: runCase.identity, pass: pass, context: worker.context,
                                            tally: &tallies[k], portalOutcomes: &worker.portalOutcomes)
                detected[k] = outcome
                if recordPasses {
                    for (s, result) in worker.portalOutcomes.enumerated() {
                        guard let result else { continue }
                        records.append(PassRecord(key: runCase.key(configuration: pipeline.configuration.label(ofStage: s)), pass: pass,
                                                  female: carrier.female, speedMPerS: carrier.speedMPerS,
                                                  lateralOffsetM: carrier.lateralOffsetM,
                                                  objectHeightM: worker.carried.first?.placement.heightM,
                                                  objectsCarried: worker.carried.count, alarmed: result.alarmed,
                                                  loudestZone: result.loudestZone + 1, peakOverThreshold: result.peakOverThreshold))
                    }
                }
            }
            for k in pipelines.indices where detected[k] {
                for j in pipelines.indices where !detected[j] { tallies[k].detectedNotBy[j] += 1 }
            }
        }
        return (tallies, records)
    }

    /// The sampler of `runCase`'s walkers: their population's, in the scenario's walkway.
    func sampler(for runCase: RunCase) -> PersonSampler {
        PersonSampler(population: scenario.populations[runCase.population], apertureHalfWidthM: walkwayHalfWidthM)
    }

    /// Draws the walker and what they carry — the threat first — from the person stream.
    /// A case's placement override replaces the walker's speed and lateral offset and the
    /// threat's attitude after they are drawn, so every other draw keeps its place in the
    /// stream: the same sex, height, gait phase and items as without it.
    func drawPerson(_ runCase: RunCase, sampler: PersonSampler, random: RandomStream,
                            into carried: inout [CarriedItem]) -> PersonSampler.Walker {
        var walker = sampler.walker(random)
        carried.removeAll(keepingCapacity: true)
        var carriesItems = true
        if case .threat(let o, let location, let attitude) = runCase.content {
            var placement = sampler.placement(at: location, for: walker, attitude: attitude, random)
            if let fixed = runCase.placement {
                walker.speedMPerS = fixed.speedMPerS
                walker.lateralOffsetM = fixed.lateralOffsetM
                placement.attitude = fixed.attitude
            }
            carried.append(CarriedItem(objectIndex: o, location: location, isThreat: true, placement: placement))
            carriesItems = scenario.threats?.carrier == .population
        }
        if carriesItems {
            let offset = itemOffsets[runCase.population]
            for (i, item) in scenario.populations[runCase.population].items.enumerated() where random.uniform() < item.probability {
                carried.append(CarriedItem(objectIndex: offset + i, location: item.location, isThreat: false,
                                           placement: sampler.placement(at: item.location, for: walker, attitude: .typical, random)))
            }
        }
        return walker
    }
}

/// An object on a person for one pass.
struct CarriedItem {
    var objectIndex: Int
    var location: BodyLocation
    var isThreat: Bool
    var placement: Placement
}

/// What one worker keeps for all its blocks: the person stream, what the pipelines hand
/// every stage (the stage stream, the portal passes, scratch space; all repositioned or
/// overwritten per pass), and reusable buffers.
final class Worker {
    let person: RandomStream
    let context: StageContext
    var carried: [CarriedItem] = []
    /// The last pipeline walk's portal outcomes by stage (nil: not a portal, or not entered).
    var portalOutcomes: [PassSimulator.Outcome?] = []

    init(person: RandomStream, stage: RandomStream, portalPasses: PortalPasses, scratchCount: Int) {
        self.person = person
        let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: scratchCount)
        scratch.initialize(repeating: 0)
        context = StageContext(random: stage, portalPasses: portalPasses, scratch: scratch)
        carried.reserveCapacity(16)
    }

    deinit { context.scratch.deallocate() }
}
