internal import CGSL
import RealModule

/// The double-layer kernel of Laplace's equation for one azimuthal Fourier harmonic on
/// a surface of revolution: the ring of source points at (ρ, ζ), weighted by cos mψ,
/// seen from the field point (r, 0, z).
///
/// With G = 1/(4πR), R² = r² + ρ² − 2rρ cos ψ + (z − ζ)², and the outward normal
/// n = (n_ρ cos ψ, n_ρ sin ψ, n_ζ) at the source,
///
///     Dₘ = ρ ∫₀^{2π} cos mψ ∂G/∂n_y dψ
///        = ρ/(4π) [ ((r − ρ)n_ρ + (z − ζ)n_ζ) J₃ₘ − n_ρ r Pₘ ],
///     J₃ₘ = ∫ cos mψ / R³ dψ,     Pₘ = ∫ cos mψ (1 − cos ψ) / R³ dψ,
///
/// (r cos ψ − ρ = (r − ρ) − r(1 − cos ψ) splits off the part that is only
/// logarithmically singular). With a² = (r + ρ)² + (z − ζ)², k² = 4rρ/a² and
/// k′² = ((r − ρ)² + (z − ζ)²)/a² (computed from the differences, not as 1 − k²):
///
///     J₃₀ = 4E/(a³k′²),                 P₀ = 8(K − E)/(a³k²),
///     J₃₁ = 4[(2 − k²)E/k′² − 2K]/(a³k²), P₁ = 8[(4 − 3k²)K − (4 − k²)E]/(a³k⁴),
///
/// K, E the complete elliptic integrals of modulus k, taken as Carlson's
/// K = R_F(0, k′², 1), E = R_F − (k²/3) R_D(0, k′², 1), which keep their digits as
/// k′ → 0 (GSL's Kcomp(k) would form 1 − k² and lose them). The closed forms lose
/// digits as k → 0 (differences of O(k⁴)); there, for k² < ½, the ψ-integrals are
/// taken by the midpoint rule on [0, π] with 16 points, which for a periodic integrand
/// analytic in the strip |Im ψ| < 2 arccosh(1/k) ≥ 1.76 is accurate to e^{−56}.
///
/// As the source approaches the field point Dₘ has a logarithmic singularity (from K
/// in Pₘ) and, on a curved generator, a bounded jump (from E/k′² times the normal
/// offset, which is O(k′²)); the caller passes the normal offset (x − y)·n computed
/// accurately for that reason.
enum RingHarmonicKernel {
    /// Dₘ for m = 0 or 1. `dr` = r − ρ and `dz` = z − ζ, `normalOffset` = dr·n_ρ + dz·n_ζ.
    static func doubleLayer(harmonic m: Int, r: Double, rho: Double, dr: Double, dz: Double,
                            normalRho: Double, normalOffset: Double) -> Double {
        let a2 = (r + rho) * (r + rho) + dz * dz
        let k2 = 4 * r * rho / a2
        var j3: Double, p: Double
        if k2 < 0.5 {
            // Midpoint rule in ψ over [0, π] (the integrand is even), R² = dr² + dz² + 4rρ sin²(ψ/2).
            let n = 16
            let base = dr * dr + dz * dz
            var sj = 0.0, sp = 0.0
            for i in 0..<n {
                let psi = (Double(i) + 0.5) * Double.pi / Double(n)
                let s = Double.sin(psi / 2)
                let oneMinusCos = 2 * s * s
                let rr = base + 2 * r * rho * oneMinusCos
                let inv3 = 1 / (rr * rr.squareRoot())
                let c = m == 0 ? 1 : Double.cos(psi)
                sj += c * inv3
                sp += c * oneMinusCos * inv3
            }
            let h = 2 * Double.pi / Double(n)
            j3 = sj * h
            p = sp * h
        } else {
            let kp2 = (dr * dr + dz * dz) / a2
            let (kK, kE) = Self.completeKE(complementaryParameter: kp2, parameter: k2)
            let a3 = a2 * a2.squareRoot()
            if m == 0 {
                j3 = 4 * kE / (a3 * kp2)
                p = 8 * (kK - kE) / (a3 * k2)
            } else {
                j3 = 4 * ((2 - k2) * kE / kp2 - 2 * kK) / (a3 * k2)
                p = 8 * ((4 - 3 * k2) * kK - (4 - k2) * kE) / (a3 * k2 * k2)
            }
        }
        return rho / (4 * Double.pi) * (normalOffset * j3 - normalRho * r * p)
    }

    /// K(k) and E(k) from k′² = 1 − k² and k², through Carlson's R_F and R_D.
    static func completeKE(complementaryParameter kp2: Double, parameter k2: Double) -> (K: Double, E: Double) {
        GSLRuntime.start()
        var rf = gsl_sf_result(), rd = gsl_sf_result()
        let mode = portalsim_prec_double()
        let sf = gsl_sf_ellint_RF_e(0, kp2, 1, mode, &rf)
        let sd = gsl_sf_ellint_RD_e(0, kp2, 1, mode, &rd)
        guard sf == GSL_SUCCESS && sd == GSL_SUCCESS else { return (.nan, .nan) }
        return (rf.val, rf.val - k2 / 3 * rd.val)
    }
}
