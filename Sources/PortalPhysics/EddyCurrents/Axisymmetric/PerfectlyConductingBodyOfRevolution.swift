internal import CGSL
import RealModule

/// The perfectly conducting limit M(∞) of a body of revolution, across its axis and
/// along it, by an axisymmetric boundary-element method.
///
/// At ω → ∞ no field enters the metal: B·n = 0 on its outer surface S, and outside,
/// H = ∇u with u harmonic, ∂u/∂n = 0 on S and u → H₀·x at infinity (the potential-flow
/// problem of a body moving through an ideal fluid, whose added mass gives
/// M(∞) = −(V + added mass/ρ) along the motion). Green's representation of the
/// scattered potential outside and of H₀·x inside, added on S, leaves an equation for
/// the total potential alone, with no single layer:
///
///     ½ u(x) − ∫_S u(y) ∂G/∂n_y dS_y = H₀·x,        G = 1/(4π|x − y|),
///
/// n outward from the metal; and the dipole term of the far field gives
///
///     M(∞) H₀ = −∫_S u n dS     (for a sphere u = (3/2)H₀·x on S, giving −2πa³).
///
/// For H₀ across the axis, u = u₁(r, z) cos φ and H₀·x = H₀ r cos φ; along it,
/// u = u₀(r, z) and H₀·x = H₀ z. Integrating over φ reduces the equation to one on the
/// generating curve with the ring kernel ``RingHarmonicKernel`` Dₘ:
///
///     ½ uₘ(x) − ∫ Dₘ(x, y) uₘ(y) dl_y = H₀ (r or z),
///     M_xx(∞) = −π ∫ u₁ n_ρ ρ dl / H₀,     M_zz(∞) = −2π ∫ u₀ n_ζ ρ dl / H₀.
///
/// Discretisation: u constant on each panel, collocated at the panel's parameter
/// midpoint (which lies on the exact curve: ellipses are represented exactly, so the
/// only error is the piecewise-constant u). The self-panel is split at the collocation
/// point and integrated with the substitution u − ½ = ±½s⁴ and 24 Gauss points (the
/// kernel's logarithmic singularity becomes s³ log s, error O(24⁻⁸)); every other panel
/// is bisected until it is shorter than its distance from the collocation point, then
/// taken with 8 or 16 Gauss points (errors below 1e-12 for a pole that far). The dense
/// system is solved by LU (GSL). Observed error O(h²) in the panel size h for smooth
/// bodies, and for bodies with edges thanks to the grading toward corners.
///
/// Validity: any material (the limit does not depend on μr: the field is excluded
/// either way) and any outline ``GeneratingCurves`` accepts. Across the axis, bodies
/// with a hole are exact too (an m = 1 potential has no circulation through the hole).
/// Along the axis a ring's limit depends on the flux trapped in its hole (zero for a
/// ring brought into the field), which needs a multivalued potential that this solver
/// does not impose: the axial limit is refused for bodies with a hole.
public struct PerfectlyConductingBodyOfRevolution: Sendable {
    let panels: [MeridionalBoundaryPanel]
    /// True when the body has a hole through it (a ring, a washer).
    public let hasHole: Bool

    /// The number of boundary panels, the number of unknowns of each solve.
    public var panelCount: Int { panels.count }

    public init(section: MeridionalSection, boundaryPanelSizeM: Double) throws(EddyCurrentError) {
        let curves = try GeneratingCurves(section)
        panels = try curves.panels(maxSizeM: boundaryPanelSizeM)
        hasHole = curves.hasHole
    }

    /// M_xx(∞) = M_yy(∞), m³ (negative): the field across the axis.
    public func transverseLimitM3() throws(EddyCurrentError) -> Double { try limit(harmonic: 1) }

    /// M_zz(∞), m³ (negative): the field along the axis. Refused for a body with a hole.
    public func axialLimitM3() throws(EddyCurrentError) -> Double {
        guard !hasHole else {
            throw .invalidGeometry("the axial perfectly conducting limit of a body with a hole depends on the flux through the hole, which this solver does not impose")
        }
        return try limit(harmonic: 0)
    }

    func limit(harmonic m: Int) throws(EddyCurrentError) -> Double {
        let n = panels.count
        guard n > 0 else { throw .emptyOrMismatched(0, 0) }
        GSLRuntime.start()
        guard let matrix = gsl_matrix_alloc(n, n), let rhs = gsl_vector_alloc(n), let solution = gsl_vector_alloc(n),
              let permutation = gsl_permutation_alloc(n) else { throw .allocationFailed(n) }
        defer { gsl_matrix_free(matrix); gsl_vector_free(rhs); gsl_vector_free(solution); gsl_permutation_free(permutation) }
        for i in 0..<n {
            let x = panels[i].point(0.5)
            for j in 0..<n {
                let value = i == j ? selfIntegral(harmonic: m, panel: panels[i])
                                   : Self.integral(harmonic: m, from: (x.r, x.z), over: panels[j], u0: 0, u1: 1, depth: 0)
                gsl_matrix_set(matrix, i, j, (i == j ? 0.5 : 0) - value)
            }
            gsl_vector_set(rhs, i, m == 1 ? x.r : x.z)
        }
        for i in 0..<n { for j in 0..<n { guard gsl_matrix_get(matrix, i, j).isFinite else { throw .nonFiniteMatrix } } }
        var sign: Int32 = 0
        guard gsl_linalg_LU_decomp(matrix, permutation, &sign) == GSL_SUCCESS,
              gsl_linalg_LU_solve(matrix, permutation, rhs, solution) == GSL_SUCCESS else { throw .notPositiveDefinite(status: 0) }
        // M = −π Σ uⱼ ∫ρ dz (across), 2π Σ uⱼ ∫ρ dρ (along), per unit H₀.
        var total = 0.0
        let rule = GaussLegendreRule.points8
        for j in 0..<n {
            var moment = 0.0
            for (s, w) in zip(rule.nodes, rule.weights) {
                let y = panels[j].point(s)
                moment += w * y.r * (m == 1 ? y.dz : y.dr)
            }
            total += gsl_vector_get(solution, j) * moment
        }
        let result = m == 1 ? -Double.pi * total : 2 * Double.pi * total
        guard result.isFinite else { throw .nonFiniteMatrix }
        return result
    }

    /// ∫ Dₘ(x, y(u)) |y′(u)| du over a panel, x the panel's own midpoint.
    func selfIntegral(harmonic m: Int, panel: MeridionalBoundaryPanel) -> Double {
        let x = panel.point(0.5)
        let rule = GaussLegendreRule.points24
        var sum = 0.0
        for side in [-1.0, 1.0] {
            for (s, w) in zip(rule.nodes, rule.weights) {
                let s3 = s * s * s
                let u = 0.5 + side * 0.5 * s3 * s
                let y = panel.point(u)
                let sep = panel.separation(from: 0.5, to: u)
                let length = (y.dr * y.dr + y.dz * y.dz).squareRoot()
                sum += w * 2 * s3 * length * RingHarmonicKernel.doubleLayer(
                    harmonic: m, r: x.r, rho: y.r, dr: sep.dr, dz: sep.dz, normalRho: y.dz / length, normalOffset: sep.normalOffset)
            }
        }
        return sum
    }

    /// ∫ Dₘ(x, y(u)) |y′(u)| du over u ∈ [u0, u1] of a panel that does not hold x,
    /// bisected until the piece is shorter than its distance from x.
    static func integral(harmonic m: Int, from x: (r: Double, z: Double), over panel: MeridionalBoundaryPanel,
                         u0: Double, u1: Double, depth: Int) -> Double {
        let p = panel.point(u0), q = panel.point(u1)
        let er = q.r - p.r, ez = q.z - p.z
        let length2 = er * er + ez * ez
        let t = length2 > 0 ? Swift.min(1, Swift.max(0, ((x.r - p.r) * er + (x.z - p.z) * ez) / length2)) : 0
        let cr = x.r - (p.r + t * er), cz = x.z - (p.z + t * ez)
        let distance2 = cr * cr + cz * cz
        if distance2 < length2 && depth < 40 {
            let mid = 0.5 * (u0 + u1)
            return integral(harmonic: m, from: x, over: panel, u0: u0, u1: mid, depth: depth + 1)
                + integral(harmonic: m, from: x, over: panel, u0: mid, u1: u1, depth: depth + 1)
        }
        let rule = distance2 > 16 * length2 ? GaussLegendreRule.points8 : GaussLegendreRule.points16
        var sum = 0.0
        for (s, w) in zip(rule.nodes, rule.weights) {
            let u = u0 + s * (u1 - u0)
            let y = panel.point(u)
            let length = (y.dr * y.dr + y.dz * y.dz).squareRoot()
            let nr = y.dz / length, nz = -y.dr / length
            let dr = x.r - y.r, dz = x.z - y.z
            sum += w * length * RingHarmonicKernel.doubleLayer(
                harmonic: m, r: x.r, rho: y.r, dr: dr, dz: dz, normalRho: nr, normalOffset: dr * nr + dz * nz)
        }
        return sum * (u1 - u0)
    }
}
