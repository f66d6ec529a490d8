import Foundation
import PortalPhysics

/// The detector channel of a pass, after the signal is synthesised: noise and
/// interference in, band-pass filter, each zone's peak |y| out — one loop over samples
/// per block of eight lanes, the block's filter state in registers. The model and its
/// derivations are in docs/channel.md; ``BandPassChannel`` holds the filter's algebra.
///
/// **Draws**, from the stage's stream, in this order whatever the results (each part
/// only when configured, so that an option left off draws nothing):
/// 1. the noise samples, one Gaussian per sample and lane, sample-major (both noise
///    models draw these same numbers, so they meet the same noise);
/// 2. with filtered noise through a filter, each lane's initial filter state, two
///    Gaussians per lane (a stationary draw, so the first samples are as noisy as the rest);
/// 3. mains: one uniform phase per channel and leaking harmonic;
/// 4. drift: one Gaussian slope per lane;
/// 5. bursts: one uniform for their count, then per burst a uniform start and a uniform sign.
final class ChannelState {
    enum Mode {
        /// Noise before the filter (`filtered` with a filter).
        case noiseBeforeFilter
        /// Noise after the filter (`white-after-filter` with a filter).
        case noiseAfterFilter
        /// No filter: the noise (of either model) is added to the channel as it is.
        case unfiltered
    }

    let mode: Mode
    let zones: Int
    let channels: Int
    let laneStride: Int
    let sampleRateHz: Double
    /// The filter's coefficients (unused when unfiltered).
    let filter: BandPassChannel?
    /// The standard deviation of the noise samples drawn: the front-end σ_in before the
    /// filter (σ / √gain), or σ itself after it.
    let noiseScale: Double
    /// σ_in times the Cholesky factor of the stationary state covariance.
    let initialState: (l00: Double, l10: Double, l11: Double)
    let interference: DetectorSettings.Interference
    /// With phase discrimination: the lanes hold (R, X) pairs per frequency.
    let discrimination: PhaseDiscrimination?
    /// Per channel, the beat angular frequencies (rad/s) of the mains harmonics that leak.
    let mainsBeatsRadPerS: [[Double]]
    let maxSamples: Int
    // Owned buffers, allocated once: the noise, each lane's filter state (r, l) and
    // running peak, and per sample the bursts' input.
    /// The pass's noise as drawn, sample-major without the padding (maxSamples × lanes,
    /// then `laneStride` zeros, so that the last sample's blocks can be read whole).
    /// The loop over samples reads it in blocks of eight at `sample × lanes + 8 block` and
    /// masks the lanes past `lanes` (the next sample's) with `noiseMask`: no copy into
    /// the stride's layout (66 small copies a pass, 3 % of a pass's time).
    private let drawn: UnsafeMutablePointer<Double>
    /// Per block of eight lanes, all bits set in the lanes below `lanes`, zero above.
    private let noiseMask: UnsafeMutablePointer<SIMD8<UInt64>>
    /// The initial filter states' deviates, two per lane.
    private let stateDraws: UnsafeMutablePointer<Double>
    private let stateR: UnsafeMutablePointer<SIMD8<Double>>
    private let stateL: UnsafeMutablePointer<SIMD8<Double>>
    private let lanePeak: UnsafeMutablePointer<SIMD8<Double>>
    let common: UnsafeMutablePointer<Double>
    /// With discrimination, every filtered sample of the pass (its phases are needed).
    private let rows: UnsafeMutablePointer<Double>

    /// - Parameter laneStride: values per sample in the signal, a multiple of eight (the
    ///   loop runs eight lanes at a time) holding every channel's zones.
    init(compiled: CompiledPortal, maxSamples: Int, laneStride: Int) {
        precondition(laneStride > 0 && laneStride % 8 == 0 && laneStride >= compiled.zoneCount * compiled.laneChannelCount,
                     "ChannelState: the lane stride must be a multiple of 8 holding every lane")
        let settings = compiled.settings
        zones = compiled.zoneCount
        channels = compiled.laneChannelCount
        self.laneStride = laneStride
        discrimination = compiled.discriminates ? settings.rejectPhaseRad.map {
            PhaseDiscrimination(demodulationPhaseRad: settings.demodulationPhaseRad, rejectedRad: $0)
        } : nil
        sampleRateHz = settings.sampleRateHz
        interference = settings.interference
        let sigma = settings.noiseV
        if case .bandPass(let low, let high) = settings.filter {
            let model = BandPassChannel(lowHz: low, highHz: high, sampleRateHz: settings.sampleRateHz)
            filter = model
            if settings.noiseModel == .filtered {
                mode = .noiseBeforeFilter
                noiseScale = sigma / model.noiseGain.squareRoot()
                let c = model.stationaryCholesky
                initialState = (noiseScale * c.l00, noiseScale * c.l10, noiseScale * c.l11)
            } else {
                mode = .noiseAfterFilter
                noiseScale = sigma
                initialState = (0, 0, 0)
            }
        } else {
            filter = nil
            mode = .unfiltered
            noiseScale = sigma
            initialState = (0, 0, 0)
        }
        if let mains = settings.interference.mains {
            mainsBeatsRadPerS = Self.mainsBeats(mains, detector: compiled.portal.detector, sampleRateHz: settings.sampleRateHz)
        } else {
            mainsBeatsRadPerS = []
        }
        self.maxSamples = maxSamples
        let lanes = zones * channels
        drawn = .allocate(capacity: maxSamples * lanes + laneStride)
        drawn.initialize(repeating: 0, count: maxSamples * lanes + laneStride)
        let blocks = laneStride / 8
        noiseMask = .allocate(capacity: blocks)
        for c in 0..<blocks {
            let lane = SIMD8<Int64>(0, 1, 2, 3, 4, 5, 6, 7) &+ Int64(8 * c)
            noiseMask[c] = SIMD8<UInt64>(repeating: 0).replacing(with: ~0, where: lane .< Int64(lanes))
        }
        stateDraws = .allocate(capacity: 2 * lanes)
        stateDraws.initialize(repeating: 0, count: 2 * lanes)
        stateR = .allocate(capacity: blocks)
        stateR.initialize(repeating: .zero, count: blocks)
        stateL = .allocate(capacity: blocks)
        stateL.initialize(repeating: .zero, count: blocks)
        lanePeak = .allocate(capacity: blocks)
        lanePeak.initialize(repeating: .zero, count: blocks)
        common = .allocate(capacity: maxSamples)
        common.initialize(repeating: 0, count: maxSamples)
        let rowCount = discrimination == nil ? 0 : maxSamples * laneStride
        rows = .allocate(capacity: rowCount)
        rows.initialize(repeating: 0, count: rowCount)
    }

    deinit {
        drawn.deallocate()
        noiseMask.deallocate()
        stateDraws.deallocate()
        stateR.deallocate()
        stateL.deallocate()
        lanePeak.deallocate()
        common.deallocate()
        rows.deallocate()
    }

    /// The beat frequencies, per channel, of the mains orders that leak into it: for a CW
    /// channel at carrier f_c, the `harmonics` orders k nearest the carrier, which the
    /// demodulator shifts to k f_m − f_c; for a pulse detector, orders 1…`harmonics`,
    /// aliased by the pulse rate f_p to k f_m − round(k f_m / f_p) f_p. Only beats below
    /// half the sample rate survive the demodulator's output filter before sampling.
    static func mainsBeats(_ mains: DetectorSettings.Mains, detector: DetectorMode, sampleRateHz fs: Double) -> [[Double]] {
        let fm = mains.frequencyHz
        func kept(_ beats: [Double]) -> [Double] { beats.filter { abs($0) < fs / 2 }.map { 2 * Double.pi * $0 } }
        switch detector {
        case .continuousWave(let frequencies):
            return frequencies.map { carrier in
                let nearest = Int((carrier / fm).rounded())
                let orders = (Swift.max(1, nearest - mains.harmonics)...(nearest + mains.harmonics))
                    .sorted { (abs(Double($0) * fm - carrier), $0) < (abs(Double($1) * fm - carrier), $1) }
                    .prefix(mains.harmonics)
                return kept(orders.map { Double($0) * fm - carrier })
            }
        case .pulseInduction(_, let rate):
            return [kept((1...Swift.max(1, mains.harmonics)).map { k in
                let f = Double(k) * fm
                return f - (f / rate).rounded() * rate
            })]
        }
    }

    /// Runs the channel over `samples` samples of `signal` (which it changes: the
    /// interference is added to it in place) and writes each zone's peak |y|.
    func run(signal: UnsafeMutableBufferPointer<Double>, samples n: Int, random: RandomStream,
             zonePeaksV: UnsafeMutableBufferPointer<Double>, noisyOutput: UnsafeMutablePointer<Double>?) {
        guard let sBase = signal.baseAddress, n > 0 else { return }
        precondition(n <= maxSamples && signal.count >= n * laneStride, "ChannelState: a pass longer than its buffers")
        let lanes = zones * channels, stride = laneStride, blocks = stride / 8
        // 1. Noise samples, in one bulk fill (the padding lanes get none: the loop masks
        // them). With σ = 0 nothing is drawn and the buffer stays zero from its creation.
        if noiseScale > 0 {
            random.fillGaussians(UnsafeMutableBufferPointer(start: drawn, count: n &* lanes), scale: noiseScale)
        }
        // 2. Initial filter states: stationary noise, or zero.
        for i in 0..<blocks { stateR[i] = .zero; stateL[i] = .zero; lanePeak[i] = .zero }
        let rLanes = UnsafeMutableRawPointer(stateR).assumingMemoryBound(to: Double.self)
        let lLanes = UnsafeMutableRawPointer(stateL).assumingMemoryBound(to: Double.self)
        if mode == .noiseBeforeFilter && noiseScale > 0 {
            // (z₀, z₁) per lane, in one fill: the numbers of as many `gaussian()` calls.
            random.fillGaussians(UnsafeMutableBufferPointer(start: stateDraws, count: 2 &* lanes), scale: 1)
            for lane in 0..<lanes {
                let z0 = stateDraws[2 &* lane], z1 = stateDraws[2 &* lane &+ 1]
                rLanes[lane] = initialState.l00 * z0
                lLanes[lane] = initialState.l10 * z0 + initialState.l11 * z1
            }
        }
        // 3–5. Interference, into the signal before the filter.
        if !interference.isOff {
            addInterference(signal: sBase, samples: n, random: random, stateR: rLanes, stateL: lLanes)
        }
        let a = filter?.a ?? 0, b = filter?.b ?? 0
        let noiseRows = NoiseRows(base: drawn, lanes: lanes, mask: noiseMask)
        // Discrimination needs every filtered sample's (R, X) pair: keep them all.
        let noisyOutput = discrimination == nil ? noisyOutput : (noisyOutput ?? rows)
        switch (mode, noisyOutput) {
        case (.noiseBeforeFilter, nil):
            Self.filtered(noiseAfter: false, store: false, n, blocks, stride, a, b, sBase, noiseRows, stateR, stateL, lanePeak, sBase)
        case (.noiseBeforeFilter, let out?):
            Self.filtered(noiseAfter: false, store: true, n, blocks, stride, a, b, sBase, noiseRows, stateR, stateL, lanePeak, out)
        case (.noiseAfterFilter, nil):
            Self.filtered(noiseAfter: true, store: false, n, blocks, stride, a, b, sBase, noiseRows, stateR, stateL, lanePeak, sBase)
        case (.noiseAfterFilter, let out?):
            Self.filtered(noiseAfter: true, store: true, n, blocks, stride, a, b, sBase, noiseRows, stateR, stateL, lanePeak, out)
        case (.unfiltered, let out):
            Self.unfiltered(n, blocks, stride, sBase, noiseRows, lanePeak, out)
        }
        if let discrimination, let out = noisyOutput {
            discrimination.zonePeaks(out, samples: n, stride: stride, zones: zones, frequencies: channels / 2, into: zonePeaksV)
            return
        }
        let peaks = UnsafeMutableRawPointer(lanePeak).assumingMemoryBound(to: Double.self)
        for zone in 0..<zones {
            var best = 0.0
            for c in 0..<channels { best = Swift.max(best, peaks[c &* zones &+ zone]) }
            zonePeaksV[zone] = best
        }
    }

    /// The loop over samples, eight lanes at a time: x = signal (+ noise before
    /// the filter), the 2-state recursion of ``BandPassChannel``, y (+ noise after it),
    /// and the running max |y| per lane. Each block of eight lanes (the stride is a
    /// multiple of eight) runs through all the samples with its filter state and peaks in
    /// registers: kept in the state buffers across the samples instead, every sample
    /// waited for its state's store and reload. The lanes are independent, so the order
    /// of blocks changes no number.
    ///
    /// Index arithmetic wraps: k < n ≤ maxSamples and c < blocks keep every offset inside
    /// the buffers: the signal and the output hold maxSamples × stride values, the noise
    /// maxSamples × lanes + stride, and its largest read is (n − 1) × lanes + stride − 1.
    /// `noiseAfter` and `store` are constants at every call, so each call is its own loop.
    @inline(__always)
    fileprivate static func filtered(noiseAfter: Bool, store: Bool, _ n: Int, _ blocks: Int, _ stride: Int, _ a: Double, _ b: Double,
                                     _ signal: UnsafeMutablePointer<Double>, _ noise: NoiseRows,
                                     _ r: UnsafeMutablePointer<SIMD8<Double>>, _ l: UnsafeMutablePointer<SIMD8<Double>>,
                                     _ peak: UnsafeMutablePointer<SIMD8<Double>>, _ out: UnsafeMutablePointer<Double>) {
        let av = SIMD8<Double>(repeating: a), bv = SIMD8<Double>(repeating: b)
        for c in 0..<blocks {
            var rc = r[c], lc = l[c], pc = peak[c]
            for k in 0..<n {
                let o = k &* stride &+ c &* 8
                let s = UnsafeRawPointer(signal + o).loadUnaligned(as: SIMD8<Double>.self)
                let w = noise.block(c, ofSample: k)
                let x = noiseAfter ? s : s + w
                let h = rc + av * x
                rc = av * (h - x)
                let v = lc + bv * (h - lc)
                lc = v
                let y = noiseAfter ? v + w : v
                pc = Self.maxAbs(pc, y)
                if store { UnsafeMutableRawPointer(out + o).storeBytes(of: y, as: SIMD8<Double>.self) }
            }
            (r[c], l[c], peak[c]) = (rc, lc, pc)
        }
    }

    /// max(p, |y|) lane by lane, as `Swift.max(p, abs(y))` gives it (|y| when p < |y|).
    @inline(__always)
    static func maxAbs(_ p: SIMD8<Double>, _ y: SIMD8<Double>) -> SIMD8<Double> {
        let magnitude = unsafeBitCast(unsafeBitCast(y, to: SIMD8<UInt64>.self) & SIMD8(repeating: ~(1 << 63)), to: SIMD8<Double>.self)
        return p.replacing(with: magnitude, where: p .< magnitude)
    }

    /// Without a filter: y = signal + noise.
    fileprivate static func unfiltered(_ n: Int, _ blocks: Int, _ stride: Int, _ signal: UnsafeMutablePointer<Double>,
                                       _ noise: NoiseRows, _ peak: UnsafeMutablePointer<SIMD8<Double>>,
                                       _ out: UnsafeMutablePointer<Double>?) {
        for k in 0..<n {
            let base = k &* stride
            for c in 0..<blocks {
                let o = base &+ c &* 8
                let y = UnsafeRawPointer(signal + o).loadUnaligned(as: SIMD8<Double>.self) + noise.block(c, ofSample: k)
                peak[c] = Self.maxAbs(peak[c], y)
                if let out { UnsafeMutableRawPointer(out + o).storeBytes(of: y, as: SIMD8<Double>.self) }
            }
        }
    }
}

/// The pass's noise as drawn (sample-major, `lanes` per sample) read as the loop's
/// blocks of eight lanes of the stride's layout: block c of sample k is the eight values
/// from k × lanes + 8c, the lanes past `lanes` (the next sample's noise, or the zeros
/// after the last) masked to +0, so that padding lanes see exactly no noise.
fileprivate struct NoiseRows {
    let base: UnsafeMutablePointer<Double>
    let lanes: Int
    let mask: UnsafeMutablePointer<SIMD8<UInt64>>

    @inline(__always)
    func block(_ c: Int, ofSample k: Int) -> SIMD8<Double> {
        let bits = UnsafeRawPointer(base + (k &* lanes &+ c &* 8)).loadUnaligned(as: SIMD8<UInt64>.self) & mask[c]
        return unsafeBitCast(bits, to: SIMD8<Double>.self)
    }
}
