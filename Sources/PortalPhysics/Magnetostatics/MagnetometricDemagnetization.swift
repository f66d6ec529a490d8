internal import CGSL
import RealModule

/// Magnetometric demagnetising factors of bodies that are not ellipsoids: the volume
/// average of the demagnetising field of the body uniformly magnetised, −⟨H_d⟩ = N M.
///
/// Only an ellipsoid magnetises uniformly in a uniform field; for a cylinder, a tube or
/// a plate the magnetometric factor gives the standard approximation to the static
/// polarizability, M⁰ᵢᵢ = V χ / (1 + Nᵢ χ), exact as χ → 0 and close for steel parts
/// (it is the factor measured by a fluxmeter over the whole body). For a disk of
/// t/D = 0.1 it is 0.797, where the oblate spheroid of the same aspect gives 0.86 —
/// the difference that made equal-volume spheroids overstate a thin steel washer's
/// 1 − N, and so understate V/N, by about 30 %. The three factors sum to one for any
/// body (the trace of the demagnetising tensor).
public enum MagnetometricDemagnetization {
    /// N_z of a tube (a ring of rectangular section) of inner radius a, outer radius b
    /// and length L along its axis; a = 0 is a solid cylinder. The end faces carry the
    /// magnetic charge ±M; in Fourier–Bessel form (x = kb, α = a/b, ε = L/b):
    ///
    ///     N_z = 2/((1 − α²) ε) ∫₀^∞ (J₁(x) − α J₁(αx))² (1 − e^{−εx}) / x² dx.
    ///
    /// The integral is summed with 8-point Gauss panels up to X = max(400, 40/ε) and the
    /// rest from J₁'s asymptotic mean, (1 + α)(½ − E₃(εX))/(πX²): below 1e-6 absolute.
    /// Limits: N_z → 1 as ε → 0, N_z → 4D/(3πL) for a long solid rod. The transverse
    /// factors are (1 − N_z)/2 each.
    public static func tubeAxialFactor(innerRadiusM a: Double, outerRadiusM b: Double, lengthM l: Double) -> Double {
        let alpha = a / b, eps = l / b
        guard alpha >= 0, alpha < 1, eps > 0, eps.isFinite else { return .nan }
        GSLRuntime.start()
        let upper = Swift.max(400, 40 / eps)
        let panel = 0.25 * Double.pi
        let panels = Int((upper / panel).rounded(.up))
        let rule = GaussLegendreRule.points8
        var total = 0.0
        for p in 0..<panels {
            let x0 = Double(p) * panel
            for (t, w) in zip(rule.nodes, rule.weights) {
                let x = x0 + panel * t
                let j = gsl_sf_bessel_J1(x) - (alpha > 0 ? alpha * gsl_sf_bessel_J1(alpha * x) : 0)
                total += panel * w * j * j * (-Double.expMinusOne(-eps * x)) / (x * x)
            }
        }
        let x = Double(panels) * panel
        total += (1 + alpha) * (0.5 - gsl_sf_expint_En(3, eps * x)) / (Double.pi * x * x)
        return 2 * total / ((1 - alpha * alpha) * eps)
    }

    /// The three factors of a rectangular prism of sides 2a × 2b × 2c along x, y, z
    /// (Aharoni, J. Appl. Phys. 83, 3432 (1998), eq. 1, for N_z; the others by
    /// permuting the sides).
    public static func prismFactors(sidesM s: Vector3) -> Vector3 {
        let a = s.x / 2, b = s.y / 2, c = s.z / 2
        return Vector3(aharoni(b, c, a), aharoni(c, a, b), aharoni(a, b, c))
    }

    /// Aharoni's N along the side 2c of a prism 2a × 2b × 2c.
    static func aharoni(_ a: Double, _ b: Double, _ c: Double) -> Double {
        let abc = (a * a + b * b + c * c).squareRoot()
        let ab = (a * a + b * b).squareRoot(), bc = (b * b + c * c).squareRoot(), ac = (a * a + c * c).squareRoot()
        var s = (b * b - c * c) / (2 * b * c) * Double.log((abc - a) / (abc + a))
        s += (a * a - c * c) / (2 * a * c) * Double.log((abc - b) / (abc + b))
        s += b / (2 * c) * Double.log((ab + a) / (ab - a))
        s += a / (2 * c) * Double.log((ab + b) / (ab - b))
        s += c / (2 * a) * Double.log((bc - b) / (bc + b))
        s += c / (2 * b) * Double.log((ac - a) / (ac + a))
        s += 2 * Double.atan(a * b / (c * abc))
        s += (a * a * a + b * b * b - 2 * c * c * c) / (3 * a * b * c)
        s += (a * a + b * b - 2 * c * c) / (3 * a * b * c) * abc
        s += c / (a * b) * (ac + bc)
        s -= (ab * ab * ab + bc * bc * bc + ac * ac * ac) / (3 * a * b * c)
        return s / Double.pi
    }
}
