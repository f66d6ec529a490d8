import Foundation
import PortalPhysics

/// An object as the simulator carries it: its channel tensors in its own frame, and the
/// distance to a coil wire below which its pass is flagged by the dipole check.
struct CarriedObjectModel: Sendable {
    let name: String
    let channelTensors: [SymmetricTensor]
    /// Twice the object's largest dimension (see ``DipoleCheck``); nil when its size is
    /// unknown and it is not checked.
    let dipoleLimitM: Double?

    init(name: String, channelTensors: [SymmetricTensor], largestDimensionM: Double?) {
        self.name = name
        self.channelTensors = channelTensors
        dipoleLimitM = DipoleCheck.limitM(largestDimensionM: largestDimensionM)
    }
}

/// Where an object sits on a person for one pass.
struct Placement {
    var lateralM: Double
    var frontBackM: Double
    var heightM: Double
    var attitude: Rotation
    var movesWithGait: Bool
}

/// Simulates passes of one person at a time through a compiled portal, reusing its
/// buffers: nothing is allocated per pass once the simulator exists.
///
/// A pass: a walk at constant speed along y from −L to +L, sampled at the detector's
/// rate; each carried object at its placement (a foot's objects rise by up to 8 cm
/// during the swing of each stride); the channels' noise-free outputs summed over the
/// objects; then the channel (PassSimulator+Channel.swift): front-end noise and any
/// interference added and the sum band-pass filtered (or, with `white-after-filter`,
/// white noise added after the filter), and each zone's peak |y| over its channels and
/// samples kept. The threshold enters only after that, in ``CompiledPortal/outcome(zonePeaksV:dipoleFlagged:)``:
/// the alarm is a zone's peak above its threshold, and the loudest zone the one with the
/// largest peak/T. Each pass is also checked for an object too large for its distance to
/// a coil wire (``DipoleCheck``), which draws nothing from the random stream.
/// The model: docs/physics.md#the-channel and docs/physics.md#the-alarm-decision.
final class PassSimulator {
    let compiled: CompiledPortal
    let zones: Int
    /// Channels per zone in the lanes: the detector's, or with phase discrimination
    /// their in-phase and quadrature parts (``CompiledPortal/laneChannelCount``).
    let channels: Int
    let maxSamples: Int
    /// Lanes (zone × channel) per sample: lane = channel * zones + zone.
    let lanes: Int
    /// The distance between two samples' lanes in `signal` and the channel's buffers:
    /// the lanes, then zeros up to a multiple of 8, wide enough that a block of a
    /// channel's padded zones can be added at its lane with one SIMD store (the padding
    /// adds exact zeros), which is also the channel's block of lanes; the padding lanes
    /// stay zero and draw no noise.
    let laneStride: Int
    /// `signal[sample * laneStride + channel * zones + zone]`: the noise-free channels
    /// before the filter; the channel adds its interference to it in place. (Written by
    /// `synthesize`, in PassSimulator+Synthesis.swift.) The three scratch buffers are
    /// owned and allocated once: as arrays in a class, each pass paid a run-time
    /// exclusivity check and a uniqueness check on each.
    let signal: UnsafeMutableBufferPointer<Double>
    /// Each zone's peak |y| of the last pass, over its channels and samples, V.
    private(set) var zonePeakV: [Double]
    /// The current object's channel tensors in the portal frame, as contraction weights.
    let weights: UnsafeMutableBufferPointer<ContractionWeights>
    /// For objects that do not move with the gait: each channel's output at every y node
    /// the walk spans, `[(node * channels + channel) * paddedZones + zone]`.
    let line: UnsafeMutableBufferPointer<Double>
    /// Zones rounded up to the grid's SIMD block (``SensitivityGrid/paddedZoneCount``).
    let paddedZones: Int
    /// The channel's model and buffers (PassSimulator+Channel.swift).
    let channel: ChannelState

    /// The lowest speed the walks use sets the longest pass.
    init(compiled: CompiledPortal, minimumSpeedMPerS: Double) {
        self.compiled = compiled
        zones = compiled.zoneCount
        channels = compiled.laneChannelCount
        lanes = zones * channels
        paddedZones = compiled.grid.paddedZoneCount
        laneStride = ((channels - 1) * zones + paddedZones + 7) / 8 * 8
        maxSamples = Self.sampleCount(halfLengthM: compiled.walkHalfLengthM, speedMPerS: minimumSpeedMPerS,
                                      sampleRateHz: compiled.settings.sampleRateHz)
        signal = .allocate(capacity: maxSamples * laneStride)
        signal.initialize(repeating: 0)
        zonePeakV = Array(repeating: 0, count: zones)
        weights = .allocate(capacity: channels)
        weights.initialize(repeating: ContractionWeights(.zero, scale: 1))
        line = .allocate(capacity: compiled.grid.counts.y * channels * paddedZones)
        line.initialize(repeating: 0)
        channel = ChannelState(compiled: compiled, maxSamples: maxSamples, laneStride: laneStride)
    }

    deinit {
        signal.deallocate()
        weights.deallocate()
        line.deallocate()
    }

    static func sampleCount(halfLengthM: Double, speedMPerS: Double, sampleRateHz: Double) -> Int {
        Int((2 * halfLengthM / speedMPerS * sampleRateHz).rounded(.down)) + 1
    }

    /// The samples of a pass at `speedMPerS`.
    func samples(speedMPerS: Double) -> Int {
        Swift.min(maxSamples, Self.sampleCount(halfLengthM: compiled.walkHalfLengthM, speedMPerS: speedMPerS,
                                               sampleRateHz: compiled.settings.sampleRateHz))
    }

    struct Outcome {
        var alarmed: Bool
        var loudestZone: Int
        var peakOverThreshold: Double
        /// Whether an object came nearer to a coil wire than twice its largest dimension.
        var dipoleFlagged: Bool

        init(alarmed: Bool, loudestZone: Int, peakOverThreshold: Double, dipoleFlagged: Bool) {
            self.alarmed = alarmed
            self.loudestZone = loudestZone
            self.peakOverThreshold = peakOverThreshold
            self.dipoleFlagged = dipoleFlagged
        }

        /// The decision from each zone's peak and threshold: an alarm when any zone's
        /// peak exceeds its threshold; the loudest zone the one with the largest peak/T
        /// (the first on ties), and that ratio.
        init(zonePeaksV: ArraySlice<Double>, thresholdsV: [Double], dipoleFlagged: Bool) {
            var best = 0.0, loudest = 0
            for (zone, peak) in zonePeaksV.enumerated() where peak / thresholdsV[zone] > best {
                best = peak / thresholdsV[zone]
                loudest = zone
            }
            self.init(alarmed: best > 1, loudestZone: loudest, peakOverThreshold: best, dipoleFlagged: dipoleFlagged)
        }
    }

    /// One pass, decided at the compiled portal's zone thresholds. `objects` pairs each
    /// carried object's model with its placement.
    func pass(speedMPerS: Double, lateralOffsetM: Double, stridePhase: Double,
              objects: [(CarriedObjectModel, Placement)], random: RandomStream) -> Outcome {
        let flagged = passPeaks(speedMPerS: speedMPerS, lateralOffsetM: lateralOffsetM, stridePhase: stridePhase,
                                objects: objects, random: random)
        return compiled.outcome(zonePeaksV: zonePeakV[...], dipoleFlagged: flagged)
    }

    /// One pass up to its per-zone peaks, left in `zonePeakV`, without any threshold: a
    /// pass computed once can be decided at several thresholds or trims. Returns whether
    /// the dipole check flagged it. `noisyOutput`, when given (n × `laneStride` values),
    /// receives every filtered noisy sample, and `beforeChannel` sees the noise-free
    /// signal before the channel adds to it (both for `trace`).
    @discardableResult
    func passPeaks(speedMPerS: Double, lateralOffsetM: Double, stridePhase: Double,
                   objects: [(CarriedObjectModel, Placement)], random: RandomStream,
                   noisyOutput: UnsafeMutablePointer<Double>? = nil,
                   beforeChannel: (([Double]) -> Void)? = nil) -> Bool {
        let n = samples(speedMPerS: speedMPerS)
        let flagged = synthesize(speedMPerS: speedMPerS, lateralOffsetM: lateralOffsetM, stridePhase: stridePhase,
                                 objects: objects)
        beforeChannel?(Array(signal[0..<(n * laneStride)]))
        zonePeakV.withUnsafeMutableBufferPointer { peaks in
            channel.run(signal: signal, samples: n, random: random, zonePeaksV: peaks, noisyOutput: noisyOutput)
        }
        return flagged
    }

    /// First-order high-pass then first-order low-pass along each lane, in place, from
    /// the zero state: the slow walk-through envelope passes, drift and fast interference
    /// do not. `trace` uses it for the noise-free channels it shows; a pass filters in
    /// the channel's fused loop.
    static func filter(_ y: UnsafeMutableBufferPointer<Double>, samples n: Int, lanes: Int, stride: Int,
                       lowHz: Double, highHz: Double, sampleRateHz fs: Double) {
        let model = BandPassChannel(lowHz: lowHz, highHz: highHz, sampleRateHz: fs)
        let (a, b) = (model.a, model.b)
        for lane in 0..<lanes {
            var r = 0.0, lowPassed = 0.0
            for k in 0..<n {
                let x = y[k * stride + lane]
                let highPassed = r + a * x
                r = a * (highPassed - x)
                lowPassed += b * (highPassed - lowPassed)
                y[k * stride + lane] = lowPassed
            }
        }
    }
}
