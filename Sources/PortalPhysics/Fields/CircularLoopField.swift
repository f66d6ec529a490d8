import RealModule

/// The magnetic field of a circular current loop, exact in complete elliptic integrals.
///
/// For a loop of radius a in the plane z = 0 centred on the origin, at cylindrical
/// coordinates (ρ, z), with α² = (a−ρ)² + z², β² = (a+ρ)² + z² and parameter
/// m = k² = 4aρ/β², per ampere:
///
///     H_z = [K + E (a² − ρ² − z²)/α²] / (2π β)
///     H_ρ = z B / (2π ρ β),    B = −K + E (a² + ρ² + z²)/α² = −K + E (2 − m) / (2 (1 − m))
///
/// (the textbook pair). Near the wire m → 1, and 1 − m computed as a difference would
/// keep only log₁₀(1/(1−m)) fewer digits, which the 1/(1 − m) in B then multiplies;
/// instead the complementary parameter is taken as 1 − m = α²/β², exact to rounding,
/// and K and E come from the arithmetic-geometric mean started from it
/// (``SpecialFunctions/completeEllipticKE(parameter:complementaryParameter:)``, held by
/// the tests to Carlson's R_F and R_D given the same complement). The factor a² − ρ² − z² is
/// formed as (a − ρ)(a + ρ) − z², which does not cancel on the wire either.
///
/// Far from the loop (beyond `dipoleLimit` radii) the field is the dipole's, to which
/// the exact field is equal there to rounding ((a/r)² < 10⁻¹⁶); written with a/r it
/// neither overflows nor underflows early, and no coordinate, however large, reaches
/// the elliptic integrals as an overflowed, non-finite parameter (which would give NaN).
///
/// B is a difference of nearly equal numbers when m is small: near the axis, where
/// H_ρ → 0 as ρ, and far from the loop, where the field falls as a dipole's. There B is
/// summed from its power series in m, whose first two coefficients vanish exactly; the
/// series also gives `B/ρ` directly, so the axis itself needs no special case. On the
/// wire the field is taken from the wire's surface and scaled linearly, as for a
/// straight wire of radius `wireRadiusM`.
///
/// See docs/physics.md#coils-and-their-fields.
public enum CircularLoopField {
    /// (H_ρ, H_z) per ampere at cylindrical coordinates (ρ ≥ 0, z) of a loop of radius `a`.
    public static func fieldPerAmpere(radiusM a: Double, rho: Double, z: Double,
                                      wireRadiusM: Double) -> (rho: Double, z: Double) {
        let r = Double.hypot(rho, z)
        if !(r <= dipoleLimit * a) { return dipoleField(radiusM: a, rho: rho, z: z, distanceM: r) }
        let distanceToWire = ((a - rho) * (a - rho) + z * z).squareRoot()
        if distanceToWire < wireRadiusM {
            guard distanceToWire > 0 else { return (0, 0) }
            let scale = wireRadiusM / distanceToWire
            let surface = fieldOutsideWire(a: a, rho: a + (rho - a) * scale, z: z * scale)
            let inside = distanceToWire / wireRadiusM
            return (surface.rho * inside, surface.z * inside)
        }
        return fieldOutsideWire(a: a, rho: rho, z: z)
    }

    static func fieldOutsideWire(a: Double, rho: Double, z: Double) -> (rho: Double, z: Double) {
        let alpha2 = (a - rho) * (a - rho) + z * z
        let beta2 = (a + rho) * (a + rho) + z * z
        let beta = beta2.squareRoot()
        let m = 4 * a * rho / beta2
        let oneMinusM = alpha2 / beta2                  // = ((a+ρ)² + z² − 4aρ)/β², exactly
        let (kK, kE) = SpecialFunctions.completeEllipticKE(parameter: m, complementaryParameter: oneMinusM)
        // B/ρ, the quantity H_ρ needs, without cancellation.
        let hz: Double, bracketOverRho: Double
        if m < seriesLimit {
            let sum = seriesSumOverM(m)                 // Σ bₙ mⁿ⁻¹ (π/2 included)
            bracketOverRho = (4 * a / beta2) * sum
            hz = (2 * a * a * kE / alpha2 - m * sum) / (2 * Double.pi * beta)
        } else {
            bracketOverRho = (-kK + kE * (a * a + rho * rho + z * z) / alpha2) / rho
            hz = (kK + kE * ((a - rho) * (a + rho) - z * z) / alpha2) / (2 * Double.pi * beta)
        }
        let hrho = z * bracketOverRho / (2 * Double.pi * beta)
        return (hrho, hz)
    }

    /// Beyond this many loop radii from the centre the field is the dipole's: the
    /// next multipole differs from it by about 2 (a/r)², under 10⁻¹⁶ from here on.
    static let dipoleLimit = 1e8

    /// The field of the loop's dipole, moment πa² along z, in (ρ, z) components:
    /// H = a² (3 n (n·ẑ) − ẑ) / (4 r³), formed from a/r so that a huge r gives zero
    /// rather than ∞/∞; a point at infinity gets zero, a non-finite one NaN.
    static func dipoleField(radiusM a: Double, rho: Double, z: Double, distanceM r: Double) -> (rho: Double, z: Double) {
        if r == .infinity { return rho.isNaN || z.isNaN ? (.nan, .nan) : (0, 0) }
        let ratio = a / r, cosine = z / r, sine = rho / r
        let scale = ratio * ratio / (4 * r)
        return (scale * 3 * sine * cosine, scale * (3 * cosine * cosine - 1))
    }

    /// Below this m the power series is used; it converges as mⁿ, and 40 terms give
    /// double precision there, while above it the closed form loses at most
    /// log₁₀(1/m²) ≈ 2 digits to cancellation.
    static let seriesLimit = 0.1

    /// π/2 · bₙ for n ≥ 2, where B = Σ bₙ mⁿ: the Cauchy product of E's series with
    /// (2−m)/(2(1−m)) = 1 + m/2 + m²/2 + …, minus K's series. b₀ = b₁ = 0 exactly.
    static let seriesCoefficients: [Double] = {
        let count = 40
        var kCoefficient = [Double](repeating: 0, count: count)
        var c = 1.0                                     // ((2n)! / (2²ⁿ n!²))²
        for n in 0..<count {
            if n > 0 { let f = Double(2 * n - 1) / Double(2 * n); c *= f * f }
            kCoefficient[n] = c
        }
        let eCoefficient = (0..<count).map { kCoefficient[$0] / Double(1 - 2 * $0) }
        return (2..<count).map { n -> Double in
            var product = eCoefficient[n]               // g₀ = 1
            for j in 0..<n { product += 0.5 * eCoefficient[j] }  // gₖ = 1/2 for k ≥ 1
            return (product - kCoefficient[n]) * Double.pi / 2
        }
    }()

    /// Σ_{n≥2} (π/2) bₙ mⁿ⁻¹, by Horner's rule.
    static func seriesSumOverM(_ m: Double) -> Double {
        var sum = 0.0
        for b in seriesCoefficients.reversed() { sum = sum * m + b }
        return sum * m
    }
}
