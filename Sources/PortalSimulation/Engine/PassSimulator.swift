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
/// objects, band-pass filtered, white noise added after the filter; the alarm is
/// |y| > T on any channel at any sample, and the loudest zone is the one holding the
/// largest |y|/T. Each pass is also checked for an object too large for its distance to
/// a coil wire (``DipoleCheck``), which draws nothing from the random stream.
final class PassSimulator {
    let compiled: CompiledPortal
    let zones: Int
    let channels: Int
    let maxSamples: Int
    /// Doubles per sample in `signal`: the lanes (lane = channel * zones + zone), then
    /// zeros up to a multiple of 8, wide enough that a block of a channel's padded zones
    /// can be added at its lane with one SIMD store (the padding adds exact zeros).
    let laneStride: Int
    /// `signal[sample * laneStride + channel * zones + zone]`; after a pass, its filtered,
    /// noise-free channels (readable for `trace`). Lanes past `channels * zones` stay 0.
    /// (Written by `synthesize`, in its own file: hence not `private(set)`.)
    var signal: [Double]
    /// The current object's channel tensors in the portal frame, as contraction weights.
    var weights: [ContractionWeights]
    /// For objects that do not move with the gait: each channel's output at every y node
    /// the walk spans, `[(node * channels + channel) * paddedZones + zone]`.
    var line: [Double]
    let paddedZones: Int
    /// After a pass, each zone's largest |y| over its channels and samples, V.
    private(set) var zonePeakV: [Double]

    /// The lowest speed the walks use sets the longest pass.
    init(compiled: CompiledPortal, minimumSpeedMPerS: Double) {
        self.compiled = compiled
        zones = compiled.zoneCount
        channels = compiled.channelCount
        paddedZones = compiled.grid.paddedZoneCount
        laneStride = ((channels - 1) * zones + paddedZones + 7) / 8 * 8
        maxSamples = Self.sampleCount(halfLengthM: compiled.walkHalfLengthM, speedMPerS: minimumSpeedMPerS,
                                      sampleRateHz: compiled.settings.sampleRateHz)
        signal = Array(repeating: 0, count: maxSamples * laneStride)
        weights = Array(repeating: ContractionWeights(.zero, scale: 1), count: channels)
        line = Array(repeating: 0, count: compiled.grid.counts.y * channels * paddedZones)
        zonePeakV = Array(repeating: 0, count: zones)
    }

    static func sampleCount(halfLengthM: Double, speedMPerS: Double, sampleRateHz: Double) -> Int {
        Int((2 * halfLengthM / speedMPerS * sampleRateHz).rounded(.down)) + 1
    }

    /// Samples in a pass at `speedMPerS`.
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
    }

    /// One pass, decided by this simulator's portal. `objects` pairs each carried
    /// object's model with its placement.
    func pass(speedMPerS: Double, lateralOffsetM: Double, stridePhase: Double,
              objects: [(CarriedObjectModel, Placement)], random: RandomStream) -> Outcome {
        let dipoleFlagged = simulate(speedMPerS: speedMPerS, lateralOffsetM: lateralOffsetM, stridePhase: stridePhase,
                                     objects: objects, random: random)
        return compiled.outcome(zonePeaksV: zonePeakV[...], dipoleFlagged: dipoleFlagged)
    }

    /// One pass up to the threshold: leaves each zone's peak |y| in `zonePeakV` and
    /// returns whether the dipole check flagged it. Nothing here depends on the
    /// threshold, so one pass serves every portal that differs from this one only in
    /// its thresholds (see ``CompiledPortal/outcome(zonePeaksV:dipoleFlagged:)``).
    func simulate(speedMPerS: Double, lateralOffsetM: Double, stridePhase: Double,
                  objects: [(CarriedObjectModel, Placement)], random: RandomStream) -> Bool {
        let fs = compiled.settings.sampleRateHz
        let n = samples(speedMPerS: speedMPerS)
        let (zones, lanes, stride) = (self.zones, channels * zones, laneStride)
        let dipoleFlagged = synthesize(speedMPerS: speedMPerS, lateralOffsetM: lateralOffsetM, stridePhase: stridePhase,
                                       objects: objects)
        // Unsafe buffers for the hot loops: no bounds or exclusivity checks per sample.
        return signal.withUnsafeMutableBufferPointer { y in
                // (An empty pass has a zero signal: nothing to filter.)
                if case .bandPass(let low, let high) = compiled.settings.filter, !objects.isEmpty {
                    Self.filter(y, samples: n, lanes: lanes, laneStride: stride, lowHz: low, highHz: high, sampleRateHz: fs)
                }
                let sigma = compiled.settings.noiseV
                zonePeakV.withUnsafeMutableBufferPointer { peaks in
                    for zone in 0..<zones { peaks[zone] = 0 }
                    // Lanes are channel-major, zones inner; the noise is drawn in buffer order.
                    for k in 0..<n {
                        for lane in 0..<lanes {
                            let v = sigma > 0 ? abs(y[k * stride + lane] + sigma * random.gaussian()) : abs(y[k * stride + lane])
                            let zone = lane % zones
                            if v > peaks[zone] { peaks[zone] = v }
                        }
                    }
                }
                return dipoleFlagged
        }
    }

    /// First-order high-pass then first-order low-pass along each lane, in place: the
    /// slow walk-through envelope passes, drift and fast interference do not.
    static func filter(_ y: UnsafeMutableBufferPointer<Double>, samples n: Int, lanes: Int, laneStride: Int,
                       lowHz: Double, highHz: Double, sampleRateHz fs: Double) {
        let dt = 1 / fs
        let rcLow = 1 / (2 * Double.pi * lowHz), rcHigh = 1 / (2 * Double.pi * highHz)
        let a = rcLow / (rcLow + dt), b = dt / (rcHigh + dt)
        for lane in 0..<lanes {
            var previousInput = 0.0, highPassed = 0.0, lowPassed = 0.0
            for k in 0..<n {
                let x = y[k * laneStride + lane]
                highPassed = a * (highPassed + x - previousInput)
                previousInput = x
                lowPassed += b * (highPassed - lowPassed)
                y[k * laneStride + lane] = lowPassed
            }
        }
    }
}
