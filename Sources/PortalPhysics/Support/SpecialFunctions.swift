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
    /// m = 1 keeps only the digits of 1 − m that survive the subtraction):
    /// K = R_F(0, 1−m, 1), E = K − (m/3) R_D(0, 1−m, 1). NaN unless 0 ≤ m ≤ 1 and
    /// 0 < 1 − m ≤ 1, GSL not called.
    static func completeEllipticKE(parameter m: Double, complementaryParameter mc: Double) -> (K: Double, E: Double) {
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
