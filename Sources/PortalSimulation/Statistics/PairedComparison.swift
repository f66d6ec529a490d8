internal import CGSL

/// The paired comparison of two configurations run on the same people (common random
/// numbers). Only the discordant passes — detected by one and not the other — carry
/// information about the difference; the exact McNemar test works on them alone.
///
/// With a passes detected by both, b by the baseline alone, c by the other alone, out of
/// n pairs, the difference in detection is (c − b)/n. Its interval is Newcombe's hybrid
/// score interval for paired proportions (Newcombe 1998, "Improved confidence intervals
/// for the difference between binomial proportions based on paired data", Stat Med
/// 17:2635, method 10): the Wilson intervals of the two rates combined with their
/// correlation φ, whose numerator ad − bc is corrected towards zero — max(ad − bc − n/2, 0)
/// when positive, left as it is when negative. Without that correction φ is 1 when no
/// pass is discordant and the interval collapses to a point (half 4 of 4 passes
/// detected by both: ±4·10⁻⁹ instead of ±0.35). It behaves at the edges (no discordant
/// pass, rates of 0 or 1) where the Wald interval collapses, and it does not pretend, as
/// an interval conditional on b + c would, that the number of discordant passes is known.
///
/// See docs/statistics.md#paired-comparisons.
public struct PairedComparison: Equatable, Sendable {
    public let pairs: Int
    /// Passes both detected.
    public let both: Int
    /// Passes the baseline detected and the other configuration did not.
    public let baselineOnly: Int
    /// Passes the other configuration detected and the baseline did not.
    public let otherOnly: Int

    public init(pairs: Int, both: Int, baselineOnly: Int, otherOnly: Int) {
        precondition(both >= 0 && baselineOnly >= 0 && otherOnly >= 0 && pairs >= both + baselineOnly + otherOnly,
                     "PairedComparison: \(both) + \(baselineOnly) + \(otherOnly) of \(pairs) pairs")
        self.pairs = pairs
        self.both = both
        self.baselineOnly = baselineOnly
        self.otherOnly = otherOnly
    }

    public var discordant: Int { baselineOnly + otherOnly }
    public var baselineRate: Double { pairs == 0 ? 0 : Double(both + baselineOnly) / Double(pairs) }
    public var otherRate: Double { pairs == 0 ? 0 : Double(both + otherOnly) / Double(pairs) }

    /// other − baseline, in probability.
    public var difference: Double {
        pairs == 0 ? 0 : Double(otherOnly - baselineOnly) / Double(pairs)
    }

    /// The interval of the difference at `confidence`; (−1, 1) before any pair.
    public func interval(confidence: Double = 0.95) -> (low: Double, high: Double) {
        guard pairs > 0 else { return (-1, 1) }
        let z = gsl_cdf_ugaussian_Pinv(0.5 + confidence / 2)
        let n = Double(pairs)
        let p1 = baselineRate, p2 = otherRate
        let (l1, u1) = Self.wilson(p1, n, z), (l2, u2) = Self.wilson(p2, n, z)
        let a = Double(both), b = Double(baselineOnly), c = Double(otherOnly), d = n - a - b - c
        let denominator = ((a + b) * (c + d) * (a + c) * (b + d)).squareRoot()
        let phi = denominator > 0 ? Self.correctedCovariance(a * d - b * c, pairs: n) / denominator : 0
        func spread(_ x: Double, _ y: Double) -> Double { Swift.max(0, x * x - 2 * phi * x * y + y * y).squareRoot() }
        let theta = p2 - p1
        let low = theta - spread(p2 - l2, u1 - p1)
        let high = theta + spread(u2 - p2, p1 - l1)
        return (Swift.max(-1, low), Swift.min(1, high))
    }

    /// Method 10's continuity correction of φ's numerator ad − bc: reduced by n/2 when
    /// positive (and not below zero), unchanged when negative.
    static func correctedCovariance(_ adMinusBC: Double, pairs n: Double) -> Double {
        if adMinusBC > n / 2 { return adMinusBC - n / 2 }
        return adMinusBC >= 0 ? 0 : adMinusBC
    }

    /// Wilson's score interval of a proportion p of n at the normal quantile z.
    static func wilson(_ p: Double, _ n: Double, _ z: Double) -> (Double, Double) {
        let z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return (Swift.max(0, centre - half), Swift.min(1, centre + half))
    }

    /// The exact two-sided McNemar p-value: twice the smaller binomial(b + c, ½) tail, at most 1.
    public var mcNemarP: Double {
        let m = discordant
        guard m > 0 else { return 1 }
        let tail = gsl_cdf_binomial_P(UInt32(Swift.min(baselineOnly, otherOnly)), 0.5, UInt32(m))
        return Swift.min(1, 2 * tail)
    }
}
