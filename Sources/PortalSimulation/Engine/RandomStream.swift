import PortalPhysics

/// The random numbers of one worker: Philox4x32-10 (counter-based), positioned for every
/// pass of every stream from (seed, case, pass, stream) alone — never from thread
/// scheduling — so a run's output is the same with one thread or many and however it is
/// sharded.
///
/// Positioning is O(1), with nothing to warm up: the key and the starting counter are
/// functions of the four numbers,
///
///     key     = h(seed, stream, pass >> 32)                 (64 bits)
///     counter = (draw block, pass mod 2³², caseID mod 2³², caseID >> 32)
///
/// with h a chain of SplitMix64 steps, bijective in `stream` for a given seed and pass
/// range, and the draw block counting the stream's blocks of four words from 0. So the
/// streams of two stages (two keys) never coincide, and two passes or cases of one
/// stream use disjoint counter ranges of 2³² blocks each (far beyond what a pass draws),
/// whatever the scenario's size. Successive draws read successive words.
///
/// See docs/statistics.md#philox-streams and docs/statistics.md#stream-identities.
final class RandomStream {
    /// The stream's state, owned by this object. Behind a pointer rather than in a stored
    /// `var`: a class's stored property is checked for exclusive access at run time on
    /// every mutating use (`swift_beginAccess`), and every draw mutates it — 3.5 % of a
    /// pass's time in the profile. One worker's stream is never shared, so nothing is lost.
    private let words: UnsafeMutablePointer<PhiloxStream>
    /// The ziggurat's tables, held here so that a draw does not go through the global's
    /// once-initialisation check.
    private let ziggurat = Ziggurat.standard

    /// A stream at (seed 0, case 0, pass 0, stream 0) until `reseed` positions it.
    convenience init() { self.init(words: PhiloxStream(key: .zero, counter: .zero)) }

    private init(words state: PhiloxStream) {
        words = .allocate(capacity: 1)
        words.initialize(to: state)
    }

    deinit {
        words.deinitialize(count: 1)
        words.deallocate()
    }

    /// Positions the stream at the start of pass `pass` of the case whose identity hashes
    /// to `caseID`, for the stream `stream` (0: the person and what they carry; a stage's
    /// identity, its kind and rank: that stage's noise and decisions). Every pass of every stage thus
    /// draws from its own stream: the same person meets every configuration (common
    /// random numbers), and a stage entered by a different set of people in another
    /// configuration does not shift anybody else's draws.
    func reseed(seed: UInt64, caseID: UInt64, pass: Int, stream: UInt64) {
        let (key, counter) = Self.position(seed: seed, caseID: caseID, pass: pass, stream: stream)
        words.pointee = PhiloxStream(key: key, counter: counter)
    }

    /// The key and the first counter of a stream (see the type's documentation).
    static func position(seed: UInt64, caseID: UInt64, pass: Int, stream: UInt64) -> (key: SIMD2<UInt32>, counter: SIMD4<UInt32>) {
        let p = UInt64(truncatingIfNeeded: pass)
        var x = splitMix(seed ^ 0x5DEE_CE66_D1CE_4E5B)
        x = splitMix(x ^ stream)
        x = splitMix(x ^ (p >> 32))
        let key = SIMD2(UInt32(truncatingIfNeeded: x), UInt32(truncatingIfNeeded: x >> 32))
        let counter = SIMD4(0, UInt32(truncatingIfNeeded: p), UInt32(truncatingIfNeeded: caseID), UInt32(truncatingIfNeeded: caseID >> 32))
        return (key, counter)
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

    static func splitMix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A second stream in this one's exact state: it draws the same numbers this one is
    /// about to draw, from its own state (the two never share one). The tests use it to
    /// know the noise a pass is about to add without changing the pass's own draws.
    func copy() -> RandomStream { RandomStream(words: words.pointee) }

    /// Uniform on [0, 1), 53 random bits (two words).
    @inline(__always) func uniform() -> Double { words.pointee.uniform() }

    /// Standard normal (the ziggurat: one word in ~99 % of draws).
    @inline(__always) func gaussian() -> Double { words.pointee.normal(ziggurat) }

    /// `out.count` standard normals times `scale`, the same as as many calls of
    /// `gaussian()` (each times `scale`) would give, in the same order, leaving the stream
    /// where they would: for the noise of a whole pass at once, without a call per draw.
    func fillGaussians(_ out: UnsafeMutableBufferPointer<Double>, scale: Double) {
        words.pointee.fillNormals(out, scale: scale, ziggurat)
    }

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
