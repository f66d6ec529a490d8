import RealModule

/// The mean of ln ρ between two axis-aligned rectangles in a plane, in closed form:
///
///     ⟨ln ρ⟩ = (1/(A₁A₂)) ∫_{R₁}∫_{R₂} ln |p − q| dp dq,
///
/// the logarithm of the geometric mean distance (Maxwell's GMD) between the rectangles
/// — a square of side s has the self-GMD 0.44705 s. It carries the logarithmic
/// singularity of the coaxial-ring inductance between neighbouring cells exactly.
///
/// The fourfold integral is a double second difference of G with ∂⁴G/∂u²∂v² = ln√(u²+v²):
///
///     G(u, v) = (u³v atan(v/u) + uv³ atan(u/v))/6 − 25u²v²/48
///               + (u²v²/8 − u⁴/48 − v⁴/48) ln(u² + v²),
///
/// even in u and v (terms that any second difference removes are left out). The
/// difference cancels like (distance/size)⁴: use it for neighbours only; distant cells
/// need no singular treatment.
enum RectangleLogDistance {
    /// ⟨ln ρ⟩ between [x₀, x₁] × [y₀, y₁] and [ξ₀, ξ₁] × [η₀, η₁]. Lengths are
    /// scaled by `scale` inside so that the polynomial terms stay of order one.
    static func meanLog(x: (Double, Double), y: (Double, Double), xi: (Double, Double), eta: (Double, Double)) -> Double {
        let scale = Swift.max(x.1 - x.0, y.1 - y.0, xi.1 - xi.0, eta.1 - eta.0)
        let us = [(x.1 - xi.0, 1.0), (x.0 - xi.1, 1.0), (x.1 - xi.1, -1.0), (x.0 - xi.0, -1.0)]
        let vs = [(y.1 - eta.0, 1.0), (y.0 - eta.1, 1.0), (y.1 - eta.1, -1.0), (y.0 - eta.0, -1.0)]
        var total = 0.0
        for (u, su) in us {
            for (v, sv) in vs { total += su * sv * g(u / scale, v / scale) }
        }
        let area = (x.1 - x.0) * (y.1 - y.0) * (xi.1 - xi.0) * (eta.1 - eta.0) / (scale * scale * scale * scale)
        // The integral of ln(ρ/scale) is total; ln ρ adds ln(scale).
        return total / area + Double.log(scale)
    }

    static func g(_ uSigned: Double, _ vSigned: Double) -> Double {
        let u = abs(uSigned), v = abs(vSigned)
        let u2 = u * u, v2 = v * v, rho2 = u2 + v2
        guard rho2 > 0 else { return 0 }
        var result = -25 * u2 * v2 / 48
        if u > 0 && v > 0 {
            result += (u2 * u * v * Double.atan2(y: v, x: u) + u * v2 * v * Double.atan2(y: u, x: v)) / 6
        }
        result += (u2 * v2 / 8 - u2 * u2 / 48 - v2 * v2 / 48) * Double.log(rho2)
        return result
    }
}
