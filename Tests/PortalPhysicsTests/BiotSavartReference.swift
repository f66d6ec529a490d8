import Foundation
import PortalPhysics

/// Reference fields computed without the library's formulas, to hold them to: the
/// closed form for a straight filament in the vector form of Hanson and Hirshman, and
/// Biot–Savart's integral round a circle by Gauss–Legendre quadrature.
enum BiotSavartReference {
    /// H per ampere at `point` of a straight filament `start → end`:
    /// (|R₁| + |R₂|) / (|R₁||R₂| (|R₁||R₂| + R₁·R₂)) R₁ × R₂ / 4π, Rᵢ from the ends to the point.
    static func filament(from start: Vector3, to end: Vector3, at point: Vector3) -> Vector3 {
        let r1 = point - start, r2 = point - end
        let n1 = r1.norm, n2 = r2.norm
        let denominator: Double = n1 * n2 * (n1 * n2 + r1.dot(r2)) * 4 * Double.pi
        let scale: Double = (n1 + n2) / denominator
        return scale * r1.cross(r2)
    }

    /// (H_ρ, H_z) per ampere of a filament circle of radius a in z = 0 at (ρ, 0, z):
    /// H = (a/4π) ∮ (z cos φ, z sin φ, a − ρ cos φ) / |R|³ dφ with |R|² written as
    /// (ρ − a)² + z² + 4aρ sin²(φ/2) and a − ρ cos φ as (a − ρ) + 2ρ sin²(φ/2), so that
    /// nothing cancels near the wire. The integrand peaks at φ = 0 with a width of the
    /// distance to the wire over a; [0, π] is cut into intervals doubling from that
    /// width, each with a 24-point rule.
    static func circle(radiusM a: Double, rho: Double, z: Double) -> (rho: Double, z: Double) {
        let alpha2 = (rho - a) * (rho - a) + z * z
        let (nodes, weights) = gaussLegendre(24)
        var edges = [0.0]
        var width = Swift.max(alpha2.squareRoot() / a, 1e-12)
        while edges.last! + width < Double.pi { edges.append(edges.last! + width); width *= 2 }
        edges.append(Double.pi)
        var hRho = 0.0, hZ = 0.0
        for (lo, hi) in zip(edges, edges.dropFirst()) {
            for (x, w) in zip(nodes, weights) {
                let phi = lo + (hi - lo) * x, weight = (hi - lo) * w
                let s = sin(phi / 2), s2 = s * s
                let r2 = alpha2 + 4 * a * rho * s2
                let r3 = r2 * r2.squareRoot()
                hRho += weight * z * cos(phi) / r3
                hZ += weight * ((a - rho) + 2 * rho * s2) / r3
            }
        }
        // The integrand is even in φ: twice [0, π].
        return (2 * a * hRho / (4 * Double.pi), 2 * a * hZ / (4 * Double.pi))
    }

    /// The n-point Gauss–Legendre rule on [0, 1], nodes by Newton's iteration on Pₙ.
    static func gaussLegendre(_ n: Int) -> (nodes: [Double], weights: [Double]) {
        var nodes: [Double] = [], weights: [Double] = []
        for i in 0..<n {
            var t = cos(Double.pi * (Double(i) + 0.75) / (Double(n) + 0.5))
            var derivative = 1.0
            for _ in 0..<100 {
                var p0 = 1.0, p1 = t
                for k in 2...n { (p0, p1) = (p1, ((2 * Double(k) - 1) * t * p1 - Double(k - 1) * p0) / Double(k)) }
                derivative = Double(n) * (t * p1 - p0) / (t * t - 1)
                let step = p1 / derivative
                t -= step
                if abs(step) < 1e-16 { break }
            }
            nodes.append((1 - t) / 2)
            weights.append(1 / ((1 - t * t) * derivative * derivative))
        }
        return (nodes, weights)
    }
}
