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
    /// `signal[(sample * channels + channel) * zones + zone]`; after a pass, its filtered,
    /// noise-free channels (readable for `trace`).
    private(set) var signal: [Double]
    private var sensitivity: [Double]
    /// The current object's channel tensors turned into the portal frame.
    private var turned: [SymmetricTensor]
    /// For objects that do not move with the gait: the zones' sensitivities blended in
    /// x and z at every y node, then each lane's channel output at every y node.
    private var blended: [Double]
    private var line: [Double]
    /// After a pass, each zone's largest |y| over its channels and samples, V.
    private(set) var zonePeakV: [Double]

    /// The lowest speed the walks use sets the longest pass.
    init(compiled: CompiledPortal, minimumSpeedMPerS: Double) {
        self.compiled = compiled
        zones = compiled.zoneCount
        channels = compiled.channelCount
        maxSamples = Self.sampleCount(halfLengthM: compiled.walkHalfLengthM, speedMPerS: minimumSpeedMPerS,
                                      sampleRateHz: compiled.settings.sampleRateHz)
        signal = Array(repeating: 0, count: maxSamples * channels * zones)
        sensitivity = Array(repeating: 0, count: zones * 6)
        turned = Array(repeating: .zero, count: channels)
        let nodes = compiled.grid.counts.y
        blended = Array(repeating: 0, count: nodes * zones * 6)
        line = Array(repeating: 0, count: nodes * channels * zones)
        zonePeakV = Array(repeating: 0, count: zones)
    }

    static func sampleCount(halfLengthM: Double, speedMPerS: Double, sampleRateHz: Double) -> Int {
        Int((2 * halfLengthM / speedMPerS * sampleRateHz).rounded(.down)) + 1
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
        let n = Swift.min(maxSamples, Self.sampleCount(halfLengthM: compiled.walkHalfLengthM, speedMPerS: speedMPerS, sampleRateHz: fs))
        let (channels, zones) = (self.channels, self.zones)
        let lanes = channels * zones
        let grid = compiled.grid
        let halfLength = compiled.walkHalfLengthM
        // Unsafe buffers for the hot loops: no bounds or exclusivity checks per sample.
        return signal.withUnsafeMutableBufferPointer { y in
            sensitivity.withUnsafeMutableBufferPointer { s in
                for i in 0..<(n * lanes) { y[i] = 0 }
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
                                let base = (k * channels + c) * zones
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
                                    let base = k * lanes, lo = j * lanes, hi = Swift.min(j + 1, last - first) * lanes
                                    for lane in 0..<lanes { y[base + lane] += l[lo + lane] + f * (l[hi + lane] - l[lo + lane]) }
                                }
                            }
                        }
                    }
                }
                // (An empty pass has a zero signal: nothing to filter.)
                if case .bandPass(let low, let high) = compiled.settings.filter, !objects.isEmpty {
                    Self.filter(y, samples: n, lanes: lanes, lowHz: low, highHz: high, sampleRateHz: fs)
                }
                let sigma = compiled.settings.noiseV
                zonePeakV.withUnsafeMutableBufferPointer { peaks in
                    for zone in 0..<zones { peaks[zone] = 0 }
                    // Lanes are channel-major, zones inner; the noise is drawn in buffer order.
                    for row in 0..<(n * channels) {
                        for zone in 0..<zones {
                            let i = row * zones + zone
                            let v = sigma > 0 ? abs(y[i] + sigma * random.gaussian()) : abs(y[i])
                            if v > peaks[zone] { peaks[zone] = v }
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

    /// First-order high-pass then first-order low-pass along each lane, in place: the
    /// slow walk-through envelope passes, drift and fast interference do not.
    static func filter(_ y: UnsafeMutableBufferPointer<Double>, samples n: Int, lanes: Int,
                       lowHz: Double, highHz: Double, sampleRateHz fs: Double) {
        let dt = 1 / fs
        let rcLow = 1 / (2 * Double.pi * lowHz), rcHigh = 1 / (2 * Double.pi * highHz)
        let a = rcLow / (rcLow + dt), b = dt / (rcHigh + dt)
        for lane in 0..<lanes {
            var previousInput = 0.0, highPassed = 0.0, lowPassed = 0.0
            for k in 0..<n {
                let x = y[k * lanes + lane]
                highPassed = a * (highPassed + x - previousInput)
                previousInput = x
                lowPassed += b * (highPassed - lowPassed)
                y[k * lanes + lane] = lowPassed
            }
        }
    }
}
