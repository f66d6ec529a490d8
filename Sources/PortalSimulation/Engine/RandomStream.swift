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

    /// Positions the stream at the start of pass `pass` of the case whose identity hashes
    /// to `caseID`, for the stream `stream` (0: the person and what they carry; a stage's
    /// identity, its kind and rank: that stage's noise and decisions). Every pass of every stage thus
    /// draws from its own stream: the same person meets every configuration (common
    /// random numbers), and a stage entered by a different set of people in another
    /// configuration does not shift anybody else's draws.
    func reseed(seed: UInt64, caseID: UInt64, pass: Int, stream: UInt64) {
        var x = Self.splitMix(seed ^ 0x5DEE_CE66_D1CE_4E5B)
        x = Self.splitMix(x ^ caseID)
        x = Self.splitMix(x ^ UInt64(truncatingIfNeeded: pass) &* 0x9E37_79B9_7F4A_7C15)
        x = Self.splitMix(x ^ stream)
        let b = Self.splitMix(x)
        portalsim_taus2_seed(rng, UInt(truncatingIfNeeded: x), UInt(truncatingIfNeeded: x >> 32), UInt(truncatingIfNeeded: b))
    }

    /// A stable 64-bit identity of a name (FNV-1a over its UTF-8 bytes): the same in
    /// every run, on every machine, unlike Swift's per-process seeded `hashValue`.
    static func identity(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
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
