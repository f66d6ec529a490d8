import Foundation
import Testing
@testable import PortalSimulation
import RealModule

/// The Korn–Graubard interval of a weighted sum of rates.
struct StatisticsWeightedRateTests {
    /// One stratum is its own Clopper–Pearson interval, exactly.
    @Test func oneStratumIsClopperPearson() {
        let w = WeightedRate([.init(successes: 7, trials: 50, weight: 3)])
        let cp = ClopperPearson.interval(successes: 7, trials: 50)
        #expect(w.rate == 7.0 / 50 && w.low == cp.low && w.high == cp.high && w.effectiveTrials == 50)
    }

    /// Two equal halves with the same rate are one sample of twice the size.
    @Test func equalHalvesPoolTheirCounts() {
        let w = WeightedRate([.init(successes: 10, trials: 100, weight: 1), .init(successes: 10, trials: 100, weight: 1)])
        let cp = ClopperPearson.interval(successes: 20, trials: 200)
        #expect(w.rate.isApproximatelyEqual(to: 0.1, relativeTolerance: 1e-12) && w.low.isApproximatelyEqual(to: cp.low, relativeTolerance: 1e-9) && w.high.isApproximatelyEqual(to: cp.high, relativeTolerance: 1e-9))
    }

    /// No successes anywhere: the interval starts at 0 and does not collapse.
    @Test func nothingSeenStillHasWidth() {
        let w = WeightedRate([.init(successes: 0, trials: 400, weight: 0.9), .init(successes: 0, trials: 100, weight: 0.1)])
        #expect(w.rate == 0 && w.low == 0 && w.high > 0.005)
        // n* = 1 / Σ w²/n = 1 / (0.81/400 + 0.01/100) ≈ 470.6: wider than 500 pooled passes.
        #expect(w.effectiveTrials.isApproximatelyEqual(to: 1 / (0.81 / 400 + 0.01 / 100), relativeTolerance: 1e-12))
        #expect(w.high > ClopperPearson.interval(successes: 0, trials: 500).high)
    }

    /// Coverage at a fixed seed: strata of 200 at 2 % (weight 0.7) and 100 at 30 %
    /// (0.3), true rate 0.104; the interval must hold it in at least 93 % of 2000 runs
    /// (nominal 95 %; the binomial spread of 2000 runs is ±1 %).
    @Test func coversTheTrueRate() {
        var state: UInt64 = 20261202
        func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / 9_007_199_254_740_992
        }
        func binomial(_ n: Int, _ p: Double) -> Int { (0..<n).reduce(0) { c, _ in c + (uniform() < p ? 1 : 0) } }
        var covered = 0
        let runs = 2000
        for _ in 0..<runs {
            let w = WeightedRate([.init(successes: binomial(200, 0.02), trials: 200, weight: 0.7),
                                  .init(successes: binomial(100, 0.3), trials: 100, weight: 0.3)])
            if w.low <= 0.104 && 0.104 <= w.high { covered += 1 }
        }
        #expect(Double(covered) / Double(runs) >= 0.93, "covered \(covered) of \(runs)")
    }
}
