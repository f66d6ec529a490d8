import Foundation
import Testing
@testable import PortalSimulation

/// The decision rule: the whole Clopper–Pearson interval on one side of the threshold
/// passes or fails; an interval straddling it is inconclusive. Thresholds are chosen
/// where the k = 0 and k = n bounds have closed forms, (α/2)^(1/n), so the expected
/// verdicts follow from arithmetic, not from the code under test.
struct CheckDecisionTests {
    /// 0.025^(1/n): the lower end for n of n (95 %), 1 minus the upper end for 0 of n.
    static func allOrNothingBound(_ n: Int, confidence: Double = 0.95) -> Double {
        pow((1 - confidence) / 2, 1 / Double(n))
    }

    @Test func atLeastPassesFailsOrIsInconclusive() {
        // 500 of 500: lower end 0.025^(1/500) = 0.99265 ≥ 0.99.
        let pass = CheckDecision(bound: .atLeast(0.99), confidence: 0.95, successes: 500, trials: 500)
        #expect(pass.verdict == .pass)
        #expect(abs(pass.low - Self.allOrNothingBound(500)) < 1e-9 && pass.high == 1)
        #expect(pass.passesToDecide == nil)
        // 480 of 500 = 0.96: the upper end is about 0.975, below 0.99.
        let fail = CheckDecision(bound: .atLeast(0.99), confidence: 0.95, successes: 480, trials: 500)
        #expect(fail.verdict == .fail && fail.high < 0.99 && fail.high > 0.96)
        // 300 of 300: lower end 0.025^(1/300) = 0.98778, upper end 1.
        let open = CheckDecision(bound: .atLeast(0.99), confidence: 0.95, successes: 300, trials: 300)
        #expect(open.verdict == .inconclusive && open.low < 0.99)
        #expect(open.passesToDecide != nil)
    }

    @Test func atMostMirrorsAtLeast() {
        // 0 of 500: upper end 1 − 0.025^(1/500) = 0.00735 ≤ 1 %.
        #expect(CheckDecision(bound: .atMost(0.01), confidence: 0.95, successes: 0, trials: 500).verdict == .pass)
        // 20 of 500 = 4 %: the lower end is about 2.5 %, above 1 %.
        #expect(CheckDecision(bound: .atMost(0.01), confidence: 0.95, successes: 20, trials: 500).verdict == .fail)
        // 0 of 300: upper end 0.01222 straddles 1 %.
        #expect(CheckDecision(bound: .atMost(0.01), confidence: 0.95, successes: 0, trials: 300).verdict == .inconclusive)
        // Swapping successes and failures swaps the verdicts of mirrored bounds.
        for (k, n) in [(480, 500), (500, 500), (300, 300), (37, 90)] {
            let up = CheckDecision(bound: .atLeast(0.99), confidence: 0.95, successes: k, trials: n).verdict
            let down = CheckDecision(bound: .atMost(0.01), confidence: 0.95, successes: n - k, trials: n).verdict
            #expect(up == down, "k=\(k) n=\(n)")
        }
    }

    /// A closed interval touching the threshold meets it; one reaching past it does not decide.
    @Test func touchingTheThresholdCounts() {
        #expect(RateExpectation.Bound.atLeast(0.9).verdict(low: 0.9, high: 1) == .pass)
        #expect(RateExpectation.Bound.atMost(0.1).verdict(low: 0, high: 0.1) == .pass)
        #expect(RateExpectation.Bound.atLeast(0.5).verdict(low: 0.2, high: 0.5) == .inconclusive)
        #expect(RateExpectation.Bound.atLeast(0.5).verdict(low: 0.2, high: 0.4999) == .fail)
        #expect(RateExpectation.Bound.atMost(0.5).verdict(low: 0.5, high: 0.7) == .inconclusive)
        #expect(RateExpectation.Bound.atMost(0.5).verdict(low: 0.5001, high: 0.7) == .fail)
    }

    /// k = 0 and k = n, where the interval is one-sided.
    @Test func noSuccessesAndAllSuccesses() {
        // None detected can never pass "at least", whatever n: the lower end is exactly 0.
        let none = CheckDecision(bound: .atLeast(0.001), confidence: 0.95, successes: 0, trials: 1_000_000)
        #expect(none.low == 0 && none.verdict == .fail)
        #expect(CheckDecision(bound: .atLeast(0.05), confidence: 0.95, successes: 0, trials: 10).verdict == .inconclusive)
        // All detected can never pass "at most" below 1, nor fail "at least": the upper end is exactly 1.
        let all = CheckDecision(bound: .atMost(0.999), confidence: 0.95, successes: 1_000_000, trials: 1_000_000)
        #expect(all.high == 1 && all.verdict == .fail)
        #expect(CheckDecision(bound: .atLeast(0.999), confidence: 0.95, successes: 10, trials: 10).verdict == .inconclusive)
    }

    @Test func confidenceWidensTheInterval() {
        // 500 of 500 passes "at least 99 %" at 95 % but not at 99 %: 0.005^(1/500) = 0.98946.
        let strict = CheckDecision(bound: .atLeast(0.99), confidence: 0.99, successes: 500, trials: 500)
        #expect(strict.verdict == .inconclusive)
        #expect(abs(strict.low - Self.allOrNothingBound(500, confidence: 0.99)) < 1e-9)
    }

    @Test func noTrialsDecidesNothing() {
        let empty = CheckDecision(bound: .atMost(0.3), confidence: 0.95, successes: 0, trials: 0)
        #expect(empty.verdict == .inconclusive && empty.low == 0 && empty.high == 1)
        #expect(empty.estimate == nil)
        #expect(empty.passesToDecide == .noEstimate)
    }
}
