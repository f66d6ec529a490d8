import Foundation
import PortalPhysics
import Testing

/// The walk-through filter's algebra against the filter run sample by sample.
struct BandPassChannelTests {
    /// The filter as a detector runs it, written out here independently of
    /// `BandPassChannel`: h_k = a (h_{k−1} + x_k − x_{k−1}), l_k = l_{k−1} + b (h_k − l_{k−1}).
    static func run(_ x: [Double], lowHz: Double, highHz: Double, sampleRateHz fs: Double) -> [Double] {
        let dt = 1 / fs, rcLow = 1 / (2 * Double.pi * lowHz), rcHigh = 1 / (2 * Double.pi * highHz)
        let a = rcLow / (rcLow + dt), b = dt / (rcHigh + dt)
        var h = 0.0, previous = 0.0, l = 0.0
        return x.map { v in
            h = a * (h + v - previous)
            previous = v
            l += b * (h - l)
            return l
        }
    }

    /// The Lyapunov solution's variance and lag-1 correlation are the impulse response's
    /// Σ g_k² and Σ g_k g_{k+1} / Σ g_k².
    @Test(arguments: [(0.3, 10.0, 100.0), (0.5, 5.0, 50.0), (0.1, 20.0, 1000.0)])
    func stationaryVarianceIsTheImpulseResponseEnergy(low: Double, high: Double, fs: Double) {
        let g = Self.run([1] + Array(repeating: 0, count: Int(200 * fs)), lowHz: low, highHz: high, sampleRateHz: fs)
        let energy = g.reduce(0) { $0 + $1 * $1 }
        let lagOne = zip(g, g.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
        let channel = BandPassChannel(lowHz: low, highHz: high, sampleRateHz: fs)
        #expect(abs(channel.noiseGain - energy) < 1e-12 * energy + 1e-15, "\(channel.noiseGain) vs \(energy)")
        #expect(abs(channel.lagOneCorrelation - lagOne / energy) < 1e-10)
        let (l00, l10, l11) = channel.stationaryCholesky
        #expect(abs(l10 * l10 + l11 * l11 - channel.noiseGain) < 1e-14)
        #expect(l00 > 0)
    }

    @Test func theIssuesChannelIsCorrelatedAboutPointSix() {
        let channel = BandPassChannel(lowHz: 0.3, highHz: 10, sampleRateHz: 100)
        #expect(abs(channel.lagOneCorrelation - 0.599) < 0.001)
        #expect(abs(channel.noiseGain - 0.2258) < 0.0001)
    }

    /// Started from `toneState`, the recursion passes a tone with no transient: its
    /// output from the first sample is the one after a long run-in.
    @Test func toneStateIsTheSteadyState() {
        let fs = 100.0, omega = 2 * Double.pi * 3.0, phase = 0.7, amplitude = 2.0
        let channel = BandPassChannel(lowHz: 0.3, highHz: 10, sampleRateHz: fs)
        let runIn = 20_000
        let x = (0..<(runIn + 200)).map { amplitude * cos(omega * Double($0 - runIn) / fs + phase) }
        let reference = Array(Self.run(x, lowHz: 0.3, highHz: 10, sampleRateHz: fs).suffix(200))
        var (r, l) = channel.toneState(amplitudeV: amplitude, angularFrequencyRadPerS: omega, phaseRad: phase)
        for k in 0..<200 {
            let v = x[runIn + k]
            let h = r + channel.a * v
            r = channel.a * (h - v)
            l += channel.b * (h - l)
            #expect(abs(l - reference[k]) < 1e-9, "sample \(k)")
        }
    }

    /// A ramp through the high-pass is the constant slope × RC_lo; from `rampState` the
    /// output is that constant from the first sample.
    @Test func rampStateIsTheSteadyOffset() {
        let fs = 100.0, slope = 3.0
        let channel = BandPassChannel(lowHz: 0.3, highHz: 10, sampleRateHz: fs)
        var (r, l) = channel.rampState(offsetV: 0, slopeVPerS: slope)
        let expected = slope / (2 * Double.pi * 0.3)
        for k in 0..<300 {
            let v = slope * Double(k) / fs
            let h = r + channel.a * v
            r = channel.a * (h - v)
            l += channel.b * (h - l)
            #expect(abs(l - expected) < 1e-9 * expected, "sample \(k)")
        }
    }
}
