/// The fuzzer's own random numbers: SplitMix64, with every draw derived here rather than
/// through the standard library's `random(in:using:)`, whose algorithm is not promised
/// to stay the same between Swift releases. A seed then names the same mutants on every
/// toolchain, so a failure found in CI reproduces on a laptop.
public struct FuzzRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The generator of mutant `index` of a run seeded with `seed`: each mutant has its
    /// own stream, so one mutant can be rebuilt without building those before it.
    public init(seed: UInt64, index: Int) {
        var mixer = FuzzRandom(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (bound > 0), by the multiply-high method (Lemire): exact
    /// enough for choosing mutations, and the same everywhere.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "FuzzRandom.below: the bound must be positive, got \(bound)")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// True with probability `numerator` / `denominator`.
    public mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ choices: [T]) -> T {
        choices[below(choices.count)]
    }
}
