import CGSL

/// A GSL random number generator owned by one worker, reseeded for every block of
/// passes from (seed, case, block) alone — never from thread scheduling — so a run's
/// output is the same with one thread or many and however it is sharded.
///
/// The three numbers are mixed by SplitMix64, a bijective avalanche hash, into 96 bits
/// of taus2 state (not gsl_rng_set's 32 bits, with which a large run's streams would
/// collide), so neighbouring blocks get unrelated streams.
final class RandomStream {
    /// Internal, not private, so that `copy()` (RandomStream+Copy.swift) can clone it.
    let rng: UnsafeMutablePointer<gsl_rng>

    init?() {
        guard let r = gsl_rng_alloc(portalsim_rng_taus2()) else { return nil }
        rng = r
    }

    deinit { gsl_rng_free(rng) }

    /// Positions the stream at the start of block `block` of case `caseIndex`.
    func reseed(seed: UInt64, caseIndex: Int, block: Int) {
        let (a, b) = Self.mix(seed: seed, caseIndex: caseIndex, block: block)
        portalsim_taus2_seed(rng, UInt(truncatingIfNeeded: a), UInt(truncatingIfNeeded: a >> 32), UInt(truncatingIfNeeded: b))
    }

    /// 128 well-mixed bits from the triple (96 of them are used).
    static func mix(seed: UInt64, caseIndex: Int, block: Int) -> (UInt64, UInt64) {
        var x = splitMix(seed)
        x = splitMix(x ^ UInt64(truncatingIfNeeded: caseIndex))
        x = splitMix(x ^ UInt64(truncatingIfNeeded: block) &* 0x9E37_79B9_7F4A_7C15)
        return (x, splitMix(x))
    }

    static func splitMix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on [0, 1).
    @inline(__always) func uniform() -> Double { gsl_rng_uniform(rng) }

    /// Standard normal (GSL's ziggurat).
    @inline(__always) func gaussian() -> Double { gsl_ran_gaussian_ziggurat(rng, 1) }

    /// A normal draw truncated to `range` by rejection (the mean must lie inside it).
    func truncatedGaussian(mean: Double, sd: Double, range: ClosedRange<Double>) -> Double {
        guard sd > 0 else { return Swift.min(Swift.max(mean, range.lowerBound), range.upperBound) }
        for _ in 0..<1000 {
            let x = mean + sd * gaussian()
            if range.contains(x) { return x }
        }
        return mean
    }
}
