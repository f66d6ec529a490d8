extension PassSimulator {
    /// Every sample of one pass, per lane (zone and channel): what `pass` decides on.
    struct Lanes {
        /// Samples in the pass.
        let samples: Int
        /// The filtered channels without noise or interference, V,
        /// `[(sample * channels + channel) * zones + zone]`.
        let signalV: [Double]
        /// The filtered channels as the threshold sees them — with the noise and the
        /// interference, wherever the noise model puts them — V, in the same order.
        let noisyV: [Double]
        let outcome: Outcome
    }

    /// One pass exactly as `pass` makes it — the same call, the same draws, so the stream
    /// is left where `pass` would leave it and the outcome is the same — with the
    /// channel's noisy output written to a second buffer on the way. Slower (it copies
    /// the lanes and filters the clean signal again); for looking at single passes.
    func trace(speedMPerS: Double, lateralOffsetM: Double, stridePhase: Double,
               objects: [(CarriedObjectModel, Placement)], random: RandomStream) -> Lanes {
        let n = samples(speedMPerS: speedMPerS)
        var noisy = [Double](repeating: 0, count: maxSamples * laneStride)
        var clean = [Double]()
        let flagged = noisy.withUnsafeMutableBufferPointer { out in
            passPeaks(speedMPerS: speedMPerS, lateralOffsetM: lateralOffsetM, stridePhase: stridePhase,
                      objects: objects, random: random, noisyOutput: out.baseAddress, beforeChannel: { clean = $0 })
        }
        let outcome = compiled.outcome(zonePeaksV: zonePeakV[...], dipoleFlagged: flagged)
        let settings = compiled.settings
        if case .bandPass(let low, let high) = settings.filter {
            clean.withUnsafeMutableBufferPointer {
                Self.filter($0, samples: n, lanes: lanes, stride: laneStride, lowHz: low, highHz: high, sampleRateHz: settings.sampleRateHz)
            }
        }
        func compact(_ values: [Double]) -> [Double] {
            (0..<(n * lanes)).map { values[($0 / lanes) * laneStride + $0 % lanes] }
        }
        guard let discrimination = channel.discrimination else {
            return Lanes(samples: n, signalV: compact(clean), noisyV: compact(noisy), outcome: outcome)
        }
        // The detector's channel from each (R, X) pair; a noisy sample whose phase is
        // rejected reads 0, as it counts for nothing.
        let frequencies = channels / 2
        var signalV = [Double](), noisyV = [Double]()
        for k in 0..<n {
            for f in 0..<frequencies {
                for zone in 0..<zones {
                    let r = k * laneStride + 2 * f * zones + zone, x = r + zones
                    signalV.append(discrimination.cosPhase * clean[r] + discrimination.sinPhase * clean[x])
                    noisyV.append(discrimination.counted(r: noisy[r], x: noisy[x]))
                }
            }
        }
        return Lanes(samples: n, signalV: signalV, noisyV: noisyV, outcome: outcome)
    }
}
