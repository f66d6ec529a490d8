import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// The detector channel's noise: filtered before the band-pass (the default) against the
/// filter's theory and an independent simulation, and white after it against its closed form.
struct ChannelNoiseTests {
    /// A one-zone CW portal (the class's bottom zone) with `settings`.
    static func onePortal(_ settings: DetectorSettings) -> CompiledPortal {
        let base = PortalClass.cwMultiZone.portal
        let portal = Portal(name: "one", aperture: base.aperture, transmitter: base.transmitter, zones: [base.zones[0]],
                            transmitterCurrentA: base.transmitterCurrentA, detector: .continuousWave(frequenciesHz: [5000]))
        return CompiledPortal(portal: portal, settings: settings)
    }

    static let compiled = onePortal(.standard)

    static func settings(noiseV: Double, model: DetectorSettings.NoiseModel) -> DetectorSettings {
        var s = DetectorSettings.standard
        s.noiseV = noiseV
        s.noiseModel = model
        return s
    }

    /// The filter's lag-0 and lag-1 sums over its impulse response, run here sample by
    /// sample (h_k = a (h_{k−1} + x_k − x_{k−1}), l_k = l_{k−1} + b (h_k − l_{k−1})).
    static func impulseTheory(lowHz: Double = 0.3, highHz: Double = 10, sampleRateHz fs: Double = 100) -> (gain: Double, rho: Double) {
        let dt = 1 / fs, rcLow = 1 / (2 * Double.pi * lowHz), rcHigh = 1 / (2 * Double.pi * highHz)
        let a = rcLow / (rcLow + dt), b = dt / (rcHigh + dt)
        var h = 0.0, previous = 0.0, l = 0.0, last = 0.0, energy = 0.0, lagOne = 0.0
        for k in 0..<100_000 {
            let x = k == 0 ? 1.0 : 0.0
            h = a * (h + x - previous)
            previous = x
            l += b * (h - l)
            energy += l * l
            lagOne += l * last
            last = l
        }
        return (energy, lagOne / energy)
    }

    /// Runs the channel alone over `passes` passes of `samples` samples of `signal` (one
    /// lane), each from its own stream; calls `each` with the lane's noisy output
    /// samples and its peak.
    static func runChannel(_ compiled: CompiledPortal, signal: [Double], passes: Int,
                           each: ([Double], Double) -> Void) throws {
        let n = signal.count
        let stride = 8
        let channel = ChannelState(compiled: compiled, maxSamples: n, laneStride: stride)
        let random = try #require(RandomStream())
        var buffer = [Double](repeating: 0, count: n * stride)
        var out = [Double](repeating: 0, count: n * stride)
        var peaks = [0.0]
        for pass in 0..<passes {
            for k in 0..<n { buffer[k * stride] = signal[k] }
            random.reseed(seed: 11, caseID: 5, pass: pass, stream: 1)
            buffer.withUnsafeMutableBufferPointer { y in
                peaks.withUnsafeMutableBufferPointer { p in
                    out.withUnsafeMutableBufferPointer { o in
                        channel.run(signal: y, samples: n, random: random, zonePeaksV: p, noisyOutput: o.baseAddress)
                        each((0..<n).map { o[$0 * stride] }, p[0])
                    }
                }
            }
        }
    }

    /// The filtered channel's RMS is the scenario's `noise` and its lag-1 correlation the
    /// filter's (≈ 0.6 at 100 Hz with 0.3–10 Hz), both from the impulse response; and the
    /// first sample of a pass is as noisy as the rest (the filter starts stationary).
    /// 3000 passes × 161 samples: the RMS is known to ≈ 0.2 % and ρ to ≈ 0.002 (1 sd,
    /// for a process with this correlation), the first-sample RMS to ≈ 1.3 %.
    @Test func filteredNoiseHasTheFiltersRMSAndCorrelation() throws {
        let sigma = 1e-6
        let compiled = CompiledPortal(sharingGridOf: Self.compiled, settings: Self.settings(noiseV: sigma, model: .filtered))
        let theory = Self.impulseTheory()
        #expect(abs(theory.rho - 0.6) < 0.01)
        var sum2 = 0.0, lag = 0.0, count = 0, pairs = 0, first2 = 0.0, firsts = 0
        try Self.runChannel(compiled, signal: Array(repeating: 0, count: 161), passes: 3000) { out, _ in
            for k in 0..<161 {
                let y = out[k]
                sum2 += y * y
                count += 1
                if k > 0 { lag += y * out[k - 1]; pairs += 1 }
            }
            first2 += out[0] * out[0]
            firsts += 1
        }
        let rms = (sum2 / Double(count)).squareRoot()
        let rho = (lag / Double(pairs)) / (sum2 / Double(count))
        let firstRMS = (first2 / Double(firsts)).squareRoot()
        #expect(abs(rms / sigma - 1) < 0.01, "RMS \(rms)")
        #expect(abs(rho - theory.rho) < 0.01, "ρ₁ \(rho) vs \(theory.rho)")
        #expect(abs(firstRMS / sigma - 1) < 0.06, "first-sample RMS \(firstRMS)")
    }

    /// White-after-filter noise is white: σ, and no correlation.
    @Test func whiteNoiseIsWhite() throws {
        let sigma = 1e-6
        let compiled = CompiledPortal(sharingGridOf: Self.compiled, settings: Self.settings(noiseV: sigma, model: .whiteAfterFilter))
        var sum2 = 0.0, lag = 0.0, count = 0
        try Self.runChannel(compiled, signal: Array(repeating: 0, count: 161), passes: 1000) { out, _ in
            for k in 1..<161 { sum2 += out[k] * out[k]; lag += out[k] * out[k - 1]; count += 1 }
        }
        #expect(abs((sum2 / Double(count)).squareRoot() / sigma - 1) < 0.01)
        #expect(abs(lag / sum2) < 0.01)
    }

    /// The issue's measurement: a walk-through pulse whose filtered peak sits at the
    /// threshold (T = 40σ, a sharp pulse of 60 ms sd, as a small object near a wire
    /// gives) is detected less often with correlated noise of the same RMS than with
    /// white noise (the issue: 59 % against 72 %; 1σ above, 90.5 % against 97.9 %; an
    /// independent numpy simulation of this case: 61.5 % against 75.4 %, 91.6 % against
    /// 98.7 %). 4000 passes: each rate is known to ≈ 0.8 %.
    @Test func correlatedNoiseDetectsAThresholdSignalLessOften() throws {
        let sigma = 1e-7, threshold = 4e-6, n = 161
        // A Gaussian envelope, 0.06 s wide, at mid-pass, scaled so that its filtered
        // (noise-free) peak is the threshold.
        var pulse = (0..<n).map { exp(-0.5 * pow((Double($0) - 80) / 6, 2)) }
        var filtered = pulse
        filtered.withUnsafeMutableBufferPointer {
            PassSimulator.filter($0, samples: n, lanes: 1, stride: 1, lowHz: 0.3, highHz: 10, sampleRateHz: 100)
        }
        let scale = threshold / filtered.map(abs).max()!
        pulse = pulse.map { $0 * scale }
        func rate(_ model: DetectorSettings.NoiseModel, above: Double) throws -> Double {
            let compiled = CompiledPortal(sharingGridOf: Self.compiled, settings: Self.settings(noiseV: sigma, model: model))
            var hits = 0
            try Self.runChannel(compiled, signal: pulse.map { $0 * (1 + above * sigma / threshold) }, passes: 4000) { _, peak in
                if peak > threshold { hits += 1 }
            }
            return Double(hits) / 4000
        }
        let (filteredAt, whiteAt) = (try rate(.filtered, above: 0), try rate(.whiteAfterFilter, above: 0))
        let (filteredAbove, whiteAbove) = (try rate(.filtered, above: 1), try rate(.whiteAfterFilter, above: 1))
        #expect(whiteAt - filteredAt > 0.08, "at the threshold: filtered \(filteredAt), white \(whiteAt)")
        #expect(whiteAbove - filteredAbove > 0.04, "1σ above: filtered \(filteredAbove), white \(whiteAbove)")
        #expect(filteredAt > 0.56 && filteredAt < 0.67 && whiteAt > 0.71 && whiteAt < 0.80, "\(filteredAt) \(whiteAt)")
        #expect(filteredAbove > 0.88 && filteredAbove < 0.95 && whiteAbove > 0.97, "\(filteredAbove) \(whiteAbove)")
    }

    static func cleanRun(_ detector: String, speed: String, trials: Int) throws -> CaseTally {
        let run = try ScenarioFile.decode(YAMLDocument(text: """
            name: t
            seed: 4
            trials: \(trials)
            portal:
              class: cw-multi-zone
              detector: \(detector)
            population:
              walking_speed: \(speed)
            """, file: "t.yaml")).runScenario()
        return try #require(try Engine(scenario: run, threads: 2).run(threads: 2).cases.values.first)
    }

    /// A deterministic Gaussian source of the test's own: SplitMix64 and Box–Muller.
    struct TestGaussians {
        var state: UInt64
        mutating func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return (Double((z ^ (z >> 31)) >> 11) + 0.5) / 9_007_199_254_740_992
        }
        mutating func next() -> Double {
            (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform())
        }
    }

    /// A clean tester (no metal) with filtered noise: the engine's false-alarm rate
    /// against a direct simulation of the filtered Gaussian process written here — each
    /// lane one long stationary process (a 20 s run-in, then passes separated by 4 s,
    /// e^{−7.5} of the high-pass's memory), its own recursion and Gaussian source, white
    /// input of σ/√gain with the gain from the impulse response. The two rates agree
    /// within 4 sd of their difference, and lie below the white closed form (an upper
    /// bound by Šidák's inequality; at T = 3.5σ, 0.35 against 0.37).
    @Test func filteredCleanTesterFalseAlarmRateMatchesADirectSimulation() throws {
        let trials = 8000
        let tally = try Self.cleanRun("{mode: cw, frequencies: [5 kHz], threshold: 3.5 uV, noise: 1 uV}",
                                      speed: "{mean: 1.1 m/s, sd: 0 m/s, min: 0.5 m/s, max: 1.5 m/s}", trials: trials)
        let samples = PassSimulator.sampleCount(halfLengthM: 0.9, speedMPerS: 1.1, sampleRateHz: 100)
        let lanes = 6, gap = 400, passes = 20_000
        let theory = Self.impulseTheory()
        let inputSigma = 1 / theory.gain.squareRoot(), threshold = 3.5
        let dt = 0.01, rcLow = 1 / (2 * Double.pi * 0.3), rcHigh = 1 / (2 * Double.pi * 10)
        let a = rcLow / (rcLow + dt), b = dt / (rcHigh + dt)
        var source = TestGaussians(state: 2024)
        var h = [Double](repeating: 0, count: lanes), previous = h, l = h
        func step(_ lane: Int) -> Double {
            let x = inputSigma * source.next()
            h[lane] = a * (h[lane] + x - previous[lane])
            previous[lane] = x
            l[lane] += b * (h[lane] - l[lane])
            return l[lane]
        }
        for lane in 0..<lanes { for _ in 0..<2000 { _ = step(lane) } }
        var alarms = 0
        for _ in 0..<passes {
            var alarmed = false
            for lane in 0..<lanes {
                for _ in 0..<gap { _ = step(lane) }
                for _ in 0..<samples where abs(step(lane)) > threshold { alarmed = true }
            }
            if alarmed { alarms += 1 }
        }
        let direct = Double(alarms) / Double(passes)
        let engine = Double(tally.alarms) / Double(tally.trials)
        let sd = (direct * (1 - direct) / Double(passes) + engine * (1 - engine) / Double(trials)).squareRoot()
        #expect(tally.trials == trials)
        #expect(abs(engine - direct) < 4 * sd, "engine \(engine), direct \(direct), sd \(sd)")
        let white = 1 - pow(1 - erfc(3.5 / 2.0.squareRoot()), Double(samples * lanes))
        let directSD = (direct * (1 - direct) / Double(passes)).squareRoot()
        #expect(direct < white - 3 * directSD && direct > 0.25, "direct \(direct), white closed form \(white)")
    }

    /// The white option keeps the closed form 1 − (1 − 2Q(T/σ))^(N(v) · zones · channels),
    /// averaged over the truncated normal of walking speeds (N depends on the speed),
    /// here with two channels and a band-pass filter.
    @Test func whiteCleanTesterFalseAlarmRateIsTheClosedFormOverSpeeds() throws {
        let tally = try Self.cleanRun("{mode: cw, frequencies: [5 kHz, 20 kHz], threshold: 4 uV, noise: 1 uV, noise_model: white-after-filter}",
                                      speed: "{mean: 1.1 m/s, sd: 0.25 m/s, min: 0.6 m/s, max: 1.6 m/s}", trials: 8000)
        let perSample = erfc(4 / 2.0.squareRoot())
        var weighted = 0.0, weights = 0.0
        let steps = 20_000
        for i in 0..<steps {
            let v = 0.6 + (Double(i) + 0.5) / Double(steps)
            let w = exp(-0.5 * pow((v - 1.1) / 0.25, 2))
            let n = PassSimulator.sampleCount(halfLengthM: 0.9, speedMPerS: v, sampleRateHz: 100)
            weighted += w * (1 - pow(1 - perSample, Double(n * 6 * 2)))
            weights += w
        }
        let expected = weighted / weights
        let (low, high) = tally.interval
        #expect(low <= expected && expected <= high, "expected \(expected), got [\(low), \(high)]")
        #expect(expected > 0.1 && expected < 0.2)
    }
}

/// Where each noise sample lands: the channel draws a pass's noise sample-major over its
/// lanes and reads it in blocks of eight lanes of the stride's layout, masking the lanes
/// past the last. With six lanes on a stride of eight, a block straddles two samples'
/// noise; a longer pass first leaves noise in the buffer past the shorter one's.
struct ChannelNoisePlacementTests {
    @Test(arguments: [DetectorSettings.NoiseModel.whiteAfterFilter, .filtered])
    func everySampleGetsItsOwnDrawAndPaddingGetsNone(model: DetectorSettings.NoiseModel) throws {
        var settings = DetectorSettings.standard
        settings.noiseV = 1e-6
        settings.noiseModel = model
        // Unfiltered, either model adds its noise to the signal as drawn.
        if model == .filtered { settings.filter = .none }
        let compiled = CompiledPortal(portal: PortalClass.cwMultiZone.portal, settings: settings)
        let lanes = compiled.zoneCount * compiled.laneChannelCount, stride = 8
        try #require(lanes == 6)
        let channel = ChannelState(compiled: compiled, maxSamples: 20, laneStride: stride)
        let random = RandomStream()
        for n in [20, 13] {
            var signal = [Double](repeating: 0, count: 20 * stride)
            for k in 0..<n { for j in 0..<lanes { signal[k * stride + j] = 1e-6 * Double(j + 1) * sin(Double(k) * 0.4) } }
            var filtered = signal
            if case .bandPass(let low, let high) = settings.filter {
                filtered.withUnsafeMutableBufferPointer {
                    PassSimulator.filter($0, samples: n, lanes: lanes, stride: stride, lowHz: low, highHz: high,
                                         sampleRateHz: settings.sampleRateHz)
                }
            }
            random.reseed(seed: 3, caseID: 1, pass: n, stream: 2)
            var z = [Double](repeating: 0, count: n * lanes)
            z.withUnsafeMutableBufferPointer { random.copy().fillGaussians($0, scale: channel.noiseScale) }
            var out = [Double](repeating: .nan, count: 20 * stride), peaks = [Double](repeating: 0, count: 6)
            signal.withUnsafeMutableBufferPointer { y in
                out.withUnsafeMutableBufferPointer { o in
                    peaks.withUnsafeMutableBufferPointer { p in
                        channel.run(signal: y, samples: n, random: random, zonePeaksV: p, noisyOutput: o.baseAddress)
                    }
                }
            }
            var expectedPeaks = [Double](repeating: 0, count: 6)
            for k in 0..<n {
                for j in 0..<lanes {
                    let expected = filtered[k * stride + j] + z[k * lanes + j]
                    #expect(out[k * stride + j].bitPattern == expected.bitPattern, "n \(n), sample \(k), lane \(j)")
                    expectedPeaks[j] = max(expectedPeaks[j], abs(expected))
                }
                for j in lanes..<stride { #expect(out[k * stride + j].bitPattern == 0, "padding lane \(j) of sample \(k)") }
            }
            #expect(peaks == expectedPeaks)
        }
    }

    /// The filtered channel (noise before the filter, the default) is, lane by lane and
    /// bit for bit, the scalar recursion of ``BandPassChannel`` from the stationary state
    /// drawn after the noise, in every block of eight lanes: discrimination's R and X
    /// lanes make twelve on a stride of sixteen. The peaks of the same pass run without
    /// storing its output (the engine's loop) are the stored output's.
    @Test func theFilteredChannelIsTheScalarRecursionInEveryBlock() throws {
        var settings = DetectorSettings.standard
        settings.noiseV = 1e-6
        settings.noiseModel = .filtered
        settings.rejectPhaseRad = 1.0...1.4
        let compiled = CompiledPortal(portal: PortalClass.cwMultiZone.portal, settings: settings)
        let lanes = compiled.zoneCount * compiled.laneChannelCount, stride = 16, n = 30
        try #require(lanes == 12)
        guard case .bandPass(let low, let high) = settings.filter else { Issue.record("no filter"); return }
        let model = BandPassChannel(lowHz: low, highHz: high, sampleRateHz: settings.sampleRateHz)
        let channel = ChannelState(compiled: compiled, maxSamples: n, laneStride: stride)
        let random = RandomStream()
        random.reseed(seed: 5, caseID: 2, pass: 7, stream: 3)
        var signal = [Double](repeating: 0, count: n * stride)
        for k in 0..<n { for j in 0..<lanes { signal[k * stride + j] = 1e-6 * Double(j + 1) * sin(Double(k) * 0.3 + Double(j)) } }
        // The draws: the noise sample-major, then two deviates per lane for its state.
        let draws = random.copy()
        var z = [Double](repeating: 0, count: n * lanes), state = [Double](repeating: 0, count: 2 * lanes)
        z.withUnsafeMutableBufferPointer { draws.fillGaussians($0, scale: channel.noiseScale) }
        state.withUnsafeMutableBufferPointer { draws.fillGaussians($0, scale: 1) }
        let (l00, l10, l11) = channel.initialState
        var expected = [Double](repeating: 0, count: n * stride)
        for j in 0..<lanes {
            var r = l00 * state[2 * j], l = l10 * state[2 * j] + l11 * state[2 * j + 1]
            for k in 0..<n {
                let x = signal[k * stride + j] + z[k * lanes + j]
                let h = r + model.a * x
                r = model.a * (h - x)
                l += model.b * (h - l)
                expected[k * stride + j] = l
            }
        }
        var out = [Double](repeating: .nan, count: n * stride), peaks = [Double](repeating: 0, count: 6)
        var input = signal
        input.withUnsafeMutableBufferPointer { y in
            out.withUnsafeMutableBufferPointer { o in
                peaks.withUnsafeMutableBufferPointer { p in
                    channel.run(signal: y, samples: n, random: random.copy(), zonePeaksV: p, noisyOutput: o.baseAddress)
                }
            }
        }
        for k in 0..<n {
            for j in 0..<lanes {
                #expect(out[k * stride + j].bitPattern == expected[k * stride + j].bitPattern, "sample \(k), lane \(j)")
            }
            for j in lanes..<stride { #expect(out[k * stride + j].bitPattern == 0, "padding lane \(j) of sample \(k)") }
        }

        // Without discrimination (six lanes), on the same stride: the loop that keeps no
        // output gives the peaks of the loop that does.
        var plain = settings
        plain.rejectPhaseRad = nil
        let six = CompiledPortal(sharingGridOf: compiled, settings: plain)
        let plainChannel = ChannelState(compiled: six, maxSamples: n, laneStride: stride)
        var rows = [Double](repeating: 0, count: n * stride)
        func zonePeaks(storing: Bool) -> [Double] {
            var y = signal, peaks = [Double](repeating: 0, count: 6)
            y.withUnsafeMutableBufferPointer { y in
                rows.withUnsafeMutableBufferPointer { o in
                    peaks.withUnsafeMutableBufferPointer { p in
                        plainChannel.run(signal: y, samples: n, random: random.copy(), zonePeaksV: p,
                                         noisyOutput: storing ? o.baseAddress : nil)
                    }
                }
            }
            return peaks
        }
        let stored = zonePeaks(storing: true), kept = zonePeaks(storing: false)
        let fromRows = (0..<6).map { zone in (0..<n).map { abs(rows[$0 * stride + zone]) }.max() ?? 0 }
        #expect(stored == fromRows)
        #expect(kept == stored)
        #expect(kept.allSatisfy { $0 > 0 })
    }
}
