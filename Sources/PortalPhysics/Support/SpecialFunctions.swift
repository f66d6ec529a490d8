internal import CGSL

/// The special functions PortalSim takes from GSL, wrapped so that an out-of-domain
/// argument cannot abort the process (GSL's default error handler does) and returns
/// NaN instead, which callers check: each calls ``GSLRuntime/start()`` first, so GSL
/// reports errors through status codes and the `_e` variants, which these check.
enum SpecialFunctions {
    /// The complete elliptic integrals K(k) and E(k) of modulus `k` (not the parameter
    /// m = k²), for 0 ≤ k < 1; NaN for any other k, GSL not called (its iterations
    /// never converge on a NaN: the process would hang).
    static func completeEllipticKE(modulus k: Double) -> (K: Double, E: Double) {
        guard k >= 0 && k < 1 else { return (.nan, .nan) }
        GSLRuntime.start()
        var rk = gsl_sf_result(), re = gsl_sf_result()
        let mode = portalsim_prec_double()
        let sk = gsl_sf_ellint_Kcomp_e(k, mode, &rk)
        let se = gsl_sf_ellint_Ecomp_e(k, mode, &re)
        return (sk == GSL_SUCCESS ? rk.val : .nan, se == GSL_SUCCESS ? re.val : .nan)
    }

    /// K and E of parameter m given with its complement 1 − m computed by the caller
    /// without cancellation (GSL's K(k) and E(k) form 1 − k² themselves, which near
    /// m = 1 keeps only the digits of 1 − m that survive the subtraction), by the
    /// arithmetic-geometric mean: a₀ = 1, b₀ = √(1−m), c₀ = √m, then
    /// aₙ₊₁ = (aₙ + bₙ)/2, bₙ₊₁ = √(aₙbₙ), cₙ₊₁ = (aₙ − bₙ)/2 until cₙ vanishes
    /// against aₙ; K = π/(2a), E = K (1 − Σ 2ⁿ⁻¹ cₙ²) (Abramowitz & Stegun 17.6).
    ///
    /// Why not GSL here: the circular loop's field calls this at every sample of a wand
    /// sweep, and GSL's R_F and R_D (``completeEllipticKEByCarlson(parameter:complementaryParameter:)``,
    /// which the tests hold this to) were a seventh of the prison comparison's time;
    /// the AGM converges quadratically: four to eight steps of one square root each at
    /// double precision for the loop's parameters. K is exact to a few ulps; E loses
    /// about K(m) ulps to the sum's cancellation as m → 1 (K ≈ ln(8a/d) ≈ 7.6 at the
    /// 1 mm wire surface of a 25 cm loop). NaN unless 0 ≤ m ≤ 1 and 0 < 1 − m ≤ 1.
    static func completeEllipticKE(parameter m: Double, complementaryParameter mc: Double) -> (K: Double, E: Double) {
        guard m >= 0 && m <= 1 && mc > 0 && mc <= 1 else { return (.nan, .nan) }
        var a = 1.0, b = mc.squareRoot(), c = m.squareRoot()
        var weight = 0.5, sum = 0.5 * m             // Σ 2ⁿ⁻¹ cₙ², from n = 0
        // cₙ₊₁ = cₙ²/(4aₙ₊₁): once c ≤ 2⁻²⁷ a, the next step would move a by under 2⁻⁵⁶
        // of itself and add under 2⁻¹⁰⁰ to the sum, so it is not taken. Eight steps at
        // 1 − m = 10⁻¹⁵, twelve at 10⁻³⁰⁰; the count is a guard only.
        var steps = 0
        while c > 0x1p-27 * a && steps < 64 {
            (a, b, c) = ((a + b) / 2, (a * b).squareRoot(), (a - b) / 2)
            weight *= 2
            sum += weight * c * c
            steps += 1
        }
        let k = Double.pi / (2 * a)
        return (k, k * (1 - sum))
    }

    /// K and E of parameter m from Carlson's symmetric integrals given the complement:
    /// K = R_F(0, 1−m, 1), E = K − (m/3) R_D(0, 1−m, 1) (GSL). The tests' reference for
    /// ``completeEllipticKE(parameter:complementaryParameter:)``. NaN unless 0 ≤ m ≤ 1
    /// and 0 < 1 − m ≤ 1, GSL not called.
    static func completeEllipticKEByCarlson(parameter m: Double, complementaryParameter mc: Double) -> (K: Double, E: Double) {
        guard m >= 0 && m <= 1 && mc > 0 && mc <= 1 else { return (.nan, .nan) }
        let k = carlsonRF(0, mc, 1)
        return (k, k - m / 3 * carlsonRD(0, mc, 1))
    }

    /// Carlson's symmetric elliptic integral R_F(x, y, z) = (1/2)∫₀^∞ dt /
    /// √((t+x)(t+y)(t+z)), for finite x, y, z ≥ 0 (at most one zero); NaN otherwise.
    static func carlsonRF(_ x: Double, _ y: Double, _ z: Double) -> Double {
        guard allFinite(x, y, z) else { return .nan }
        GSLRuntime.start()
        var r = gsl_sf_result()
        let s = gsl_sf_ellint_RF_e(x, y, z, portalsim_prec_double(), &r)
        return s == GSL_SUCCESS ? r.val : .nan
    }

    /// Whether every argument is finite: what GSL's Carlson iterations need to end.
    private static func allFinite(_ x: Double, _ y: Double, _ z: Double) -> Bool {
        x.isFinite && y.isFinite && z.isFinite
    }

    /// Carlson's symmetric elliptic integral R_D(x, y, z) = (3/2)∫₀^∞ dt /
    /// ((t+z)√((t+x)(t+y)(t+z))), for finite x, y ≥ 0 (at most one zero) and z > 0; NaN
    /// otherwise.
    static func carlsonRD(_ x: Double, _ y: Double, _ z: Double) -> Double {
        guard allFinite(x, y, z) else { return .nan }
        GSLRuntime.start()
        var r = gsl_sf_result()
        let s = gsl_sf_ellint_RD_e(x, y, z, portalsim_prec_double(), &r)
        return s == GSL_SUCCESS ? r.val : .nan
    }
}

/// The version of GSL this build was compiled against: a part of what names a build's
/// stored signatures.
public enum GSLVersion {
    public static let text: String = GSL_VERSION
}
