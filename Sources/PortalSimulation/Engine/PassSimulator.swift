import Foundation
import PortalPhysics

/// An object as the simulator carries it: its channel tensors in its own frame.
struct CarriedObjectModel: Sendable {
    let name: String
    let channelTensors: [SymmetricTensor]
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
/// largest |y|/T.
final class PassSimulator {
    let compiled: CompiledPortal
    let zones: Int
    let channels: Int
    let maxSamples: Int
    /// `signal[(sample * channels + channel) * zones + zone]`
    private var signal: [Double]
    private var sensitivity: [Double]
    /// The current object's channel tensors turned into the portal frame.
    private var turned: [SymmetricTensor]

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
    }

    static func sampleCount(halfLengthM: Double, speedMPerS: Double, sampleRateHz: Double) -> Int {
        Int((2 * halfLengthM / speedMPerS * sampleRateHz).rounded(.down)) + 1
    }

    struct Outcome {
        var alarmed: Bool
        var loudestZone: Int
        var peakOverThreshold: Double
    }

    /// One pass. `objects` pairs each carried object's model with its placement.
    func pass(speedMPerS: Double, lateralOffsetM: Double, stridePhase: Double,
              objects: [(CarriedObjectModel, Placement)], random: RandomStream) -> Outcome {
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
                for (model, placement) in objects {
                    for c in 0..<channels { turned[c] = model.channelTensors[c].rotated(by: placement.attitude) }
                    for k in 0..<n {
                        let t = Double(k) / fs
                        var z = placement.heightM
                        if placement.movesWithGait {
                            // Two steps per 1.4 m stride; the foot is off the floor for half of each.
                            z += 0.08 * Swift.max(0, sin(2 * Double.pi * (t * speedMPerS / 1.4 + stridePhase)))
                        }
                        let p = Vector3(lateralOffsetM + placement.lateralM, -halfLength + speedMPerS * t + placement.frontBackM, z)
                        grid.interpolate(at: p, into: s)
                        for c in 0..<channels {
                            let a = turned[c]
                            let base = (k * channels + c) * zones
                            for zone in 0..<zones {
                                let o = zone * 6
                                y[base + zone] += a.xx * s[o] + a.yy * s[o + 1] + a.zz * s[o + 2]
                                    + 2 * (a.xy * s[o + 3] + a.xz * s[o + 4] + a.yz * s[o + 5])
                            }
                        }
                    }
                }
                if case .bandPass(let low, let high) = compiled.settings.filter {
                    Self.filter(y, samples: n, lanes: lanes, lowHz: low, highHz: high, sampleRateHz: fs)
                }
                let sigma = compiled.settings.noiseV, threshold = compiled.thresholdV
                var peak = 0.0, loudestLane = 0
                for i in 0..<(n * lanes) {
                    var v = y[i]
                    if sigma > 0 { v += sigma * random.gaussian() }
                    let ratio = abs(v) / threshold
                    if ratio > peak { peak = ratio; loudestLane = i }
                }
                return Outcome(alarmed: peak > 1, loudestZone: loudestLane % zones, peakOverThreshold: peak)
            }
        }
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
