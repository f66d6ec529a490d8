import Testing
@testable import PortalSimulation

/// Newcombe's (1998) paired interval, method 10, against values computed independently.
///
/// The reference values come from a short Python program written from the paper's
/// formulas alone (Newcombe, Stat Med 17:2635, method 10): Wilson score limits of both
/// marginal rates, z from Python's `statistics.NormalDist().inv_cdf(0.975)`, and φ̂ with
/// ad − bc replaced by max(ad − bc − n/2, 0) when positive (unchanged when negative; 0
/// when a margin is empty), L = θ̂ − √((p₂−l₂)² − 2φ̂(p₂−l₂)(u₁−p₁) + (u₁−p₁)²) and U
/// alike, θ̂ = p₂ − p₁ the other configuration's rate less the baseline's. The same
/// correction appears in two other independent implementations (biostatUZH's
/// `confIntPairedProportion`, and `Newcombe_square_and_add_CI_paired_2x2` of the
/// `contingencytables` package of Fagerland, Lydersen and Laake). The paper's own worked
/// examples could not be recovered here; (1, 1, 7, 12) and (59, 6, 16, 80) are that
/// package's examples (Bentur et al. 2009; Cavo et al. 2012).
struct StatisticsPairedComparisonTests {
    /// (both, baseline only, other only, neither) and the interval of other − baseline.
    static let references: [(a: Int, b: Int, c: Int, d: Int, low: Double, high: Double)] = [
        // No discordant pass, half the passes detected by both: ±0.35, not ±4e-9 (#10 item 6).
        (2, 0, 0, 2, -0.3499610108478505, 0.3499610108478505),
        // All concordant and all detected, or none: a margin is empty, φ̂ = 0.
        (10, 0, 0, 0, -0.27753279986288915, 0.27753279986288915),
        (0, 0, 0, 10, -0.27753279986288915, 0.27753279986288915),
        // No discordant pass, strongly correlated: φ̂ = 0.8667 after the correction (1 before).
        (5, 0, 0, 15, -0.12060923282248118, 0.12060923282248115),
        // ad − bc = 5 ≤ n/2: φ̂ = 0.
        (1, 1, 7, 12, 0.025559124164859837, 0.5069202266861409),
        (59, 6, 16, 80, 0.004625113933050068, 0.1186211956387099),
        (300, 12, 25, 663, 0.0009119937784642651, 0.025135836860728553),
        (3, 2, 1, 4, -0.41336038961053884, 0.24791064308808575),
        // One pair; and ends cut at ±1.
        (1, 0, 0, 0, -0.7934506856227626, 0.7934506856227626),
        (0, 1, 0, 0, -1, 0.12210872068194178),
        (0, 0, 1, 0, -0.12210872068194178, 1),
        (0, 5, 0, 0, -1, -0.3855490056903438),
    ]

    @Test func method10MatchesIndependentValues() {
        for r in Self.references {
            let pair = PairedComparison(pairs: r.a + r.b + r.c + r.d, both: r.a, baselineOnly: r.b, otherOnly: r.c)
            let (low, high) = pair.interval()
            #expect(abs(low - r.low) < 1e-12 && abs(high - r.high) < 1e-12, "\(r): got [\(low), \(high)]")
        }
    }

    @Test func phiCorrection() {
        #expect(PairedComparison.correctedCovariance(4, pairs: 4) == 2)
        #expect(PairedComparison.correctedCovariance(2, pairs: 4) == 0)
        #expect(PairedComparison.correctedCovariance(1, pairs: 4) == 0)
        #expect(PairedComparison.correctedCovariance(-3, pairs: 4) == -3)
    }
}
