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
    /// The same with the detector's noise, as compared with the threshold, V.
    public let noisyV: [Double]
    public let thresholdV: Double
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
    case outOfMemory

    public var description: String {
        switch self {
        case let .unknownCase(object, location, known):
            "no case '\(object)' at '\(location)' in the scenario (its cases: \(known.joined(separator: ", ")))"
        case let .negativePass(pass):
            "passes are numbered from 0, got \(pass)"
        case .outOfMemory:
            "GSL could not allocate a random number generator (out of memory)"
        }
    }
}

extension Engine {
    /// The case of `object` at `location` (a threat), or of the population named
    /// `object` at location "-" (the innocent case).
    public func caseIndex(object: String, location: String) throws(TraceError) -> Int {
        guard let index = cases.firstIndex(where: { $0.key.object == object && $0.key.location == location }) else {
            throw .unknownCase(object: object, location: location,
                               known: cases.map { "\($0.key.object)@\($0.key.location)" })
        }
        return index
    }

    /// Pass `pass` of case `caseIndex`, exactly as a run makes it: the passes before it
    /// in its block are run to bring the block's stream to it, then its own walker,
    /// placements and noise are drawn as `runBlock` draws them. Its outcome is the
    /// run's for that pass (passes.csv's row with the same index), whatever the trials.
    public func trace(caseIndex: Int, pass: Int) throws(TraceError) -> PassTrace {
        guard pass >= 0 else { throw .negativePass(pass) }
        let worker = makeWorker()
        guard let random = worker.random else { throw .outOfMemory }
        let block = pass / Self.blockSize
        _ = runBlock(caseIndex: caseIndex, block: block, passes: pass - block * Self.blockSize, worker: worker)
        // The same draws, in the same order, as one iteration of runBlock's loop.
        let sampler = PersonSampler(population: scenario.population, apertureHalfWidthM: compiled.portal.aperture.widthM / 2)
        let walker = sampler.walker(random)
        var objects: [(CarriedObjectModel, Placement)] = []
        switch cases[caseIndex].content {
        case .threat(let model, let location, let attitude):
            objects.append((model, sampler.placement(at: location, for: walker, attitude: attitude, random)))
        case .innocent(let items):
            for (model, item) in items where random.uniform() < item.probability {
                objects.append((model, sampler.placement(at: item.location, for: walker, attitude: .typical, random)))
            }
        }
        guard let lanes = worker.simulator.trace(speedMPerS: walker.speedMPerS, lateralOffsetM: walker.lateralOffsetM,
                                                 stridePhase: walker.stridePhase, objects: objects, random: random) else {
            throw .outOfMemory
        }
        return PassTrace(key: cases[caseIndex].key, pass: pass, female: walker.female, speedMPerS: walker.speedMPerS,
                         lateralOffsetM: walker.lateralOffsetM, objectHeightM: objects.first?.1.heightM,
                         sampleRateHz: compiled.settings.sampleRateHz, walkHalfLengthM: compiled.walkHalfLengthM,
                         zones: compiled.zoneCount, channels: compiled.channelCount, samples: lanes.samples,
                         signalV: lanes.signalV, noisyV: lanes.noisyV, thresholdV: compiled.thresholdV,
                         alarmed: lanes.outcome.alarmed, loudestZone: lanes.outcome.loudestZone + 1,
                         peakOverThreshold: lanes.outcome.peakOverThreshold)
    }
}
