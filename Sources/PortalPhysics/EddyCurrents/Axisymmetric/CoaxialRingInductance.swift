import RealModule

/// The mutual inductance of two coaxial circular filaments (Maxwell's formula), in H:
///
///     M = μ₀ √(ab) [(2 − k²) K(k) − 2 E(k)] / k,    k² = 4ab / ((a + b)² + d²),
///
/// a and b the radii, d the axial distance, K and E complete elliptic integrals of
/// modulus k (GSL). The bracket vanishes like πk⁴/16 for distant or very unequal rings,
/// where the closed form cancels catastrophically; below k² = 0.1 its power series in
/// m = k² is summed instead (terms from the series of K and E, 21 of them: below 1e-15
/// relative). It diverges logarithmically as the rings meet (k → 1): callers integrate
/// it over cells of finite section, never at coincident points.
enum CoaxialRingInductance {
    static func mutualH(radiusAM a: Double, radiusBM b: Double, axialDistanceM d: Double) -> Double {
        let s = a + b
        let m = 4 * a * b / (s * s + d * d)
        return PhysicalConstants.mu0 * (a * b).squareRoot() * bracket(parameter: m) / m.squareRoot()
    }

    /// (2 − m) K − 2 E as a function of the parameter m = k².
    static func bracket(parameter m: Double) -> Double {
        guard m >= 0.1 else { return series(m) }
        let (k, e) = SpecialFunctions.completeEllipticKE(modulus: m.squareRoot())
        return (2 - m) * k - 2 * e
    }

    /// (π/2) Σₙ cₙ mⁿ with cₙ = 2aₙ(1 + 1/(2n − 1)) − aₙ₋₁, aₙ = ((2n−1)!!/(2n)!!)² the
    /// coefficients of K = (π/2) Σ aₙ mⁿ (and E = (π/2) Σ aₙ mⁿ/(1 − 2n)); c₀ = c₁ = 0.
    static func series(_ m: Double) -> Double {
        var total = 0.0, power = m, aPrevious = 1.0
        for n in 1...22 {
            let ratio = Double(2 * n - 1) / Double(2 * n)
            let a = aPrevious * ratio * ratio
            if n >= 2 {
                total += (2 * a * (1 + 1 / Double(2 * n - 1)) - aPrevious) * power
            }
            aPrevious = a
            power *= m
        }
        return Double.pi / 2 * total
    }
}
