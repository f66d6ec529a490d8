import Foundation

/// The Wilson score interval of an observed rate k/n: what a site's own count of
/// alarms ("36 of 200 visitors alarmed") says about its true rate.
///
/// The engine's own rates use Clopper–Pearson (exact, wide at the extremes, which is
/// where detection rates sit). An observed nuisance rate lies in the middle of (0, 1)
/// and comes from a count a site made by hand; there Wilson's interval is the usual
/// choice, close to its nominal coverage and never outside [0, 1]:
///
///     centre = (k + z²/2) / (n + z²),   half = z / (n + z²) · √(k(n − k)/n + z²/4)
///
/// with z the normal quantile of 1 − α/2 (1.959964 at 95 %).
///
/// See docs/statistics.md#observed-counts.
public enum WilsonInterval {
    /// The normal quantile at 97.5 %, for a two-sided 95 % interval.
    public static let z95 = 1.959963984540054

    /// The 95 % interval of `k` successes in `n` trials; requires 0 ≤ k ≤ n and n > 0
    /// (callers check counts they were given).
    public static func interval(successes k: Int, trials n: Int, z: Double = z95) -> (low: Double, high: Double) {
        precondition(n > 0 && k >= 0 && k <= n, "WilsonInterval: need 0 ≤ k ≤ n and n > 0, got k = \(k), n = \(n)")
        let kd = Double(k), nd = Double(n), z2 = z * z
        let centre = (kd + z2 / 2) / (nd + z2)
        let half = z / (nd + z2) * (kd * (nd - kd) / nd + z2 / 4).squareRoot()
        return (max(0, centre - half), min(1, centre + half))
    }
}
