/// Every sample of one pass: what the detector saw, lane by lane, and what it decided.
/// `portalsim trace` writes it as trace.csv.
public struct PassTrace: Sendable {
    public let key: CaseKey
    /// The pass's index within its case, from 0, as in passes.csv.
    public let pass: Int
    public let female: Bool
    public let speedMPerS: Double
    public let lateralOffsetM: Double
    /// The (first) carried object's height, m; nil when nothing was carried.
    public let objectHeightM: Double?
    public let sampleRateHz: Double
    /// The walk runs from y = −walkHalfLengthM at the first sample.
    public let walkHalfLengthM: Double
    public let zones: Int
    public let channels: Int
    public let samples: Int
    /// The filtered channels without noise, V, `[(sample * channels + channel) * zones + zone]`.
    public let signalV: [Double]
    /// The same with the detector's noise and interference, as compared with the threshold, V.
    public let noisyV: [Double]
    /// The base threshold (the knob's, or given directly), V.
    public let thresholdV: Double
    /// Each zone's threshold (the base one unless the detector has zone trims), V.
    public let zoneThresholdsV: [Double]
    public let alarmed: Bool
    /// 1-based.
    public let loudestZone: Int
    /// The largest |noisy| / threshold: passes.csv's peak_ratio.
    public let peakOverThreshold: Double

    /// The walker's position along the walk (y, m) at sample `k`; 0 is the portal's mid-plane.
    public func positionM(sample k: Int) -> Double {
        -walkHalfLengthM + speedMPerS * Double(k) / sampleRateHz
    }

    /// The index of sample `k`, zone `zone` and channel `channel` (0-based) in the lanes.
    public func index(sample k: Int, channel: Int, zone: Int) -> Int {
        (k * channels + channel) * zones + zone
    }
}

/// Why a pass cannot be traced.
public enum TraceError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownCase(object: String, location: String, known: [String])
    case negativePass(Int)
    case noPortal
    /// The model holds a non-finite value (``NonFiniteModel``).
    case nonFiniteModel(NonFiniteModel)

    public var description: String {
        switch self {
        case let .unknownCase(object, location, known):
            "no case '\(object)' at '\(location)' in the scenario (its cases: \(known.joined(separator: ", ")))"
        case let .negativePass(pass):
            "passes are numbered from 0, got \(pass)"
        case .noPortal:
            "the first configuration has no portal stage to trace"
        case let .nonFiniteModel(problem):
            problem.description
        }
    }
}

extension Engine {
    /// The case of `object` at `location` (a threat), or of the population named
    /// `object` at location "-" (the innocent case).
    public func caseIndex(object: String, location: String) throws(TraceError) -> Int {
        guard let index = cases.firstIndex(where: { $0.object == object && $0.location == location }) else {
            throw .unknownCase(object: object, location: location, known: cases.map { "\($0.object)@\($0.location)" })
        }
        return index
    }

    /// Pass `pass` of case `caseIndex` through the first configuration's first portal
    /// stage, exactly as a run makes it: every pass draws from its own streams (the
    /// person's, then the stage's), so reseeding them replays the pass. Its outcome is
    /// the run's for that pass (passes.csv's row with the same index), whatever the trials.
    public func trace(caseIndex: Int, pass: Int) throws(TraceError) -> PassTrace {
        guard pass >= 0 else { throw .negativePass(pass) }
        if let nonFiniteModel { throw .nonFiniteModel(nonFiniteModel) }
        let worker = makeWorker()
        let person = worker.person, stream = worker.context.random
        let pipeline = pipelines[0]
        guard let s = pipeline.stages.firstIndex(where: { $0 is CompiledPortalStage }),
              let p = (pipeline.stages[s] as? CompiledPortalStage)?.index else { throw .noPortal }
        let runCase = cases[caseIndex]
        let sampler = sampler(for: runCase)
        person.reseed(seed: scenario.seed, caseID: runCase.identity, pass: pass, stream: 0)
        let walker = drawPerson(runCase, sampler: sampler, random: person, into: &worker.carried)
        stream.reseed(seed: scenario.seed, caseID: runCase.identity, pass: pass, stream: pipeline.streamIDs[s])
        let objects = worker.carried.map { (models[p][$0.objectIndex], $0.placement) }
        let compiled = portals[p]
        guard let simulator = worker.context.portalPasses.simulators[passGroups[p]] else { preconditionFailure("Engine: no simulator for portal group \(passGroups[p])") }
        let lanes = simulator.trace(speedMPerS: walker.speedMPerS, lateralOffsetM: walker.lateralOffsetM,
                                    stridePhase: walker.stridePhase, objects: objects, random: stream)
        // Decided by this stage's portal, which may share its group's simulator.
        let outcome = compiled.outcome(zonePeaksV: simulator.zonePeakV[...], dipoleFlagged: lanes.outcome.dipoleFlagged)
        return PassTrace(key: runCase.key(configuration: pipeline.configuration.label(ofStage: s)), pass: pass,
                         female: walker.female, speedMPerS: walker.speedMPerS,
                         lateralOffsetM: walker.lateralOffsetM, objectHeightM: objects.first?.1.heightM,
                         sampleRateHz: compiled.settings.sampleRateHz, walkHalfLengthM: compiled.walkHalfLengthM,
                         zones: compiled.zoneCount, channels: compiled.channelCount, samples: lanes.samples,
                         signalV: lanes.signalV, noisyV: lanes.noisyV, thresholdV: compiled.thresholdV,
                         zoneThresholdsV: compiled.zoneThresholdsV,
                         alarmed: outcome.alarmed, loudestZone: outcome.loudestZone + 1,
                         peakOverThreshold: outcome.peakOverThreshold)
    }
}
