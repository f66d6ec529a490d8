internal import CGSL
import PortalPhysics
import Foundation

/// Exact (Clopper–Pearson) confidence intervals for a detection or alarm rate k/n.
///
/// The cases a report matters most for sit at the extremes — a device detected in
/// every pass, an innocent population that never alarms — and there the normal
/// approximation collapses to an interval of zero width. Clopper–Pearson inverts the
/// binomial test exactly, so its coverage is never below the stated confidence (it
/// errs on the wide side). Its bounds are beta quantiles:
///
///     low  = B⁻¹(α/2;   k,   n − k + 1)    exactly 0 when k = 0
///     high = B⁻¹(1 − α/2; k + 1, n − k)    exactly 1 when k = n
///
/// with α = 1 − confidence. The special cases are not a convenience: the beta
/// distribution is undefined for a zero shape parameter. The quantiles come from
/// GSL's `gsl_cdf_beta_Pinv` / `Qinv` up to 100,000 trials; where GSL returns NaN
/// (it does for a few k even below that) or beyond, where it can hang, from a
/// bisection on `IncompleteBeta`, agreeing with GSL to about 10⁻⁹.
///
/// See docs/statistics.md#exact-binomial-intervals.
public enum ClopperPearson {
    /// The two-sided interval for `k` successes in `n` trials; (0, 1) when n = 0,
    /// since nothing has been observed. Requires 0 ≤ k ≤ n and 0 < confidence < 1
    /// (callers pass counts they made, not user input).
    public static func interval(successes k: Int, trials n: Int, confidence: Double = 0.95) -> (low: Double, high: Double) {
        precondition(k >= 0 && n >= 0 && k <= n, "ClopperPearson: need 0 ≤ k ≤ n, got k = \(k), n = \(n)")
        precondition(confidence > 0 && confidence < 1, "ClopperPearson: confidence must be in (0, 1), got \(confidence)")
        guard n > 0 else { return (0, 1) }
        return interval(successes: Double(k), trials: Double(n), confidence: confidence)
    }

    /// The same interval for a count and a sample size that need not be whole: an
    /// effective sample size (`WeightedRate`). Requires 0 ≤ x ≤ n and n > 0.
    static func interval(successes x: Double, trials n: Double, confidence: Double = 0.95) -> (low: Double, high: Double) {
        precondition(n > 0 && x >= 0 && x <= n, "ClopperPearson: need 0 ≤ x ≤ n and n > 0, got x = \(x), n = \(n)")
        let tail = (1 - confidence) / 2
        let failures = n - x
        let estimate = x / n
        let low = x == 0 ? 0 : min(betaQuantile(lowerTail: tail, x, failures + 1), estimate)
        let high = x == n ? 1 : max(betaQuantile(upperTail: tail, x + 1, failures), estimate)
        return (low, high)
    }

    /// Half the width of the interval, (high − low) / 2: the quantity `--precision`
    /// drives below its target. The interval is not symmetric about k/n, so this is a
    /// measure of spread, not a ± around the estimate.
    public static func halfWidth(successes k: Int, trials n: Int, confidence: Double = 0.95) -> Double {
        let (low, high) = interval(successes: k, trials: n, confidence: confidence)
        return (high - low) / 2
    }

    /// An *estimate* of the number of trials after which the interval's half-width
    /// falls to `h` when the true rate is `p`, for planning runs and progress bars —
    /// not a guarantee: `--precision` runs check the exact interval as they go.
    ///
    /// The normal approximation z²·p(1 − p)/h² vanishes as p nears 0 or 1, where the
    /// exact interval is widest relative to the rate, so the result is never below the
    /// trials needed with no successes at all, ln(2/α)/(2h) (from the k = 0 bound
    /// 1 − (α/2)^(1/n) ≈ ln(2/α)/n). A non-finite `p` is taken as 0.5, the worst case;
    /// `p` is clamped to [0, 1]. Requires h > 0 and finite. At least 1; `Int.max` when
    /// the estimate does not fit.
    public static func trialsNeeded(forHalfWidth h: Double, atRate p: Double, confidence: Double = 0.95) -> Int {
        precondition(h > 0 && h.isFinite, "ClopperPearson: the target half-width must be positive, got \(h)")
        precondition(confidence > 0 && confidence < 1, "ClopperPearson: confidence must be in (0, 1), got \(confidence)")
        GSLRuntime.start()
        let rate = p.isFinite ? min(max(p, 0), 1) : 0.5
        let alpha = 1 - confidence
        let z = gsl_cdf_ugaussian_Qinv(alpha / 2)
        let normal = z * z * rate * (1 - rate) / (h * h)
        let noSuccesses = log(2 / alpha) / (2 * h)
        let estimate = max(normal, noSuccesses, 1).rounded(.up)
        return estimate < Double(Int.max) ? Int(estimate) : Int.max
    }

    /// Beyond this many trials GSL's inversion is not used: its beta CDF gives up
    /// (NaN) from about 10⁶ and its inverse then loops for ever (see `IncompleteBeta`).
    /// Below it GSL was checked to return, if sometimes NaN, which falls back too.
    static let largestTrialsForGSL = 100_000

    /// x with P(X ≤ x) = `tail` for X ~ Beta(a, b).
    private static func betaQuantile(lowerTail tail: Double, _ a: Double, _ b: Double) -> Double {
        GSLRuntime.start()
        if a + b - 1 <= Double(largestTrialsForGSL) {
            let x = gsl_cdf_beta_Pinv(tail, a, b)
            if x.isFinite { return x }
        }
        return bisect { IncompleteBeta.lowerTail($0, a, b) - tail }
    }

    /// x with P(X > x) = `tail` for X ~ Beta(a, b), from the upper tail directly,
    /// which keeps its accuracy when `tail` is small.
    private static func betaQuantile(upperTail tail: Double, _ a: Double, _ b: Double) -> Double {
        GSLRuntime.start()
        if a + b - 1 <= Double(largestTrialsForGSL) {
            let x = gsl_cdf_beta_Qinv(tail, a, b)
            if x.isFinite { return x }
        }
        return bisect { tail - IncompleteBeta.upperTail($0, a, b) }
    }

    /// The root in [0, 1] of an increasing `f`, by bisection down to adjacent
    /// Doubles: slow (some 60 to 100 evaluations) but certain to end.
    private static func bisect(_ f: (Double) -> Double) -> Double {
        var low = 0.0, high = 1.0
        for _ in 0..<1_100 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if f(middle) < 0 { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}
