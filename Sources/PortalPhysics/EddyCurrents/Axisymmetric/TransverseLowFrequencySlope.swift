import RealModule

/// The exact low-frequency loss of a non-magnetic body of revolution in a uniform field
/// across its axis: Im M_xx ≈ β ω, from the first-order eddy currents.
///
/// At low frequency the field in the metal is the applied B₀ = μ₀H₀ x̂, with vector
/// potential A₀ = ½ B₀ × r, and (e^{−iωt}) E = iωA₀ − ∇V, J = σE, where V makes J
/// divergence-free in each region, J·n = 0 on the outer surface and J·n continuous
/// between regions. With a = x̂ × r = (0, −z, y) and V = iω(μ₀H₀/2) w:
///
///     ∇·(σ(a − ∇w)) = 0,  σ(a − ∇w)·n = 0 on S,
///
/// the Euler–Lagrange equations of min_w ∫σ|a − ∇w|² dV. The moment m = ½∫ r × J dV
/// has m_x = ½∫J·a dV = iω(μ₀H₀/4)∫σ(a − ∇w)·a dV, and since ∫σ(a − ∇w)·∇w = 0 at the
/// minimum,
///
///     Im M_xx = ω β,     β = (μ₀/4) min_w ∫ σ |a − ∇w|² dV   (m³·s, > 0).
///
/// In cylindrical coordinates a = (−z sin φ, −z cos φ, r sin φ) in (r, φ, z), so the
/// minimiser is w = W(r, z) sin φ (the m = 1 harmonic) and after the φ-integral
///
///     β = (πμ₀/4) min_W ∫∫ σ [(W_r + z)² + (W/r + z)² + (W_z − r)²] r dr dz,
///
/// with W = 0 on the axis (w smooth there). For a homogeneous sphere a·n = 0 on S, so
/// w = 0 and β = (μ₀σ/4)∫(y² + z²) dV = 2πμ₀σa⁵/15, the slope of the sphere's closed
/// form. For a thin disk (radius R, thickness t ≪ R) W → rz (w = yz): the current runs
/// along the faces as in a slab, a − ∇w = (0, −2z, 0), and β → πμ₀σR²t³/12 (1 + O(t/R)).
///
/// Discretisation: bilinear elements on the cells of ``MeridionalMesh`` (σ × fill per
/// cell, nodes on the axis held at W = 0), 3 × 3 Gauss points per cell, the banded
/// system solved by Cholesky. Being a minimisation over a subspace, the computed β is
/// an upper bound on the exact β of the meshed body, with error O(h²) for rectangles
/// (meshed exactly; the field is singular at re-entrant corners only). For ellipses the
/// staircased outline with fill fractions breaks the bound; observed for a sphere,
/// errors 8.3e-3, 2.1e-3 at h = a/10, a/20 (second order), then a floor of ~2e-4 set
/// by the fill fractions' 8 × 8 sampling; for spheroids 2.6e-5 and 6.0e-5 at h = a/40.
struct TransverseLowFrequencySlope: Sendable {
    /// β in m³·s: Im M_xx ≈ β ω at low frequency.
    let slopeM3S: Double
    /// The number of nodal unknowns.
    let unknownCount: Int

    init(mesh: MeridionalMesh) throws(EddyCurrentError) {
        let nc = mesh.rLinesM.count, nzLines = mesh.zLinesM.count
        // Nodes of metal cells off the axis, numbered row by row.
        var nodeIndex = [Int](repeating: -1, count: nc * nzLines)
        for cell in mesh.cells {
            for (dc, dr) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
                let c = cell.column + dc, row = cell.row + dr
                if mesh.rLinesM[c] > 0 { nodeIndex[row * nc + c] = 0 }
            }
        }
        var count = 0
        for k in 0..<nodeIndex.count where nodeIndex[k] == 0 { nodeIndex[k] = count; count += 1 }
        guard count > 0 else { throw .invalidGeometry("the mesh has no nodes off the axis: choose a smaller cell size") }
        var bandwidth = 0
        for cell in mesh.cells {
            let ids = [(0, 0), (1, 0), (0, 1), (1, 1)].map { nodeIndex[(cell.row + $0.1) * nc + cell.column + $0.0] }.filter { $0 >= 0 }
            if let lo = ids.min(), let hi = ids.max() { bandwidth = Swift.max(bandwidth, hi - lo) }
        }
        var system = BandedCholesky(size: count, halfBandwidth: bandwidth)
        var load = [Double](repeating: 0, count: count)
        var constant = 0.0
        let g = (0.5 - (0.15).squareRoot(), 0.5, 0.5 + (0.15).squareRoot())
        let gaussNodes = [g.0, g.1, g.2], gaussWeights = [5.0 / 18, 8.0 / 18, 5.0 / 18]
        for cell in mesh.cells {
            let sigma = cell.effectiveConductivitySPerM
            let r0 = cell.rInnerM, hr = cell.widthM, z0 = cell.zLowM, hz = cell.heightM
            let ids = [(0, 0), (1, 0), (0, 1), (1, 1)].map { nodeIndex[(cell.row + $0.1) * nc + cell.column + $0.0] }
            var k = [[Double]](repeating: [0, 0, 0, 0], count: 4)
            var f = [0.0, 0, 0, 0]
            for (s, ws) in zip(gaussNodes, gaussWeights) {
                for (t, wt) in zip(gaussNodes, gaussWeights) {
                    let r = r0 + s * hr, z = z0 + t * hz
                    let weight = sigma * ws * wt * hr * hz * r
                    // N = (1−s)(1−t), s(1−t), (1−s)t, st.
                    let n = [(1 - s) * (1 - t), s * (1 - t), (1 - s) * t, s * t]
                    let nr = [-(1 - t) / hr, (1 - t) / hr, -t / hr, t / hr]
                    let nz = [-(1 - s) / hz, -s / hz, (1 - s) / hz, s / hz]
                    for a in 0..<4 {
                        f[a] += weight * (z * nr[a] + z * n[a] / r - r * nz[a])
                        for b in 0..<4 { k[a][b] += weight * (nr[a] * nr[b] + n[a] * n[b] / (r * r) + nz[a] * nz[b]) }
                    }
                    constant += weight * (2 * z * z + r * r)
                }
            }
            for a in 0..<4 where ids[a] >= 0 {
                load[ids[a]] -= f[a]
                for b in 0..<4 where ids[b] >= 0 && ids[b] <= ids[a] { system.add(ids[a], ids[b], k[a][b]) }
            }
        }
        guard constant.isFinite, load.allSatisfy(\.isFinite) else { throw .nonFiniteMatrix }
        guard system.factor() else { throw .notPositiveDefinite(status: 0) }
        let w = system.solve(load)
        // F_min = c + fᵀW with K W = −f.
        var minimum = constant
        for i in 0..<count { minimum -= load[i] * w[i] }
        let beta = Double.pi * PhysicalConstants.mu0 / 4 * minimum
        guard beta.isFinite && beta > 0 else { throw .nonFiniteMatrix }
        slopeM3S = beta
        unknownCount = count
    }
}
