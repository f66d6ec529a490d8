/// The words of Philox4x32-10 for one key from one starting counter, in order: block k
/// (counter word 0 = start + k, the other three words fixed) gives words 4k … 4k + 3.
///
/// Blocks are generated in batches — one block first, since most streams draw only a
/// few words, then sixteen at a time on vectors — but the batching is invisible: word n of
/// the stream is the same however it was drawn (by `nextWord`, `uniform`, `normal` or
/// `fillNormals`, in any mix), because it is a function of (key, counter, n) alone.
public struct PhiloxStream: RandomWordSource, Sendable {
    public let generator: Philox4x32
    /// The counter of the next block to generate.
    @usableFromInline var nextCounter: SIMD4<UInt32>
    public var counter: SIMD4<UInt32> { nextCounter }
    /// Up to sixteen blocks in stream order: word w of batch block b at 4b + w, so
    /// that the bulk normals read four successive words as one vector.
    @usableFromInline var words: SIMD64<UInt32> = .zero
    /// The next word's position in the batch, and the batch's length (0, 4 or 64 words).
    @usableFromInline var cursor = 0
    @usableFromInline var available = 0

    /// Positions the stream at block `counter` (counter word 0 counts the blocks).
    @inlinable public init(key: SIMD2<UInt32>, counter: SIMD4<UInt32>) {
        generator = Philox4x32(key: key)
        nextCounter = counter
    }

    /// The next uniform 32-bit word.
    @inlinable @inline(__always)
    public mutating func nextWord() -> UInt32 {
        if cursor == available { refill() }
        let k = cursor
        cursor = k &+ 1
        return words[k]
    }

    /// Uniform on [0, 1) with 53 random bits: the next word's 32 and the high 21 of the
    /// word after it.
    @inlinable @inline(__always)
    public mutating func uniform() -> Double {
        let high = UInt64(nextWord()), low = UInt64(nextWord())
        return Double(high &<< 21 | low &>> 11) * 0x1p-53
    }

    /// A standard normal deviate (`Ziggurat`), from one word but in ~1 % of draws.
    @inlinable @inline(__always)
    public mutating func normal(_ ziggurat: Ziggurat) -> Double {
        let word = nextWord()
        return ziggurat.normal(word, from: &self)
    }

    /// `out.count` normal deviates times `scale`: exactly what as many calls of `normal`,
    /// each multiplied by `scale`, give (the same words, the same order), without a call
    /// or a table bounds check per draw but for the few drawn by `normal` itself (below).
    ///
    /// Four draws at a time while the batch holds four more words: the four fast-path
    /// deviates are computed on vectors (the layers' widths and bounds read lane by lane,
    /// one 16-byte entry each) and kept when all four lie under the curve (95 % of
    /// groups); otherwise those before the first that does not are kept, that one is
    /// drawn by the scalar path, which may read more words, and the next group starts
    /// after it. Either way draw n reads the words the n-th call of `normal` would.
    @inlinable
    public mutating func fillNormals(_ out: UnsafeMutableBufferPointer<Double>, scale: Double, _ ziggurat: Ziggurat) {
        guard let base = out.baseAddress else { return }
        let count = out.count
        ziggurat.fastPath.withUnsafeBufferPointer { fast in
            guard let fast = fast.baseAddress else { return }
            let scaleVector = SIMD4<Double>(repeating: scale)
            let laneWeights = SIMD4<Int64>(1, 2, 4, 8)
            var i = 0
            while i < count {
                if cursor == available { refillSixteen() }
                // The vector path over this batch's whole groups of four.
                var k = cursor
                let end = Swift.min(available, k &+ (count &- i))
                while k &+ 4 <= end {
                    let word = SIMD4(words[k & 63], words[(k &+ 1) & 63], words[(k &+ 2) & 63], words[(k &+ 3) & 63])
                    let layer = word & 127
                    let e0 = fast[Int(layer[0])], e1 = fast[Int(layer[1])]
                    let e2 = fast[Int(layer[2])], e3 = fast[Int(layer[3])]
                    let j = SIMD4<Double>(word &>> 8)
                    let x = j * SIMD4(e0.x, e1.x, e2.x, e3.x)
                    let sign = SIMD4<UInt64>(truncatingIfNeeded: word & 0x80) &<< 56
                    let signed = unsafeBitCast(unsafeBitCast(x, to: SIMD4<UInt64>.self) | sign, to: SIMD4<Double>.self)
                    UnsafeMutableRawPointer(base + i).storeBytes(of: signed * scaleVector, as: SIMD4<Double>.self)
                    // Bit m set when lane m lies under the curve (one reduction, one branch).
                    let accepted = Int(SIMD4<Int64>.zero.replacing(with: laneWeights, where: j .< SIMD4(e0.y, e1.y, e2.y, e3.y)).wrappedSum())
                    if accepted == 15 {
                        k &+= 4
                        i &+= 4
                        continue
                    }
                    // Keep the lanes before the first that left the fast path (the rest of
                    // the store is overwritten by the draws that follow).
                    let kept = (~accepted).trailingZeroBitCount
                    k &+= kept
                    i &+= kept
                    break
                }
                cursor = k
                guard i < count else { break }
                // One draw by `normal`: the one that left its group's fast path, or one
                // of the last words of the batch or of `out`.
                base[i] = normal(ziggurat) * scale
                i &+= 1
            }
        }
    }

    /// The next batch: a single block when nothing has been drawn since positioning
    /// (most streams need no more), sixteen otherwise.
    @inlinable @inline(never)
    mutating func refill() {
        if available == 0 {
            let block = generator(nextCounter)
            words[0] = block[0]; words[1] = block[1]; words[2] = block[2]; words[3] = block[3]
            nextCounter[0] &+= 1
            cursor = 0
            available = 4
        } else {
            refillSixteen()
        }
    }

    @inlinable @inline(never)
    mutating func refillSixteen() {
        let start = SIMD8<UInt32>(repeating: nextCounter[0]) &+ SIMD8(0, 1, 2, 3, 4, 5, 6, 7)
        let rest = (SIMD8(repeating: nextCounter[1]), SIMD8(repeating: nextCounter[2]), SIMD8(repeating: nextCounter[3]))
        let (a, b) = generator.sixteenBlocks(Philox4x32.Lanes(w0: start, w1: rest.0, w2: rest.1, w3: rest.2),
                                             Philox4x32.Lanes(w0: start &+ 8, w1: rest.0, w2: rest.1, w3: rest.2))
        words = SIMD64(lowHalf: SIMD32(lowHalf: Self.streamOrder(a, 0), highHalf: Self.streamOrder(a, 4)),
                       highHalf: SIMD32(lowHalf: Self.streamOrder(b, 0), highHalf: Self.streamOrder(b, 4)))
        nextCounter[0] &+= 16
        cursor = 0
        available = 64
    }

    /// Blocks `first` … `first` + 3 of eight word-major blocks, in stream order (block
    /// after block, each word 0 … 3): a 4 × 4 transpose.
    @inlinable @inline(__always)
    static func streamOrder(_ lanes: Philox4x32.Lanes, _ first: Int) -> SIMD16<UInt32> {
        let (w0, w1, w2, w3) = (lanes.w0, lanes.w1, lanes.w2, lanes.w3)
        let f = first
        return SIMD16(w0[f], w1[f], w2[f], w3[f], w0[f + 1], w1[f + 1], w2[f + 1], w3[f + 1],
                      w0[f + 2], w1[f + 2], w2[f + 2], w3[f + 2], w0[f + 3], w1[f + 3], w2[f + 3], w3[f + 3])
    }
}
