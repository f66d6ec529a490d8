/// Philox4x32-10 (Salmon, Moraes, Dror and Shaw, "Parallel random numbers: as easy as
/// 1, 2, 3", SC'11; the Random123 library): a keyed bijection of 128-bit counters whose
/// outputs pass BigCrush for any key and any sequence of counters.
///
/// It is counter-based: the n-th block of a stream is a pure function of (key, counter),
/// so a stream is positioned anywhere in O(1) — no state to warm up or advance — and
/// every (seed, case, pass, stream) gets its own key and counter range instead of
/// sharing one generator's sequence. That is what keeps a simulation's draws a function
/// of what is drawn, never of which thread draws it or in which order.
///
/// A round multiplies words 0 and 2 by two constants into 64-bit products, and the next
/// state is (hi₂ ⊕ c₁ ⊕ k₀, lo₂, hi₀ ⊕ c₃ ⊕ k₁, lo₀); the key is bumped by the Weyl
/// constants (golden ratio and √3 − 1, as 32-bit fractions) before every round after the
/// first. All arithmetic wraps (it is arithmetic mod 2³²), so none is overflow-checked.
///
/// How the engine keys its streams: docs/statistics.md#philox-streams.
public struct Philox4x32: Sendable, Hashable {
    /// The two round multipliers.
    public static let multiplier0: UInt32 = 0xD251_1F53
    public static let multiplier1: UInt32 = 0xCD9E_8D57
    /// The key schedule's Weyl increments.
    public static let weyl0: UInt32 = 0x9E37_79B9
    public static let weyl1: UInt32 = 0xBB67_AE85
    /// Rounds of the standard variant, the one whose statistical quality Random123
    /// reports with a safety margin (7 already pass BigCrush).
    public static let standardRounds = 10

    public var key: SIMD2<UInt32>

    @inlinable public init(key: SIMD2<UInt32>) { self.key = key }

    /// The 64-bit key as two words, low word first (Random123's k[0], k[1]).
    @inlinable public init(key: UInt64) {
        self.key = SIMD2(UInt32(truncatingIfNeeded: key), UInt32(truncatingIfNeeded: key >> 32))
    }

    /// The output block for `counter` (words in Random123's order c[0]…c[3]).
    @inlinable public func callAsFunction(_ counter: SIMD4<UInt32>) -> SIMD4<UInt32> {
        block(counter, rounds: Self.standardRounds)
    }

    /// The block after `rounds` rounds (for the known-answer tests of other round counts;
    /// the simulation uses 10).
    @inlinable public func block(_ counter: SIMD4<UInt32>, rounds: Int) -> SIMD4<UInt32> {
        var (c0, c1, c2, c3) = (counter[0], counter[1], counter[2], counter[3])
        var (k0, k1) = (key[0], key[1])
        for round in 0..<rounds {
            if round > 0 { k0 &+= Self.weyl0; k1 &+= Self.weyl1 }
            let p0 = UInt64(c0) &* UInt64(Self.multiplier0)
            let p1 = UInt64(c2) &* UInt64(Self.multiplier1)
            let n0 = UInt32(truncatingIfNeeded: p1 >> 32) ^ c1 ^ k0
            let n2 = UInt32(truncatingIfNeeded: p0 >> 32) ^ c3 ^ k1
            (c0, c1, c2, c3) = (n0, UInt32(truncatingIfNeeded: p1), n2, UInt32(truncatingIfNeeded: p0))
        }
        return SIMD4(c0, c1, c2, c3)
    }

    /// Eight blocks at once, lane j of every vector being block j: `counters` holds word w
    /// of the eight counters in `counters.w`, and so does the result. The same rounds as
    /// `callAsFunction`, written on vectors so that the compiler keeps eight independent
    /// multiplications in flight (two 32×32→64-bit products per SSE2 `pmuludq`).
    @inlinable public func eightBlocks(_ counters: Lanes) -> Lanes {
        var c = counters
        var (k0, k1) = (key[0], key[1])
        for round in 0..<Self.standardRounds {
            if round > 0 { k0 &+= Self.weyl0; k1 &+= Self.weyl1 }
            let (h0, l0) = Self.multiplyHighLow(c.w0, Self.multiplier0)
            let (h1, l1) = Self.multiplyHighLow(c.w2, Self.multiplier1)
            c = Lanes(w0: h1 ^ c.w1 ^ SIMD8(repeating: k0), w1: l1, w2: h0 ^ c.w3 ^ SIMD8(repeating: k1), w3: l0)
        }
        return c
    }

    /// Sixteen blocks, as two `eightBlocks` calls give them, with the two sets of lanes
    /// advanced in the same loop: each round's multiplies and shuffles wait on the
    /// round before, so two independent chains keep the vector units twice as busy.
    @inlinable public func sixteenBlocks(_ first: Lanes, _ second: Lanes) -> (Lanes, Lanes) {
        var c = first, d = second
        var (k0, k1) = (key[0], key[1])
        for round in 0..<Self.standardRounds {
            if round > 0 { k0 &+= Self.weyl0; k1 &+= Self.weyl1 }
            let (h0, l0) = Self.multiplyHighLow(c.w0, Self.multiplier0)
            let (h1, l1) = Self.multiplyHighLow(c.w2, Self.multiplier1)
            let (g0, m0) = Self.multiplyHighLow(d.w0, Self.multiplier0)
            let (g1, m1) = Self.multiplyHighLow(d.w2, Self.multiplier1)
            let (kv0, kv1) = (SIMD8<UInt32>(repeating: k0), SIMD8<UInt32>(repeating: k1))
            c = Lanes(w0: h1 ^ c.w1 ^ kv0, w1: l1, w2: h0 ^ c.w3 ^ kv1, w3: l0)
            d = Lanes(w0: g1 ^ d.w1 ^ kv0, w1: m1, w2: g0 ^ d.w3 ^ kv1, w3: m0)
        }
        return (c, d)
    }

    /// Eight 128-bit blocks, stored word-major: `w0` holds word 0 of each block.
    public struct Lanes: Sendable, Equatable {
        public var w0, w1, w2, w3: SIMD8<UInt32>

        @inlinable public init(w0: SIMD8<UInt32>, w1: SIMD8<UInt32>, w2: SIMD8<UInt32>, w3: SIMD8<UInt32>) {
            (self.w0, self.w1, self.w2, self.w3) = (w0, w1, w2, w3)
        }
    }

    /// The high and low 32 bits of each lane's product with `m`, computed in place: the
    /// eight words read as four 64-bit lanes, the even words' products and the odd
    /// words' (shifted down) each one 32 × 32 → 64-bit multiply per lane (`pmuludq`),
    /// and their halves put back where the words were. Widening the words to eight
    /// 64-bit lanes and narrowing the products back instead cost two shuffles a product.
    @inlinable @inline(__always)
    static func multiplyHighLow(_ c: SIMD8<UInt32>, _ m: UInt32) -> (high: SIMD8<UInt32>, low: SIMD8<UInt32>) {
        let lanes = unsafeBitCast(c, to: SIMD4<UInt64>.self)
        let low32 = SIMD4<UInt64>(repeating: 0xFFFF_FFFF), multiplier = SIMD4<UInt64>(repeating: UInt64(m))
        let even = (lanes & low32) &* multiplier, odd = (lanes &>> 32) &* multiplier
        let high = (even &>> 32) | (odd & ~low32), low = (even & low32) | (odd &<< 32)
        return (unsafeBitCast(high, to: SIMD8<UInt32>.self), unsafeBitCast(low, to: SIMD8<UInt32>.self))
    }
}
