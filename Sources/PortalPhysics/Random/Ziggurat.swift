import RealModule

/// A source of independent uniform 32-bit words, drawn one at a time.
public protocol RandomWordSource {
    mutating func nextWord() -> UInt32
}

/// Standard normal deviates by Marsaglia and Tsang's ziggurat ("The ziggurat method for
/// generating random variables", J. Stat. Softw. 5(8), 2000), with 128 layers and one
/// 32-bit word per draw in ~99 % of draws: a table look-up, a compare and a multiply.
///
/// The word is split as GSL's `gsl_ran_gaussian_ziggurat` splits it, so the deviates
/// have the resolution the engine had with GSL: bits 0–6 pick a layer, bit 7 the sign,
/// bits 8–31 a 24-bit magnitude j. Taking the layer and the magnitude from different bits
/// avoids the correlation of the original RNOR, which used the same low bits for both
/// (Doornik, "An improved ziggurat method", 2005).
///
/// ## Construction
/// With f(x) = exp(−x²/2), the area under f is covered by 128 layers of equal area v:
/// the base is the rectangle [0, r] × [0, f(r)] plus the tail x > r (area
/// v = r f(r) + ∫ᵣ^∞ f), treated as a rectangle of width x₀ = v / f(r); above it, layer
/// i ≥ 1 is [0, xᵢ] × [f(xᵢ), f(xᵢ₊₁)] with x₁ = r and xᵢ₊₁ = f⁻¹(f(xᵢ) + v/xᵢ), and the top
/// layer ends at height f(x₁₂₈) = 1, x₁₂₈ = 0. That last condition fixes r, found here
/// by bisection on the top layer's area; r = 3.4426198558966…, v = 9.9125630353364…e-3
/// (Marsaglia and Tsang's 3.442619855899 and 9.91256303526217e-3).
///
/// A draw picks layer i and x = j·xᵢ/2²⁴. If x < xᵢ₊₁ the point lies under f whatever
/// its height (the fast path); otherwise, in the base layer it comes from the tail
/// (Marsaglia's exponential method: a = −ln(U₁)/r, b = −ln(U₂) until 2b > a², r + a),
/// and above it a uniform height in the layer accepts it if it lies under f, else a
/// new word starts over. Each extra uniform is one more word, in (0, 1) at 2⁻³² steps.
///
/// See docs/statistics.md#normal-deviates.
public struct Ziggurat: Sendable {
    public static let layerCount = 128
    /// The tables, computed once per process.
    public static let standard = Ziggurat()

    /// Where the tail begins.
    public let tailStart: Double
    /// Every layer's area (f not normalised: the 128 layers cover the √(π/2) under f, and overhang it).
    public let layerArea: Double
    /// x₀ … x₁₂₈ (x₀ = v/f(r) the base's virtual width, x₁ = r, x₁₂₈ = 0).
    public let edges: [Double]
    /// The fast path's bound on j per layer: ⌊xᵢ₊₁/xᵢ · 2²⁴⌋ (j below it lies under f).
    public let acceptBelow: [UInt32]
    /// xᵢ / 2²⁴: x = j · widthPerStep[i].
    public let widthPerStep: [Double]
    /// f(xᵢ), i = 0 … 128 (f(x₀) is 0: the base layer starts at the axis).
    public let heights: [Double]
    /// Per layer, (`widthPerStep`, `acceptBelow` as a `Double`) side by side: what the
    /// fast path reads, in one 16-byte load (j < bound compares exactly in `Double`: both
    /// are integers of at most 2²⁴).
    public let fastPath: [SIMD2<Double>]

    init() {
        let n = Self.layerCount
        // Bisection on r: too small a tail start makes the layers too thick, and they
        // reach f = 1 before the 128th (or the top layer is too small); too large, too thin.
        var low = 3.0, high = 4.0
        for _ in 0..<200 {
            let r = (low + high) / 2
            guard r > low && r < high else { break }
            if let x = Self.edges(tailStart: r, layers: n), Self.topExcess(x, area: Self.area(tailStart: r)) <= 0 {
                high = r
            } else {
                low = r
            }
        }
        let r = high
        let v = Self.area(tailStart: r)
        var x = Self.edges(tailStart: r, layers: n) ?? []
        x.append(0)
        tailStart = r
        layerArea = v
        edges = x
        let scale = 0x1p24
        acceptBelow = (0..<n).map { i in UInt32(Swift.min(x[i + 1] / x[i] * scale, scale).rounded(.down)) }
        widthPerStep = (0..<n).map { x[$0] / scale }
        heights = [0] + x[1...].map { Double.exp(-$0 * $0 / 2) }
        fastPath = zip(widthPerStep, acceptBelow).map { SIMD2($0, Double($1)) }
    }

    /// v(r) = r f(r) + ∫ᵣ^∞ f(t) dt, the tail's integral as √(π/2) erfc(r/√2).
    static func area(tailStart r: Double) -> Double {
        r * Double.exp(-r * r / 2) + (Double.pi / 2).squareRoot() * Double.erfc(r / 2.0.squareRoot())
    }

    /// x₀ … x₁₂₇ for tail start r, or nil when the layers reach the top early.
    static func edges(tailStart r: Double, layers n: Int) -> [Double]? {
        let v = area(tailStart: r)
        var x = [v / Double.exp(-r * r / 2), r]
        for i in 1..<(n - 1) {
            let height = Double.exp(-x[i] * x[i] / 2) + v / x[i]
            guard height < 1 else { return nil }
            x.append((-2 * Double.log(height)).squareRoot())
        }
        return x
    }

    /// How much the top layer's would-be area, x₁₂₇(1 − f(x₁₂₇)), falls short of v:
    /// positive when r is too small.
    static func topExcess(_ x: [Double], area v: Double) -> Double {
        let top = x[x.count - 1]
        return v - top * (1 - Double.exp(-top * top / 2))
    }

    /// One standard normal deviate starting from `word`, drawing more words from
    /// `source` only off the fast path.
    @inlinable @inline(__always)
    public func normal<Source: RandomWordSource>(_ word: UInt32, from source: inout Source) -> Double {
        let i = Int(word & 127)
        let j = word >> 8
        if j < acceptBelow[i] {
            return Self.signed(Double(j) * widthPerStep[i], word)
        }
        return slowNormal(word, from: &source)
    }

    /// Applies bit 7 of `word` as the sign of x ≥ 0.
    @inlinable @inline(__always)
    public static func signed(_ x: Double, _ word: UInt32) -> Double {
        Double(bitPattern: x.bitPattern | UInt64(word & 0x80) << 56)
    }

    /// A uniform in (0, 1) from one word.
    @inlinable @inline(__always)
    public static func openUniform(_ word: UInt32) -> Double { (Double(word) + 0.5) * 0x1p-32 }

    /// The tail and the wedges, and a restart when the wedge rejects (about 1 % of draws).
    @inlinable @inline(never)
    public func slowNormal<Source: RandomWordSource>(_ first: UInt32, from source: inout Source) -> Double {
        var word = first
        while true {
            let i = Int(word & 127)
            let j = word >> 8
            let x = Double(j) * widthPerStep[i]
            if j < acceptBelow[i] { return Self.signed(x, word) }
            if i == 0 {
                let r = tailStart
                while true {
                    let a = -Double.log(Self.openUniform(source.nextWord())) / r
                    let b = -Double.log(Self.openUniform(source.nextWord()))
                    if 2 * b > a * a { return Self.signed(r + a, word) }
                }
            }
            let y = heights[i] + Self.openUniform(source.nextWord()) * (heights[i + 1] - heights[i])
            if y < Double.exp(-x * x / 2) { return Self.signed(x, word) }
            word = source.nextWord()
        }
    }
}
