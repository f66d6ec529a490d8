/// The words of Philox4x32-10 for one key from one starting counter, in order: block k
/// (counter word 0 = start + k, the other three words fixed) gives words 4k … 4k + 3.
///
/// Blocks are generated in batches — one block first, since most streams draw only a
/// few words, then eight at a time on vectors — but the batching is invisible: word n of
/// the stream is the same however it was drawn (by `nextWord`, `uniform`, `normal` or
/// `fillNormals`, in any mix), because it is a function of (key, counter, n) alone.
public struct PhiloxStream: RandomWordSource, Sendable {
    public let generator: Philox4x32
    /// The counter of the next block to generate.
    @usableFromInline var nextCounter: SIMD4<UInt32>
    public var counter: SIMD4<UInt32> { nextCounter }
    /// Up to eight blocks in stream order: word w of batch block b at 4b + w, so that
    /// eight consecutive draws are one vector load (``fillNormals``).
    @usableFromInline var words: SIMD32<UInt32> = .zero
    /// The next word's position in the batch, and the batch's length (0, 4 or 32 words).
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
    /// or a table bounds check per draw.
    ///
    /// Eight draws at a time on vectors: when the next eight words of the batch all take
    /// the ziggurat's fast path (about 91 % of the time) they become eight deviates at
    /// once; otherwise draws go one by one up to the next multiple of eight, the slow path
    /// taking its extra words from the stream as `normal` does, so the words and their
    /// order are the same.
    @inlinable
    public mutating func fillNormals(_ out: UnsafeMutableBufferPointer<Double>, scale: Double, _ ziggurat: Ziggurat) {
        guard let base = out.baseAddress else { return }
        let count = out.count
        ziggurat.acceptBelow.withUnsafeBufferPointer { accept in
            ziggurat.widthPerStep.withUnsafeBufferPointer { width in
                guard let accept = accept.baseAddress, let width = width.baseAddress else { return }
                var i = 0
                while i < count {
                    if cursor == available { refillEight() }
                    if count &- i >= 8, let eight = eightWords(), let x = Self.eightFastNormals(eight, accept, width) {
                        UnsafeMutableRawPointer(base + i).storeBytes(of: x * scale, as: SIMD8<Double>.self)
                        cursor &+= 8
                        i &+= 8
                        continue
                    }
                    // One by one up to the next multiple of eight in the batch.
                    repeat {
                        if cursor == available { refillEight() }
                        let k = cursor
                        cursor = k &+ 1
                        let word = words[k]
                        let layer = Int(word & 127)
                        let j = word &>> 8
                        let x = j < accept[layer] ? Ziggurat.signed(Double(j) * width[layer], word)
                                                  : ziggurat.slowNormal(word, from: &self)
                        base[i] = x * scale
                        i &+= 1
                    } while i < count && cursor & 7 != 0
                }
            }
        }
    }

    /// The next eight words when the cursor is at a multiple of eight in a batch of 32
    /// (after a slow path's extra words, draws go one by one until it is again).
    @inlinable @inline(__always)
    func eightWords() -> SIMD8<UInt32>? {
        guard available == 32 else { return nil }
        switch cursor {
        case 0: return words.lowHalf.lowHalf
        case 8: return words.lowHalf.highHalf
        case 16: return words.highHalf.lowHalf
        case 24: return words.highHalf.highHalf
        default: return nil
        }
    }

    /// The eight deviates of eight words when every one takes the ziggurat's fast path
    /// (j below its layer's bound: x = j · width, signed by bit 7), nil otherwise.
    @inlinable @inline(__always)
    static func eightFastNormals(_ w: SIMD8<UInt32>, _ accept: UnsafePointer<UInt32>,
                                 _ width: UnsafePointer<Double>) -> SIMD8<Double>? {
        let layer = w & 127, j = w &>> 8
        var bound = SIMD8<UInt32>(), step = SIMD8<Double>()
        for l in 0..<8 {
            let i = Int(layer[l])
            bound[l] = accept[i]
            step[l] = width[i]
        }
        guard all(j .< bound) else { return nil }
        // j < 2²⁴: exact as Int32 and as Double.
        let magnitude = SIMD8<Double>(SIMD8<Int32>(truncatingIfNeeded: j)) * step
        let sign = SIMD8<UInt64>(truncatingIfNeeded: w & 0x80) &<< 56
        return unsafeBitCast(unsafeBitCast(magnitude, to: SIMD8<UInt64>.self) | sign, to: SIMD8<Double>.self)
    }

    /// The next batch: a single block when nothing has been drawn since positioning
    /// (most streams need no more), eight otherwise.
    @inlinable @inline(never)
    mutating func refill() {
        if available == 0 {
            let block = generator(nextCounter)
            words[0] = block[0]; words[1] = block[1]; words[2] = block[2]; words[3] = block[3]
            nextCounter[0] &+= 1
            cursor = 0
            available = 4
        } else {
            refillEight()
        }
    }

    @inlinable @inline(never)
    mutating func refillEight() {
        let start = SIMD8<UInt32>(repeating: nextCounter[0]) &+ SIMD8(0, 1, 2, 3, 4, 5, 6, 7)
        let out = generator.eightBlocks(Philox4x32.Lanes(w0: start, w1: SIMD8(repeating: nextCounter[1]),
                                                         w2: SIMD8(repeating: nextCounter[2]), w3: SIMD8(repeating: nextCounter[3])))
        // Word-major lanes (word w of block b in lane b of w) to stream order.
        for b in 0..<8 {
            words[4 &* b] = out.w0[b]; words[4 &* b &+ 1] = out.w1[b]
            words[4 &* b &+ 2] = out.w2[b]; words[4 &* b &+ 3] = out.w3[b]
        }
        nextCounter[0] &+= 8
        cursor = 0
        available = 32
    }
}
