import RealModule

/// The inductance between the stream-function unknowns of two meshed sheets lying in
/// parallel planes a distance Δz apart (Δz = 0: the same plane, the same sheet's self
/// inductance).
///
/// With ψ piecewise linear, J is constant on each triangle, J_T = Σᵢ ψᵢ ∇λᵢ × ẑ, and
///
///     Lᵢⱼ = (μ₀/4π) Σ_T Σ_T′ (∇ψᵢ|_T · ∇ψⱼ|_T′) P_TT′,   P_TT′ = ∫_T ∫_T′ dA dA′ / √(|ρ − ρ′|² + Δz²),
///
/// ((∇ψ × ẑ)·(∇′ψ × ẑ) = ∇ψ·∇′ψ). The triangle-pair integrals P_TT′ are done by
/// distance, D the 3-D distance of the centroids and s the larger triangle diameter:
///
/// - D ≥ 4s: 3 × 3 points (the degree-2 symmetric rule on each): relative error
///   O((s/D)⁴), below 10⁻³ at D = 4s and falling fast;
/// - D < 4s: the inner integral in closed form — the potential of a uniform triangle
///   at any point in space (Wilton et al. 1984, with Graglia's arctangent form of the
///   height term), exact including Δz → 0 and points on the triangle itself — and the
///   outer one by a collapsed Gauss–Legendre product rule on T, of 3×3 points for
///   D ≥ 1.5s, 6×6 for 0.5s ≤ D < 1.5s (edge and vertex neighbours) and 8×8 for
///   D < 0.5s (the triangle with itself, or its image on a sheet Δz away). The outer
///   integrand is continuous with logarithmic derivative singularities on T′'s
///   edges; measured against 40×40 points the self term is within 1.5·10⁻⁴ and an
///   edge neighbour within 2·10⁻⁴ (Δz = 0), both better for Δz > 0.
///
/// The same rules are used for every Δz, including Δz = 0, so that L(Δz) → L(0)
/// continuously and a stack of closely spaced sheets keeps a positive definite
/// inductance (the difference L(0) − L(Δz), which sets the time constants of
/// opposed currents in neighbouring foils, is then computed consistently).
enum SheetKernels {
    /// The potential integral ∫_T dA′ / |r − r′| of the uniform unit density on the
    /// triangle (p0, p1, p2, counter-clockwise, in the plane z = 0) at (x, y, z), in m.
    @inline(__always)
    static func trianglePotential(_ p0: SheetPoint, _ p1: SheetPoint, _ p2: SheetPoint,
                                  x: Double, y: Double, z: Double) -> Double {
        let d = abs(z)
        var total = 0.0
        @inline(__always) func edge(_ a: SheetPoint, _ b: SheetPoint) {
            let ex = b.x - a.x, ey = b.y - a.y
            let len = (ex * ex + ey * ey).squareRoot()
            let lx = ex / len, ly = ey / len
            // Outward normal of a counter-clockwise edge.
            let ux = ly, uy = -lx
            let ax = a.x - x, ay = a.y - y
            let p0 = ax * ux + ay * uy
            guard abs(p0) > 1e-14 * len else { return }
            let lm = ax * lx + ay * ly
            let lp = (b.x - x) * lx + (b.y - y) * ly
            let r0sq = p0 * p0 + d * d
            let rp = (r0sq + lp * lp).squareRoot()
            let rm = (r0sq + lm * lm).squareRoot()
            // ln((R⁺ + l⁺)/(R⁻ + l⁻)), in the form without cancellation.
            let logTerm = lm < 0 && lp < 0 ? Double.log((rm - lm) / (rp - lp)) : Double.log((rp + lp) / (rm + lm))
            var value = p0 * logTerm
            if d > 0 {
                value -= d * (Double.atan(p0 * lp / (r0sq + d * rp)) - Double.atan(p0 * lm / (r0sq + d * rm)))
            }
            total += value
        }
        edge(p0, p1)
        edge(p1, p2)
        edge(p2, p0)
        return total
    }

    /// A rule on the reference triangle {(s, t): s, t ≥ 0, s + t ≤ 1}: points and weights
    /// summing to 1 (so that Σ w f ≈ mean of f; multiply by the area).
    struct Rule: Sendable {
        let s: [Double]
        let t: [Double]
        let w: [Double]
    }

    /// Collapsed Gauss–Legendre n × n (exact for polynomials of degree 2n − 1).
    static func collapsedGauss(_ n: Int) -> Rule {
        let rule = GaussLegendreRule(count: n)
        let x = rule.nodes, wx = rule.weights
        var s: [Double] = [], t: [Double] = [], w: [Double] = []
        for i in 0..<n {
            for j in 0..<n {
                s.append(x[i])
                t.append(x[j] * (1 - x[i]))
                w.append(2 * wx[i] * wx[j] * (1 - x[i]))
            }
        }
        return Rule(s: s, t: t, w: w)
    }

    /// The symmetric three-point rule of degree 2.
    static let threePoint = Rule(s: [1.0 / 6, 2.0 / 3, 1.0 / 6], t: [1.0 / 6, 1.0 / 6, 2.0 / 3], w: [1.0 / 3, 1.0 / 3, 1.0 / 3])
    static let gauss3 = collapsedGauss(3)
    static let gauss6 = collapsedGauss(6)
    static let gauss8 = collapsedGauss(8)


    /// P_TT′ = ∫_T ∫_T′ dA dA′ / √(|ρ − ρ′|² + Δz²), m³.
    static func pairIntegral(_ t: SheetMesh.Triangle, _ u: SheetMesh.Triangle, dz: Double) -> Double {
        let cx = t.centroid.x - u.centroid.x, cy = t.centroid.y - u.centroid.y
        let distance = (cx * cx + cy * cy + dz * dz).squareRoot()
        let size = max(t.diameterM, u.diameterM)
        if distance >= 12 * size {
            // The centroids alone: the rule's error is O((size/distance)²) of the pair, below
            // 1e-3 here and shrinking with the mesh as h²; most pairs of a large sheet and of
            // the distant sheets of a stack are such pairs.
            return t.areaM2 * u.areaM2 / distance
        }
        if distance >= 4 * size {
            let r = threePoint
            var sum = 0.0
            for i in 0..<3 {
                let xi = t.p0.x + r.s[i] * (t.p1.x - t.p0.x) + r.t[i] * (t.p2.x - t.p0.x)
                let yi = t.p0.y + r.s[i] * (t.p1.y - t.p0.y) + r.t[i] * (t.p2.y - t.p0.y)
                for j in 0..<3 {
                    let xj = u.p0.x + r.s[j] * (u.p1.x - u.p0.x) + r.t[j] * (u.p2.x - u.p0.x)
                    let yj = u.p0.y + r.s[j] * (u.p1.y - u.p0.y) + r.t[j] * (u.p2.y - u.p0.y)
                    let dx = xi - xj, dy = yi - yj
                    sum += 1 / (dx * dx + dy * dy + dz * dz).squareRoot()
                }
            }
            return sum / 9 * t.areaM2 * u.areaM2
        }
        let rule = distance < 0.5 * size ? gauss8 : (distance < 1.5 * size ? gauss6 : gauss3)
        var sum = 0.0
        for q in 0..<rule.w.count {
            let x = t.p0.x + rule.s[q] * (t.p1.x - t.p0.x) + rule.t[q] * (t.p2.x - t.p0.x)
            let y = t.p0.y + rule.s[q] * (t.p1.y - t.p0.y) + rule.t[q] * (t.p2.y - t.p0.y)
            sum += rule.w[q] * trianglePotential(u.p0, u.p1, u.p2, x: x, y: y, z: dz)
        }
        return sum * t.areaM2
    }

    /// The inductance block (H) between the unknowns of `a` (rows) and `b` (columns),
    /// their planes `dz` apart; row-major, a.unknownCount × b.unknownCount. With
    /// `symmetric` (a and b the same mesh) only half the triangle pairs are computed.
    static func inductanceBlock(_ a: SheetMesh, _ b: SheetMesh, dz: Double, symmetric: Bool) -> [Double] {
        let na = a.unknownCount, nb = b.unknownCount
        let ta = a.triangles, tb = b.triangles
        let scale = PhysicalConstants.mu0 / (4 * Double.pi)
        var l = [Double](repeating: 0, count: na * nb)
        l.withUnsafeMutableBufferPointer { l in
            for i in 0..<ta.count {
                let t = ta[i]
                let start = symmetric ? i : 0
                for j in start..<tb.count {
                    let u = tb[j]
                    let p = scale * pairIntegral(t, u, dz: dz)
                    scatter(p, t, u, nb, l)
                    if symmetric && j != i { scatter(p, u, t, nb, l) }
                }
            }
        }
        if symmetric {
            // Exact symmetry (the two one-sided quadratures differ in the last bits).
            for i in 0..<na { for j in (i + 1)..<na { let m = 0.5 * (l[i * na + j] + l[j * na + i]); l[i * na + j] = m; l[j * na + i] = m } }
        }
        return l
    }

    /// L[uᵢ(t), uⱼ(u)] += p ∇λᵢ|_t · ∇λⱼ|_u for the vertices that carry unknowns.
    @inline(__always)
    private static func scatter(_ p: Double, _ t: SheetMesh.Triangle, _ u: SheetMesh.Triangle, _ nb: Int,
                                _ l: UnsafeMutableBufferPointer<Double>) {
        @inline(__always) func row(_ r: Int, _ g: SheetPoint) {
            guard r >= 0 else { return }
            let base = r * nb
            if u.u0 >= 0 { l[base + u.u0] += p * (g.x * u.g0.x + g.y * u.g0.y) }
            if u.u1 >= 0 { l[base + u.u1] += p * (g.x * u.g1.x + g.y * u.g1.y) }
            if u.u2 >= 0 { l[base + u.u2] += p * (g.x * u.g2.x + g.y * u.g2.y) }
        }
        row(t.u0, t.g0)
        row(t.u1, t.g1)
        row(t.u2, t.g2)
    }
}
