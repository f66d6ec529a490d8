import RealModule

/// A conforming triangulation of a ``SheetOutline`` and the piecewise-linear stream
/// function on it.
///
/// **Mesh.** Each boundary ring is resampled at spacing ≤ h (its corners kept as nodes);
/// the inside is filled with a triangular lattice of spacing h, less the lattice points
/// that would encroach on a boundary segment (lie inside its diametral circle) or come
/// nearer the boundary than h/2; boundary segments encroached on by other boundary
/// nodes are split until none is. Every boundary segment is then a Gabriel edge, so the
/// Delaunay triangulation (Bowyer–Watson) contains it, and the triangles inside the
/// outline are exactly the mesh: a conforming mesh of the resampled polygon, whose
/// area differs from a curved outline's by O(h²).
///
/// **Unknowns.** ψ is linear on each triangle, so J = ∇ψ × ẑ is constant there and
/// divergence-free everywhere, with no normal current through the outer boundary
/// (ψ = 0 on it). Each interior node carries one unknown. Each hole is one unknown
/// too: ψ takes a free constant value on the hole and its whole rim, so the basis
/// function is 1 on the hole and falls linearly to 0 across the rim triangles; the
/// plateau counts in the moment (aᵢ = ∫ψᵢ dA includes the hole's area) and lets
/// current circulate around the hole while none crosses it.
///
/// **What is exact.** For a given mesh the moment ∫ψ dA (Σ area/3 per vertex, plus the
/// hole plateaus) and the dissipation (the P1 stiffness matrix) are exact; the error is
/// the P1 approximation error: the low-frequency slope (a Dirichlet energy) converges
/// as O(h²), the inductive limit as O(h) where ψ has the √(distance) edge singularity of
/// a perfectly conducting sheet.
struct SheetMesh: Sendable {
    struct Triangle: Sendable {
        /// Vertices, counter-clockwise.
        var p0: SheetPoint, p1: SheetPoint, p2: SheetPoint
        /// The unknown each vertex belongs to, or −1 where ψ = 0.
        var u0: Int, u1: Int, u2: Int
        /// ∇λ of the three barycentric coordinates (1/m).
        var g0: SheetPoint, g1: SheetPoint, g2: SheetPoint
        var areaM2: Double
        var centroid: SheetPoint
        /// The longest edge (m).
        var diameterM: Double
    }

    let triangles: [Triangle]
    let unknownCount: Int
    /// aᵢ = ∫ψᵢ dA (m²).
    let momentAreaM2: [Double]
    /// The node spacing h used (m).
    let spacingM: Double
    let nodeCount: Int

    /// Meshes `outline` at spacing `spacingM`.
    init(outline: SheetOutline, spacingM h: Double) throws(EddyCurrentError) {
        guard h.isFinite, h > 0 else { throw .invalidGeometry("mesh spacing must be finite and positive (got \(h) m)") }
        let rings = outline.rings
        // 1. Boundary nodes, ring by ring; segments as pairs of indices into `points`.
        var ringPoints = rings.map { Self.resample($0, spacing: h) }
        // 2. Split segments that other boundary nodes encroach on.
        for _ in 0..<12 {
            var changed = false
            let all = ringPoints.flatMap { $0 }
            for r in 0..<ringPoints.count {
                var refined: [SheetPoint] = []
                let ring = ringPoints[r]
                for i in 0..<ring.count {
                    let a = ring[i], b = ring[(i + 1) % ring.count]
                    refined.append(a)
                    if all.contains(where: { $0 != a && $0 != b && Self.encroaches($0, a, b) }) {
                        refined.append(SheetPoint(0.5 * (a.x + b.x), 0.5 * (a.y + b.y)))
                        changed = true
                    }
                }
                ringPoints[r] = refined
            }
            if !changed { break }
            if ringPoints.reduce(0, { $0 + $1.count }) > 200_000 {
                throw .invalidGeometry("the outline has corners too sharp to mesh")
            }
        }
        var points: [SheetPoint] = []
        var ringOfPoint: [Int] = []
        var segments: [(Int, Int)] = []
        for (r, ring) in ringPoints.enumerated() {
            let start = points.count
            for (i, p) in ring.enumerated() {
                points.append(p)
                ringOfPoint.append(r)
                segments.append((start + i, start + (i + 1) % ring.count))
            }
        }
        let boundaryCount = points.count

        // 3. Interior lattice, deterministically jittered by 10⁻⁴h against cocircular ties.
        let (lo, hi) = outline.boundingBox
        let rowStep = h * 3.0.squareRoot() / 2
        let rows = Int(((hi.y - lo.y) / rowStep).rounded(.up)) + 1
        let cols = Int(((hi.x - lo.x) / h).rounded(.up)) + 2
        guard rows * cols < 4_000_000 else { throw .invalidGeometry("mesh spacing \(h) m is too fine for an outline of this size") }
        // Segments by bucket for the encroachment and distance tests.
        let grid = SegmentGrid(points: points, segments: segments, cell: h, origin: lo)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for row in 0..<rows {
            let y0 = lo.y + Double(row) * rowStep
            for col in 0..<cols {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                let jx = Double(Int64(bitPattern: seed >> 11) % 1000) * 1e-7
                let jy = Double(Int64(bitPattern: seed >> 31) % 1000) * 1e-7
                let x0 = lo.x + (Double(col) + (row % 2 == 0 ? 0 : 0.5)) * h
                let p = SheetPoint(x0 + jx * h, y0 + jy * h)
                guard outline.contains(p) else { continue }
                if grid.isTooClose(p, points: points, minimumDistance: 0.5 * h) { continue }
                points.append(p)
                ringOfPoint.append(-1)
            }
        }

        // 4. Delaunay triangulation, keeping triangles inside the outline.
        let raw = Self.delaunay(points)
        var kept: [(Int, Int, Int)] = []
        for (a, b, c) in raw {
            let pa = points[a], pb = points[b], pc = points[c]
            let area2 = (pb.x - pa.x) * (pc.y - pa.y) - (pb.y - pa.y) * (pc.x - pa.x)
            guard area2 > 1e-12 * h * h else { continue }
            let centroid = SheetPoint((pa.x + pb.x + pc.x) / 3, (pa.y + pb.y + pc.y) / 3)
            if outline.contains(centroid) { kept.append((a, b, c)) }
        }
        // Conformity: every boundary segment must be a mesh edge.
        var edges = Set<Int>()
        let np = points.count
        for (a, b, c) in kept {
            for (u, v) in [(a, b), (b, c), (c, a)] { edges.insert(min(u, v) * np + max(u, v)) }
        }
        for (u, v) in segments where !edges.contains(min(u, v) * np + max(u, v)) {
            throw .invalidGeometry("the mesh does not conform to the outline near (\(points[u].x), \(points[u].y)) m: a corner too sharp or a gap narrower than the mesh spacing")
        }

        // 5. Unknowns: interior nodes one each, each hole one; the outer ring is ψ = 0.
        let holeCount = rings.count - 1
        var unknownOfPoint = [Int](repeating: -1, count: np)
        var used = [Bool](repeating: false, count: np)
        for (a, b, c) in kept { used[a] = true; used[b] = true; used[c] = true }
        var next = holeCount
        for i in 0..<np where used[i] {
            let r = i < boundaryCount ? ringOfPoint[i] : -1
            if r == 0 { continue }
            if r > 0 { unknownOfPoint[i] = r - 1 } else { unknownOfPoint[i] = next; next += 1 }
        }
        guard next > 0 else {
            throw .invalidGeometry("the sheet is narrower than the mesh spacing \(h) m: no interior node")
        }
        var moments = [Double](repeating: 0, count: next)
        for (k, hole) in outline.holes.enumerated() { moments[k] += SheetOutline.signedArea(hole) }
        var tris: [Triangle] = []
        tris.reserveCapacity(kept.count)
        for (a, b, c) in kept {
            let pa = points[a], pb = points[b], pc = points[c]
            let area2 = (pb.x - pa.x) * (pc.y - pa.y) - (pb.y - pa.y) * (pc.x - pa.x)
            let g0 = SheetPoint((pb.y - pc.y) / area2, (pc.x - pb.x) / area2)
            let g1 = SheetPoint((pc.y - pa.y) / area2, (pa.x - pc.x) / area2)
            let g2 = SheetPoint((pa.y - pb.y) / area2, (pb.x - pa.x) / area2)
            func length(_ p: SheetPoint, _ q: SheetPoint) -> Double { ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot() }
            let t = Triangle(p0: pa, p1: pb, p2: pc, u0: unknownOfPoint[a], u1: unknownOfPoint[b], u2: unknownOfPoint[c],
                             g0: g0, g1: g1, g2: g2, areaM2: 0.5 * area2,
                             centroid: SheetPoint((pa.x + pb.x + pc.x) / 3, (pa.y + pb.y + pc.y) / 3),
                             diameterM: max(length(pa, pb), length(pb, pc), length(pc, pa)))
            for u in [t.u0, t.u1, t.u2] where u >= 0 { moments[u] += t.areaM2 / 3 }
            tris.append(t)
        }
        triangles = tris
        unknownCount = next
        momentAreaM2 = moments
        spacingM = h
        nodeCount = used.filter { $0 }.count
    }

    /// The default spacing for an outline: a lattice of about `nodes` nodes over its area.
    static func spacing(for outline: SheetOutline, nodes: Int) -> Double {
        (2 * outline.areaM2 / (3.0.squareRoot() * Double(max(nodes, 4)))).squareRoot()
    }

    /// The resistance matrix for σt = 1 S: Rᵢⱼ = ∫∇ψᵢ·∇ψⱼ dA (Ω·S), the P1 stiffness.
    func unitResistance() -> [Double] {
        let n = unknownCount
        var r = [Double](repeating: 0, count: n * n)
        for t in triangles {
            let us = [t.u0, t.u1, t.u2], gs = [t.g0, t.g1, t.g2]
            for i in 0..<3 where us[i] >= 0 {
                for j in 0..<3 where us[j] >= 0 {
                    r[us[i] * n + us[j]] += t.areaM2 * (gs[i].x * gs[j].x + gs[i].y * gs[j].y)
                }
            }
        }
        return r
    }

    /// The diagonal of the σt = 1 resistance matrix.
    func unitResistanceDiagonal() -> [Double] {
        var d = [Double](repeating: 0, count: unknownCount)
        for t in triangles {
            for (u, g) in [(t.u0, t.g0), (t.u1, t.g1), (t.u2, t.g2)] where u >= 0 { d[u] += t.areaM2 * (g.x * g.x + g.y * g.y) }
        }
        return d
    }

    /// y = R x for σt = 1, element by element (for iterative solves on fine meshes).
    func applyUnitResistance(_ x: [Double]) -> [Double] {
        var y = [Double](repeating: 0, count: unknownCount)
        for t in triangles {
            let us = [t.u0, t.u1, t.u2], gs = [t.g0, t.g1, t.g2]
            var gx = 0.0, gy = 0.0
            for i in 0..<3 where us[i] >= 0 { gx += x[us[i]] * gs[i].x; gy += x[us[i]] * gs[i].y }
            for i in 0..<3 where us[i] >= 0 { y[us[i]] += t.areaM2 * (gs[i].x * gx + gs[i].y * gy) }
        }
        return y
    }

    // MARK: - Boundary resampling

    /// Resamples a ring at spacing ≤ `spacing`, keeping vertices where it turns by more
    /// than 15° and spacing the nodes evenly by arc length between them.
    static func resample(_ ring: [SheetPoint], spacing h: Double) -> [SheetPoint] {
        let n = ring.count
        let cosLimit = Double.cos(15 * Double.pi / 180)
        var corners: [Int] = []
        for i in 0..<n {
            let p = ring[(i + n - 1) % n], q = ring[i], r = ring[(i + 1) % n]
            let ux = q.x - p.x, uy = q.y - p.y, vx = r.x - q.x, vy = r.y - q.y
            let c = (ux * vx + uy * vy) / ((ux * ux + uy * uy).squareRoot() * (vx * vx + vy * vy).squareRoot())
            if c < cosLimit { corners.append(i) }
        }
        // A smooth ring (a circle): start anywhere, at least 8 nodes.
        let starts = corners.isEmpty ? [0] : corners
        var out: [SheetPoint] = []
        for (k, s) in starts.enumerated() {
            let e = corners.isEmpty ? s + n : (k + 1 < starts.count ? starts[k + 1] : starts[0] + n)
            // The chain ring[s...e] (indices mod n) and its cumulative length.
            var cumulative: [Double] = [0]
            for i in s..<e {
                let a = ring[i % n], b = ring[(i + 1) % n]
                cumulative.append(cumulative[cumulative.count - 1] + ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot())
            }
            let length = cumulative[cumulative.count - 1]
            let pieces = max(corners.isEmpty ? 8 : 1, Int((length / h).rounded(.up)))
            var j = 0
            for m in 0..<pieces {
                let target = length * Double(m) / Double(pieces)
                while j + 1 < cumulative.count - 1 && cumulative[j + 1] <= target { j += 1 }
                let a = ring[(s + j) % n], b = ring[(s + j + 1) % n]
                let seg = cumulative[j + 1] - cumulative[j]
                let f = seg > 0 ? (target - cumulative[j]) / seg : 0
                out.append(SheetPoint(a.x + f * (b.x - a.x), a.y + f * (b.y - a.y)))
            }
        }
        return out
    }

    /// p lies strictly inside the circle with diameter ab.
    @inline(__always)
    static func encroaches(_ p: SheetPoint, _ a: SheetPoint, _ b: SheetPoint) -> Bool {
        (a.x - p.x) * (b.x - p.x) + (a.y - p.y) * (b.y - p.y) < 0
    }

    // MARK: - Delaunay (Bowyer–Watson)

    /// The Delaunay triangles of `points`, counter-clockwise. Incremental insertion with
    /// a cavity search over all live triangles (O(n²) overall: a few milliseconds for
    /// the thousand-node meshes used here).
    static func delaunay(_ points: [SheetPoint]) -> [(Int, Int, Int)] {
        var lo = points[0], hi = points[0]
        for p in points { lo.x = min(lo.x, p.x); lo.y = min(lo.y, p.y); hi.x = max(hi.x, p.x); hi.y = max(hi.y, p.y) }
        let scale = max(hi.x - lo.x, hi.y - lo.y)
        // Work in a unit box for conditioning.
        var pts = points.map { SheetPoint(($0.x - lo.x) / scale, ($0.y - lo.y) / scale) }
        let n = pts.count
        pts.append(SheetPoint(-50, -50)); pts.append(SheetPoint(51, -50)); pts.append(SheetPoint(0.5, 51))
        struct Tri { var a: Int, b: Int, c: Int, cx: Double, cy: Double, r2: Double }
        func make(_ a: Int, _ b: Int, _ c: Int) -> Tri {
            let pa = pts[a], pb = pts[b], pc = pts[c]
            let d = 2 * (pa.x * (pb.y - pc.y) + pb.x * (pc.y - pa.y) + pc.x * (pa.y - pb.y))
            let a2 = pa.x * pa.x + pa.y * pa.y, b2 = pb.x * pb.x + pb.y * pb.y, c2 = pc.x * pc.x + pc.y * pc.y
            let cx = (a2 * (pb.y - pc.y) + b2 * (pc.y - pa.y) + c2 * (pa.y - pb.y)) / d
            let cy = (a2 * (pc.x - pb.x) + b2 * (pa.x - pc.x) + c2 * (pb.x - pa.x)) / d
            return Tri(a: a, b: b, c: c, cx: cx, cy: cy, r2: (pa.x - cx) * (pa.x - cx) + (pa.y - cy) * (pa.y - cy))
        }
        var tris = [make(n, n + 1, n + 2)]
        var edgeCount: [Int: Int] = [:]
        for i in 0..<n {
            let p = pts[i]
            var bad: [Tri] = []
            var k = 0
            while k < tris.count {
                let t = tris[k]
                let dx = p.x - t.cx, dy = p.y - t.cy
                if dx * dx + dy * dy < t.r2 * (1 - 1e-12) {
                    bad.append(t)
                    tris[k] = tris[tris.count - 1]
                    tris.removeLast()
                } else {
                    k += 1
                }
            }
            edgeCount.removeAll(keepingCapacity: true)
            let m = n + 3
            for t in bad {
                for (u, v) in [(t.a, t.b), (t.b, t.c), (t.c, t.a)] { edgeCount[min(u, v) * m + max(u, v), default: 0] += 1 }
            }
            for t in bad {
                for (u, v) in [(t.a, t.b), (t.b, t.c), (t.c, t.a)] where edgeCount[min(u, v) * m + max(u, v)] == 1 {
                    tris.append(make(u, v, i))
                }
            }
        }
        return tris.compactMap { t in t.a < n && t.b < n && t.c < n ? (t.a, t.b, t.c) : nil }
    }
}

/// Boundary segments bucketed on a square grid, for the near-boundary tests of the
/// lattice points.
private struct SegmentGrid {
    let cell: Double
    let origin: SheetPoint
    var buckets: [Int: [(Int, Int)]] = [:]

    init(points: [SheetPoint], segments: [(Int, Int)], cell: Double, origin: SheetPoint) {
        self.cell = cell
        self.origin = origin
        for s in segments {
            let a = points[s.0], b = points[s.1]
            let (i0, j0) = key(SheetPoint(min(a.x, b.x), min(a.y, b.y)))
            let (i1, j1) = key(SheetPoint(max(a.x, b.x), max(a.y, b.y)))
            for i in i0...i1 { for j in j0...j1 { buckets[i &* 1_000_003 &+ j, default: []].append(s) } }
        }
    }

    private func key(_ p: SheetPoint) -> (Int, Int) {
        (Int(((p.x - origin.x) / cell).rounded(.down)), Int(((p.y - origin.y) / cell).rounded(.down)))
    }

    /// p is nearer than `minimumDistance` (≤ cell) to a segment, or inside its diametral circle.
    func isTooClose(_ p: SheetPoint, points: [SheetPoint], minimumDistance: Double) -> Bool {
        let (i, j) = key(p)
        for di in -1...1 {
            for dj in -1...1 {
                guard let list = buckets[(i + di) &* 1_000_003 &+ (j + dj)] else { continue }
                for (u, v) in list {
                    let a = points[u], b = points[v]
                    if SheetMesh.encroaches(p, a, b) { return true }
                    let ex = b.x - a.x, ey = b.y - a.y
                    let f = max(0, min(1, ((p.x - a.x) * ex + (p.y - a.y) * ey) / (ex * ex + ey * ey)))
                    let dx = a.x + f * ex - p.x, dy = a.y + f * ey - p.y
                    if dx * dx + dy * dy < minimumDistance * minimumDistance { return true }
                }
            }
        }
        return false
    }
}
