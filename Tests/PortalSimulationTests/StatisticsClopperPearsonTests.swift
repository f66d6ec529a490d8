internal import CGSL
import Foundation
import Testing
@testable import PortalSimulation
import RealModule

struct StatisticsClopperPearsonTests {
    /// Reference values: R `binom.test(k, n)$conf.int` (exact Clopper–Pearson, 95 %),
    /// each to half a unit of its last quoted digit.
    @Test(arguments: [
        (0, 10, 0.0, 0.308_50, 5e-6),
        (5, 10, 0.187_09, 0.812_91, 5e-6),
        (10, 10, 0.691_50, 1.0, 5e-6),
        (1, 100, 0.000_253, 0.054_460, 5e-7),
    ])
    func knownValues(k: Int, n: Int, low: Double, high: Double, tolerance: Double) {
        let interval = ClopperPearson.interval(successes: k, trials: n)
        #expect(abs(interval.low - low) <= tolerance, "low \(interval.low)")
        #expect(abs(interval.high - high) <= max(tolerance, 5e-6), "high \(interval.high)")
    }

    @Test func extremesAreExact() {
        #expect(ClopperPearson.interval(successes: 0, trials: 10).low == 0)
        #expect(ClopperPearson.interval(successes: 10, trials: 10).high == 1)
        let nothing = ClopperPearson.interval(successes: 0, trials: 0)
        #expect(nothing.low == 0 && nothing.high == 1)
        // k = 0 upper bound has the closed form 1 − (α/2)^(1/n).
        #expect(ClopperPearson.interval(successes: 0, trials: 10).high.isApproximatelyEqual(to: 1 - pow(0.025, 0.1), relativeTolerance: 1e-9))
    }

    @Test func otherConfidenceLevels() {
        // k = n: the lower bound is (α/2)^(1/n) in closed form.
        let ninetyNine = ClopperPearson.interval(successes: 20, trials: 20, confidence: 0.99)
        #expect(ninetyNine.low.isApproximatelyEqual(to: pow(0.005, 1.0 / 20), relativeTolerance: 1e-9))
        let narrower = ClopperPearson.interval(successes: 5, trials: 10, confidence: 0.8)
        #expect(narrower.low > 0.187_09 && narrower.high < 0.812_91)
    }

    @Test func containsTheEstimateAndNarrowsWithMoreTrials() {
        for rate in [0.0, 0.003, 0.1, 0.5, 0.87, 1.0] {
            var previousWidth = 1.0
            for n in [10, 100, 1_000, 10_000, 100_000, 1_000_000] {
                let k = Int((rate * Double(n)).rounded())
                let (low, high) = ClopperPearson.interval(successes: k, trials: n)
                let estimate = Double(k) / Double(n)
                #expect(low <= estimate && estimate <= high, "k=\(k) n=\(n)")
                #expect(0 <= low && high <= 1)
                #expect(high - low < previousWidth, "k=\(k) n=\(n)")
                previousWidth = high - low
            }
        }
    }

    @Test func symmetricUnderSwappingSuccessesAndFailures() {
        let a = ClopperPearson.interval(successes: 3, trials: 50)
        let b = ClopperPearson.interval(successes: 47, trials: 50)
        #expect(a.low.isApproximatelyEqual(to: 1 - b.high, relativeTolerance: 1e-9))
        #expect(a.high.isApproximatelyEqual(to: 1 - b.low, relativeTolerance: 1e-9))
    }

    @Test func halfWidth() {
        #expect(ClopperPearson.halfWidth(successes: 5, trials: 10).isApproximatelyEqual(to: (0.812_91 - 0.187_09) / 2, relativeTolerance: 1e-4))
        #expect(ClopperPearson.halfWidth(successes: 0, trials: 0) == 0.5)
    }

    @Test func trialsNeededIsAUsefulEstimate() {
        // Normal approximation at p = 0.5, h = 0.01: 1.96² · 0.25 / 0.0001 = 9604.
        #expect(ClopperPearson.trialsNeeded(forHalfWidth: 0.01, atRate: 0.5) == 9604)
        // At p = 0 the k = 0 bound takes over: ln(40) / 0.02 ≈ 185.
        #expect(ClopperPearson.trialsNeeded(forHalfWidth: 0.01, atRate: 0) == 185)
        #expect(ClopperPearson.trialsNeeded(forHalfWidth: 0.01, atRate: .nan) == 9604)
        #expect(ClopperPearson.trialsNeeded(forHalfWidth: 1e-300, atRate: 0.5) == Int.max)
        // The estimate is close to what the exact interval needs.
        for p in [0.05, 0.5, 0.9] {
            let n = ClopperPearson.trialsNeeded(forHalfWidth: 0.02, atRate: p)
            let k = Int((p * Double(n)).rounded())
            let h = ClopperPearson.halfWidth(successes: k, trials: n)
            #expect(abs(h - 0.02) < 0.003, "p=\(p) n=\(n) h=\(h)")
        }
    }

    /// Long runs, where GSL's beta inversion gives up (reference: SciPy's
    /// `beta.ppf` / `beta.isf`, to 1e-9 relative).
    @Test(arguments: [
        (5_000_000, 10_000_000, 0.499_690_052_521_371_1, 0.500_309_947_478_628_9),
        (1, 100_000_000, 2.531_780_798_108_492e-10, 5.571_643_258_042_463e-08),
        (3_000, 1_000_000, 0.002_893_751_236_221_997_2, 0.003_109_143_464_781_953),
    ])
    func largeCounts(k: Int, n: Int, low: Double, high: Double) {
        let interval = ClopperPearson.interval(successes: k, trials: n)
        #expect(interval.low.isApproximatelyEqual(to: low, relativeTolerance: 1e-9), "low \(interval.low)")
        #expect(interval.high.isApproximatelyEqual(to: high, relativeTolerance: 1e-9), "high \(interval.high)")
    }

    @Test func largeCountsWithNoSuccessesOrNoFailures() {
        let n = 10_000_000
        let none = ClopperPearson.interval(successes: 0, trials: n)
        #expect(none.high.isApproximatelyEqual(to: -expm1(log(0.025) / Double(n)), relativeTolerance: 1e-9))
        let all = ClopperPearson.interval(successes: n, trials: n)
        #expect(all.low.isApproximatelyEqual(to: exp(log(0.025) / Double(n)), relativeTolerance: 1e-12))
        // One success: the lower bound solves 1 − (1 − x)^n = 0.025.
        let one = ClopperPearson.interval(successes: 1, trials: n)
        #expect(one.low.isApproximatelyEqual(to: -expm1(log1p(-0.025) / Double(n)), relativeTolerance: 1e-8))
    }

    /// The fallback evaluation agrees with GSL where GSL works.
    @Test func incompleteBetaAgreesWithGSL() {
        for (a, b) in [(1.0, 10.0), (5.0, 6.0), (3.0, 5_000.0), (5_000.0, 2.0), (30.0, 971.0), (2_500.0, 7_501.0), (90_000.0, 10_001.0)] {
            for x in stride(from: 0.0005, to: 1, by: 0.0371) {
                let gsl = gsl_cdf_beta_P(x, a, b)
                guard gsl.isFinite, gsl > 1e-12, gsl < 1 - 1e-12 else { continue }
                #expect(IncompleteBeta.lowerTail(x, a, b).isApproximatelyEqual(to: gsl, relativeTolerance: 1e-9), "a=\(a) b=\(b) x=\(x)")
                #expect(IncompleteBeta.upperTail(x, a, b).isApproximatelyEqual(to: gsl_cdf_beta_Q(x, a, b), relativeTolerance: 1e-9))
            }
        }
        // Either side of the switch from GSL to the fallback, the bounds move smoothly.
        let below = ClopperPearson.interval(successes: 50_000, trials: ClopperPearson.largestTrialsForGSL)
        let above = ClopperPearson.interval(successes: 50_001, trials: ClopperPearson.largestTrialsForGSL + 2)
        #expect(abs(below.low - above.low) < 1e-5 && abs(below.high - above.high) < 1e-5)
    }
}
