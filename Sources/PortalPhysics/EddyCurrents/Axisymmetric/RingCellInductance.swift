import RealModule

/// The mutual inductance between two ring cells of rectangular section (and a cell's
/// self-inductance), each carrying a uniform azimuthal current density: the coaxial-
/// filament inductance averaged over both sections,
///
///     Lᵢⱼ = (1/(AᵢAⱼ)) ∫_{cell i} ∫_{cell j} M_fil(r, z; r′, z′) dA dA′.
///
/// Distant cells: Gauss rules on each section, 2 × 2 beyond 2.5 diagonals and the
/// centres alone beyond 8 (the integrand is smooth there: the centre rule's relative
/// error is O((h/d)²), below 1e-3 at 8 diagonals and shrinking with the mesh as h²).
/// Neighbours and the cell itself: the filament formula diverges as −μ₀ r̄ ln ρ where
/// the rings meet (ρ the distance in the meridional plane), so that part is taken out
/// and integrated exactly (``RectangleLogDistance``), and the bounded remainder
/// M_fil + μ₀ r̄ ln ρ is integrated with a 4 × 4 rule on one section and a 5 × 5 rule on
/// the other (no two nodes coincide). r̄ is the mean of the two centres' radii. The
/// remainder is smooth to O(ρ² ln ρ) plus (√(rr′) − r̄) ln ρ, which is O(h ln ρ): the
/// self-term is accurate to a few parts in 10⁴ of μ₀ r h even for a cell touching the
/// axis, and the classical thin-ring formula μ₀ r (ln(8r/g) − 2) (g the GMD) is
/// recovered as h/r → 0 (a test holds it).
struct RingCellInductance {
    /// Cells whose centres are closer than `nearFactor` × the larger cell's diagonal are
    /// integrated with the singular part taken out.
    static let nearFactor = 2.5
    /// Beyond `farFactor` diagonals the centres' filaments stand for the cells.
    static let farFactor = 8.0

    static func mutualH(_ a: MeridionalMesh.Cell, _ b: MeridionalMesh.Cell) -> Double {
        let dr = a.centreRM - b.centreRM, dz = a.centreZM - b.centreZM
        let distance = (dr * dr + dz * dz).squareRoot()
        let diagonal = Swift.max((a.widthM * a.widthM + a.heightM * a.heightM).squareRoot(),
                                 (b.widthM * b.widthM + b.heightM * b.heightM).squareRoot())
        if distance > farFactor * diagonal {
            return CoaxialRingInductance.mutualH(radiusAM: a.centreRM, radiusBM: b.centreRM, axialDistanceM: dz)
        }
        if distance > nearFactor * diagonal {
            return average(a, b, ruleA: .points2, ruleB: .points2) { r, z, rr, zz in
                CoaxialRingInductance.mutualH(radiusAM: r, radiusBM: rr, axialDistanceM: z - zz)
            }
        }
        let rBar = 0.5 * (a.centreRM + b.centreRM)
        let mu0 = PhysicalConstants.mu0
        let meanLog = RectangleLogDistance.meanLog(x: (a.rInnerM, a.rOuterM), y: (a.zLowM, a.zHighM),
                                                   xi: (b.rInnerM, b.rOuterM), eta: (b.zLowM, b.zHighM))
        let remainder = average(a, b, ruleA: .points4, ruleB: .points5) { r, z, rr, zz in
            // Nodes of cells of different sizes may meet; a nudge of 1e-9 of the cell
            // keeps the (integrable) logarithm finite there.
            let rho = Swift.max(((r - rr) * (r - rr) + (z - zz) * (z - zz)).squareRoot(), 1e-9 * (a.widthM + a.heightM))
            return CoaxialRingInductance.mutualH(radiusAM: r, radiusBM: rr, axialDistanceM: z - zz) + mu0 * rBar * Double.log(rho)
        }
        return remainder - mu0 * rBar * meanLog
    }

    /// The average of f over both sections with the given product rules.
    private static func average(_ a: MeridionalMesh.Cell, _ b: MeridionalMesh.Cell,
                                ruleA: GaussLegendreRule, ruleB: GaussLegendreRule,
                                _ f: (Double, Double, Double, Double) -> Double) -> Double {
        var total = 0.0
        for (xi, wi) in zip(ruleA.nodes, ruleA.weights) {
            let r = a.rInnerM + xi * a.widthM
            for (xj, wj) in zip(ruleA.nodes, ruleA.weights) {
                let z = a.zLowM + xj * a.heightM
                var inner = 0.0
                for (yi, vi) in zip(ruleB.nodes, ruleB.weights) {
                    let rr = b.rInnerM + yi * b.widthM
                    for (yj, vj) in zip(ruleB.nodes, ruleB.weights) {
                        inner += vi * vj * f(r, z, rr, b.zLowM + yj * b.heightM)
                    }
                }
                total += wi * wj * inner
            }
        }
        return total
    }
}
