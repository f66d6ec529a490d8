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
/// samples kept. The threshold enters only after that, in ``outcome(zonePeaksV:thresholdsV:dipoleFlagged:)``:
/// the alarm is a zone's peak above its threshold, and the loudest zone the one with the
/// largest peak/T. Each pass is also checked for an object too large for its distance to
/// a coil wire (``DipoleCheck``), which draws nothing from the random stream.
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
    /// `lanes` rounded up to a multiple of 4 so that the channel runs in SIMD4 chunks; the
    /// padding lanes stay zero and draw no noise.
    let laneStride: Int
    /// `signal[sample * laneStride + channel * zones + zone]`: the noise-free channels
    /// before the filter; the channel adds its interference to it in place.
    private(set) var signal: [Double]
    /// Each zone's peak |y| of the last pass, over its channels and samples, V.
    private(set) var zonePeakV: [Double]
    private var sensitivity: [Double]
    /// The current object's channel tensors turned into the portal frame.
    private var turned: [SymmetricTensor]
    /// For objects that do not move with the gait: the zones' sensitivities blended in
    /// x and z at every y node, then each lane's channel output at every y node.
    private var blended: [Double]
    private var line: [Double]
    /// The channel's model and buffers (PassSimulator+Channel.swift).
    let channel: ChannelState

    /// The lowest speed the walks use sets the longest pass.
    init(compiled: CompiledPortal, minimumSpeedMPerS: Double) {
        self.compiled = compiled
        zones = compiled.zoneCount
        channels = compiled.laneChannelCount
        lanes = zones * channels
        laneStride = (lanes + 3) / 4 * 4
        maxSamples = Self.sampleCount(halfLengthM: compiled.walkHalfLengthM, speedMPerS: minimumSpeedMPerS,
                                      sampleRateHz: compiled.settings.sampleRateHz)
        signal = Array(repeating: 0, count: maxSamples * laneStride)
        zonePeakV = Array(repeating: 0, count: zones)
        sensitivity = Array(repeating: 0, count: zones * 6)
        turned = Array(repeating: .zero, count: channels)
        let nodes = compiled.grid.counts.y
        blended = Array(repeating: 0, count: nodes * zones * 6)
        line = Array(repeating: 0, count: nodes * channels * zones)
        channel = ChannelState(compiled: compiled, maxSamples: maxSamples, laneStride: laneStride)
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
    }

    /// One pass, decided at the compiled portal's zone thresholds. `objects` pairs each
    /// carried object's model with its placement.
    func pass(speedMPerS: Double, lateralOffsetM: Double, stridePhase: Double,
              objects: [(CarriedObjectModel, Placement)], random: RandomStream) -> Outcome {
        let flagged = passPeaks(speedMPerS: speedMPerS, lateralOffsetM: lateralOffsetM, stridePhase: stridePhase,
                                objects: objects, random: random)
        return Self.outcome(zonePeaksV: zonePeakV, thresholdsV: compiled.zoneThresholdsV, dipoleFlagged: flagged)
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
                   beforeChannel: ((ArraySlice<Double>) -> Void)? = nil) -> Bool {
        let n = samples(speedMPerS: speedMPerS)
        let flagged = synthesize(samples: n, speedMPerS: speedMPerS, lateralOffsetM: lateralOffsetM,
                                 stridePhase: stridePhase, objects: objects)
        beforeChannel?(signal[0..<(n * laneStride)])
        signal.withUnsafeMutableBufferPointer { y in
            zonePeakV.withUnsafeMutableBufferPointer { peaks in
                channel.run(signal: y, samples: n, random: random, zonePeaksV: peaks, noisyOutput: noisyOutput)
            }
        }
        return flagged
    }

    /// The decision from each zone's peak and threshold: an alarm when any zone's peak
    /// exceeds its threshold; the loudest zone the one with the largest peak/T (the first
    /// on ties), and that ratio.
    static func outcome(zonePeaksV: [Double], thresholdsV: [Double], dipoleFlagged: Bool) -> Outcome {
        var best = 0.0, loudest = 0
        for zone in 0..<zonePeaksV.count {
            let ratio = zonePeaksV[zone] / thresholdsV[zone]
            if ratio > best { best = ratio; loudest = zone }
        }
        return Outcome(alarmed: best > 1, loudestZone: loudest, peakOverThreshold: best, dipoleFlagged: dipoleFlagged)
    }

    /// The noise-free channel outputs of the pass, summed over the objects, into
    /// `signal` (before the filter). Returns whether the dipole check flagged the pass.
    private func synthesize(samples n: Int, speedMPerS: Double, lateralOffsetM: Double, stridePhase: Double,
                            objects: [(CarriedObjectModel, Placement)]) -> Bool {
        let fs = compiled.settings.sampleRateHz
        let (channels, zones) = (self.channels, self.zones)
        let lanes = channels * zones, stride = laneStride
        let grid = compiled.grid
        let halfLength = compiled.walkHalfLengthM
        // Unsafe buffers for the hot loops: no bounds or exclusivity checks per sample.
        return signal.withUnsafeMutableBufferPointer { y in
            sensitivity.withUnsafeMutableBufferPointer { s in
                for i in 0..<(n * stride) { y[i] = 0 }
                var dipoleFlagged = false
                for (model, placement) in objects {
                    for c in 0..<channels { turned[c] = model.channelTensors[c].rotated(by: placement.attitude) }
                    let x = lateralOffsetM + placement.lateralM
                    let yStart = -halfLength + placement.frontBackM
                    if !dipoleFlagged, let limit = model.dipoleLimitM {
                        let path = DipoleCheck.Path(xM: x, yStartM: yStart, heightM: placement.heightM,
                                                    movesWithGait: placement.movesWithGait, speedMPerS: speedMPerS,
                                                    stridePhase: stridePhase, sampleRateHz: fs, samples: n)
                        dipoleFlagged = DipoleCheck.isFlagged(path, limitM: limit, wires: compiled.wires)
                    }
                    if placement.movesWithGait {
                        for k in 0..<n {
                            let t = Double(k) / fs
                            let z = placement.heightM + Gait.footRiseM(timeS: t, speedMPerS: speedMPerS, stridePhase: stridePhase)
                            grid.interpolate(at: Vector3(x, yStart + speedMPerS * t, z), into: s)
                            for c in 0..<channels {
                                let base = k * stride + c * zones
                                for zone in 0..<zones { y[base + zone] += Self.contract(turned[c], s, zone * 6) }
                            }
                        }
                    } else {
                        // Fixed x and z: contract the channel tensors with the zones at each
                        // y node once, then interpolate the results linearly along y.
                        let first = Int(grid.yNode(yStart).rounded(.down))
                        let last = Swift.min(grid.counts.y - 1, Int(grid.yNode(yStart + speedMPerS * Double(n - 1) / fs).rounded(.up)) + 1)
                        blended.withUnsafeMutableBufferPointer { b in
                            line.withUnsafeMutableBufferPointer { l in
                                grid.blendColumns(x: x, z: placement.heightM, nodes: first...last, into: b)
                                for j in 0...(last - first) {
                                    for c in 0..<channels {
                                        for zone in 0..<zones {
                                            l[j * lanes + c * zones + zone] = Self.contract(turned[c], b, (j * zones + zone) * 6)
                                        }
                                    }
                                }
                                for k in 0..<n {
                                    let u = grid.yNode(yStart + speedMPerS * Double(k) / fs) - Double(first)
                                    let j = Swift.min(Swift.max(Int(u), 0), Swift.max(last - first - 1, 0))
                                    let f = u - Double(j)
                                    let base = k * stride, lo = j * lanes, hi = Swift.min(j + 1, last - first) * lanes
                                    for lane in 0..<lanes { y[base + lane] += l[lo + lane] + f * (l[hi + lane] - l[lo + lane]) }
                                }
                            }
                        }
                    }
                }
                return dipoleFlagged
            }
        }
    }

    /// A : S for the symmetric tensor stored at `s[offset ..< offset + 6]`.
    @inline(__always)
    static func contract(_ a: SymmetricTensor, _ s: UnsafeMutableBufferPointer<Double>, _ o: Int) -> Double {
        a.xx * s[o] + a.yy * s[o + 1] + a.zz * s[o + 2] + 2 * (a.xy * s[o + 3] + a.xz * s[o + 4] + a.yz * s[o + 5])
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
