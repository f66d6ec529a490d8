extension PassSimulator {
    /// Every sample of one pass, per lane (zone and channel): what `pass` decides on.
    struct Lanes {
        /// Samples in the pass.
        let samples: Int
        /// The filtered channels without noise, V, `[(sample * channels + channel) * zones + zone]`.
        let signalV: [Double]
        /// The same with the detector's white noise added, as the threshold sees them, V.
        let noisyV: [Double]
        let outcome: Outcome
    }

    /// One pass as `pass` makes it, with its samples kept: the same draws from `random`,
    /// in the same order, so the stream is left where `pass` would leave it and the
    /// outcome is the same. Slower (it copies the lanes); for looking at single passes.
    func trace(speedMPerS: Double, lateralOffsetM: Double, stridePhase: Double,
               objects: [(CarriedObjectModel, Placement)], random: RandomStream) -> Lanes {
        // `pass` draws nothing but the noise, one Gaussian per sample and lane in buffer
        // order; a copy of the stream taken before it replays those draws.
        let noise = random.copy()
        let outcome = pass(speedMPerS: speedMPerS, lateralOffsetM: lateralOffsetM, stridePhase: stridePhase,
                           objects: objects, random: random)
        let n = samples(speedMPerS: speedMPerS)
        let lanes = channels * zones
        let clean = (0..<n).flatMap { k in signal[(k * laneStride)..<(k * laneStride + lanes)] }
        let sigma = compiled.settings.noiseV
        let noisy = sigma > 0 ? clean.map { $0 + sigma * noise.gaussian() } : clean
        return Lanes(samples: n, signalV: clean, noisyV: noisy, outcome: outcome)
    }
}
