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
    /// Up to sixteen blocks, word-major (word w of batch block b at 16w + b, as
    /// `Philox4x32.sixteenBlocks` leaves them): stream word 4b + w.
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
        return words[(k & 3) &<< 4 | k &>> 2]
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
    /// or a table bounds check per draw.
    @inlinable
    public mutating func fillNormals(_ out: UnsafeMutableBufferPointer<Double>, scale: Double, _ ziggurat: Ziggurat) {
        guard let base = out.baseAddress else { return }
        let count = out.count
        ziggurat.acceptBelow.withUnsafeBufferPointer { accept in
            ziggurat.widthPerStep.withUnsafeBufferPointer { width in
                guard let accept = accept.baseAddress, let width = width.baseAddress else { return }
                var i = 0
                while i < count {
                    if cursor == available { refillSixteen() }
                    let k = cursor
                    cursor = k &+ 1
                    let word = words[(k & 3) &<< 4 | k &>> 2]
                    let layer = Int(word & 127)
                    let j = word &>> 8
                    let x: Double
                    if j < accept[layer] {
                        x = Ziggurat.signed(Double(j) * width[layer], word)
                    } else {
                        x = ziggurat.slowNormal(word, from: &self)
                    }
                    base[i] = x * scale
                    i &+= 1
                }
            }
        }
    }

    /// The next batch: a single block when nothing has been drawn since positioning
    /// (most streams need no more), sixteen otherwise.
    @inlinable @inline(never)
    mutating func refill() {
        if available == 0 {
            let block = generator(nextCounter)
            words[0] = block[0]; words[16] = block[1]; words[32] = block[2]; words[48] = block[3]
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
        words = SIMD64(lowHalf: SIMD32(lowHalf: SIMD16(lowHalf: a.w0, highHalf: b.w0), highHalf: SIMD16(lowHalf: a.w1, highHalf: b.w1)),
                       highHalf: SIMD32(lowHalf: SIMD16(lowHalf: a.w2, highHalf: b.w2), highHalf: SIMD16(lowHalf: a.w3, highHalf: b.w3)))
        nextCounter[0] &+= 16
        cursor = 0
        available = 64
    }
}
