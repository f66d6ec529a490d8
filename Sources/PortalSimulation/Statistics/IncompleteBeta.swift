#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The regularised incomplete beta function I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b),
/// for the large shape parameters of long runs.
///
/// GSL's `gsl_cdf_beta_P` caps its continued fraction at 512 terms, which is too few
/// once a and b reach about 10⁶ (the fraction needs of order √max(a, b) terms): it
/// returns NaN, and `gsl_cdf_beta_Pinv`, bisecting on it, then never returns. A run
/// of ten million passes is ordinary here, so `ClopperPearson` falls back on this
/// evaluation, which lets the fraction run as long as it needs (modified Lentz;
/// Press et al., Numerical Recipes, §6.4).
enum IncompleteBeta {
    /// I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1; NaN if the fraction fails to converge.
    static func lowerTail(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        // The fraction converges fast only below the mean; above it, use the symmetry
        // I_x(a, b) = 1 − I_{1−x}(b, a).
        if x < (a + 1) / (a + b + 2) {
            return prefactor(x, a, b) * continuedFraction(x, a, b) / a
        }
        return 1 - prefactor(1 - x, b, a) * continuedFraction(1 - x, b, a) / b
    }

    /// 1 − I_x(a, b) = P(X > x), computed without the cancellation of 1 − (a value
    /// near 1).
    static func upperTail(_ x: Double, _ a: Double, _ b: Double) -> Double {
        lowerTail(1 - x, b, a)
    }

    /// x^a (1 − x)^b / B(a, b).
    ///
    /// For large a and b the terms a·ln x, b·ln(1 − x) and ln B(a, b) are each of
    /// order a + b while their sum is of order 1, so computed separately they would
    /// cancel away most of the digits (10⁻⁷ relative error at a + b = 10⁸). Instead,
    /// with Stirling's series for ln Γ, the sum is written around the mean
    /// p = a/(a + b) (as in Didonato & Morris, TOMS 708):
    ///
    ///     √(ab / (2π(a+b))) · exp(a·ln(1 + t/a) + b·ln(1 − t/b) − δ(a) − δ(b) + δ(a+b))
    ///
    /// with t = x(a + b) − a, formed with one rounding, and δ the Stirling correction.
    private static func prefactor(_ x: Double, _ a: Double, _ b: Double) -> Double {
        guard a >= stirlingFrom, b >= stirlingFrom else {
            return exp(a * log(x) + b * log1p(-x) - logBeta(a, b))
        }
        let sum = a + b
        let t = (-a).addingProduct(x, sum)
        let exponent = a * log1p(t / a) + b * log1p(-t / b)
            - stirlingCorrection(a) - stirlingCorrection(b) + stirlingCorrection(sum)
        return (a * b / (2 * Double.pi * sum)).squareRoot() * exp(exponent)
    }

    /// Shape parameters from which Stirling's series (five terms) is accurate to
    /// about 10⁻¹⁴.
    private static let stirlingFrom = 10.0

    /// ln B(a, b) when at least one of a, b is below `stirlingFrom`: ln Γ(small) plus
    /// ln Γ(large) − ln Γ(large + small) from Stirling's series, which stays accurate
    /// when `large` is huge; plain `lgamma_r` (reentrant; `lgamma` writes a global)
    /// when both are small.
    private static func logBeta(_ a: Double, _ b: Double) -> Double {
        var sign: Int32 = 0
        let small = min(a, b), large = max(a, b)
        guard large >= stirlingFrom else {
            return lgamma_r(a, &sign) + lgamma_r(b, &sign) - lgamma_r(a + b, &sign)
        }
        let sum = large + small
        let ratio = -(large - 0.5) * log1p(small / large) - small * log(sum) + small
            + stirlingCorrection(large) - stirlingCorrection(sum)
        return lgamma_r(small, &sign) + ratio
    }

    /// ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], by Stirling's series, for x ≥ 10.
    private static func stirlingCorrection(_ x: Double) -> Double {
        let inverse = 1 / x, inverseSquared = inverse * inverse
        let series = 1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared * (1.0 / 1260
            - inverseSquared * (1.0 / 1680 - inverseSquared * (1.0 / 1188))))
        return series * inverse
    }

    /// The continued fraction for I_x(a, b), by the modified Lentz method.
    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        let maxTerms = 1_000 + Int(20 * max(a, b).squareRoot())
        let sum = a + b
        var c = 1.0
        var d = 1 - sum * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        func step(_ numerator: Double) -> Double {
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            return d * c
        }
        for m in 1...maxTerms {
            let m = Double(m), twoM = 2 * m
            h *= step(m * (b - m) * x / ((a - 1 + twoM) * (a + twoM)))
            let change = step(-(a + m) * (sum + m) * x / ((a + twoM) * (a + 1 + twoM)))
            h *= change
            if abs(change - 1) < 1e-15 { return h }
        }
        return .nan
    }
}
