import Foundation
import PortalPhysics

/// The interference of a pass, added to the demodulated channel before the filter, where
/// a real portal picks it up (docs/channel.md). Mains and drift were present long before
/// the pass: their part of the initial filter state is their steady state, so they enter
/// without a start-up transient; bursts start inside the pass and begin from nothing.
extension ChannelState {
    /// Draws steps 3–5 of the pass (see ``ChannelState``) and adds them to `signal`
    /// (`samples` × `laneStride`) and their steady states to the filter state.
    func addInterference(signal: UnsafeMutablePointer<Double>, samples n: Int, random: RandomStream,
                         stateR: UnsafeMutablePointer<Double>, stateL: UnsafeMutablePointer<Double>) {
        let fs = sampleRateHz, stride = laneStride
        if let mains = interference.mains {
            // With discrimination a beat is a phasor turning in the (R, X) plane: X lags R by 90°.
            let parts: [(offset: Int, phaseShift: Double)] = discrimination == nil ? [(0, 0)] : [(0, 0), (1, -Double.pi / 2)]
            for f in 0..<mainsBeatsRadPerS.count {
                for omega in mainsBeatsRadPerS[f] {
                    let drawn = 2 * Double.pi * random.uniform()
                    for part in parts {
                        let c = f * parts.count + part.offset, phase = drawn + part.phaseShift
                        let amplitude = mains.amplitudeV
                        for k in 0..<n {
                            let v = amplitude * cos(omega * Double(k) / fs + phase)
                            for zone in 0..<zones { signal[k &* stride &+ c &* zones &+ zone] += v }
                        }
                        if let filter {
                            let state = filter.toneState(amplitudeV: amplitude, angularFrequencyRadPerS: omega, phaseRad: phase)
                            for zone in 0..<zones {
                                stateR[c * zones + zone] += state.r
                                stateL[c * zones + zone] += state.l
                            }
                        }
                    }
                }
            }
        }
        if let rms = interference.driftRmsVPerS {
            // A slow drift is a ramp over the 1–3 s of a pass. Without a high-pass nothing
            // removes the baseline; it is taken as zero at mid-pass.
            let middleS = filter == nil ? Double(n - 1) / (2 * fs) : 0
            for lane in 0..<(zones * channels) {
                let slope = rms * random.gaussian()
                for k in 0..<n { signal[k &* stride &+ lane] += slope * (Double(k) / fs - middleS) }
                if let filter {
                    let state = filter.rampState(offsetV: 0, slopeVPerS: slope)
                    stateR[lane] += state.r
                    stateL[lane] += state.l
                }
            }
        }
        if let bursts = interference.bursts {
            let durationS = Double(n) / fs
            let count = Self.poisson(mean: bursts.ratePerS * durationS, uniform: random.uniform())
            guard count > 0 else { return }
            for k in 0..<n { common[k] = 0 }
            for _ in 0..<count {
                let startS = durationS * random.uniform()
                let sign: Double = random.uniform() < 0.5 ? -1 : 1
                let first = Swift.max(0, Int((startS * fs).rounded(.up)))
                let end = Swift.min(n, Int(((startS + bursts.durationS) * fs).rounded(.up)))
                if first < end { for k in first..<end { common[k] += sign * bursts.amplitudeV } }
            }
            for k in 0..<n where common[k] != 0 {
                for lane in 0..<(zones * channels) { signal[k &* stride &+ lane] += common[k] }
            }
        }
    }

    /// A Poisson count of mean `mean` by inversion of one uniform (always one draw, so
    /// that the draws after it do not depend on the count's distribution being sampled
    /// by rejection), capped at 1000.
    static func poisson(mean: Double, uniform u: Double) -> Int {
        guard mean > 0 else { return 0 }
        var p = exp(-mean), cumulative = p, k = 0
        while u >= cumulative && k < 1000 {
            k += 1
            p *= mean / Double(k)
            cumulative += p
            if p == 0 && cumulative < u { break }
        }
        return k
    }
}
