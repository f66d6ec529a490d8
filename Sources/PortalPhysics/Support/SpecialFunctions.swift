import CGSL

/// The special functions PortalSim takes from GSL, wrapped so that an out-of-domain
/// argument cannot abort the process (GSL's default error handler does) and returns
/// NaN instead, which callers check.
enum SpecialFunctions {
    /// Turns GSL's abort-on-error handler off, once per process. GSL then reports
    /// errors through status codes and the `_e` variants, which these wrappers check.
    static let disableAbort: Void = { _ = gsl_set_error_handler_off() }()

    /// The complete elliptic integrals K(k) and E(k) of modulus `k` (not the parameter
    /// m = k²), for 0 ≤ k < 1.
    static func completeEllipticKE(modulus k: Double) -> (K: Double, E: Double) {
        _ = disableAbort
        var rk = gsl_sf_result(), re = gsl_sf_result()
        let mode = portalsim_prec_double()
        let sk = gsl_sf_ellint_Kcomp_e(k, mode, &rk)
        let se = gsl_sf_ellint_Ecomp_e(k, mode, &re)
        return (sk == GSL_SUCCESS ? rk.val : .nan, se == GSL_SUCCESS ? re.val : .nan)
    }

    /// Carlson's symmetric elliptic integral R_D(x, y, z) = (3/2)∫₀^∞ dt /
    /// ((t+z)√((t+x)(t+y)(t+z))), for x, y ≥ 0 (at most one zero) and z > 0.
    static func carlsonRD(_ x: Double, _ y: Double, _ z: Double) -> Double {
        _ = disableAbort
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
