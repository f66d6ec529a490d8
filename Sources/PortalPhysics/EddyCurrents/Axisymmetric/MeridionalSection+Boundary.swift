import RealModule

/// One panel of the generating curve of a body's surface, in the meridional half-plane:
/// a straight segment or an arc of an ellipse centred on the axis, parametrised by
/// u ∈ [0, 1] and traversed counterclockwise about the metal in the (r, z) plane, so
/// that the outward normal is n = (t_z, −t_r)/|t|.
struct MeridionalBoundaryPanel: Hashable, Sendable {
    enum Geometry: Hashable, Sendable {
        case segment(r0: Double, z0: Double, r1: Double, z1: Double)
        /// r = a sin θ, z = z₀ − c cos θ, θ from θ₀ to θ₁ > θ₀.
        case ellipseArc(a: Double, c: Double, z0: Double, theta0: Double, theta1: Double)
    }

    let geometry: Geometry

    /// The point at u and the derivative of (r, z) with respect to u.
    func point(_ u: Double) -> (r: Double, z: Double, dr: Double, dz: Double) {
        switch geometry {
        case .segment(let r0, let z0, let r1, let z1):
            return (r0 + u * (r1 - r0), z0 + u * (z1 - z0), r1 - r0, z1 - z0)
        case .ellipseArc(let a, let c, let z0, let t0, let t1):
            let t = t0 + u * (t1 - t0), dt = t1 - t0
            return (a * Double.sin(t), z0 - c * Double.cos(t), a * Double.cos(t) * dt, c * Double.sin(t) * dt)
        }
    }

    /// x(u) − y(v) for two points of this panel, and (x(u) − y(v))·n(v), both without
    /// the cancellation of subtracting nearby coordinates.
    func separation(from u: Double, to v: Double) -> (dr: Double, dz: Double, normalOffset: Double) {
        switch geometry {
        case .segment(let r0, let z0, let r1, let z1):
            return ((u - v) * (r1 - r0), (u - v) * (z1 - z0), 0)
        case .ellipseArc(let a, let c, _, let t0, let t1):
            let tu = t0 + u * (t1 - t0), tv = t0 + v * (t1 - t0)
            let half = Double.sin((tu - tv) / 2), mean = (tu + tv) / 2
            let nr = c * Double.sin(tv), nz = -a * Double.cos(tv)
            let offset = -2 * a * c * half * half / (nr * nr + nz * nz).squareRoot()
            return (2 * a * Double.cos(mean) * half, 2 * c * Double.sin(mean) * half, offset)
        }
    }

    /// The panel's chord: end points.
    var ends: (r0: Double, z0: Double, r1: Double, z1: Double) {
        let p = point(0), q = point(1)
        return (p.r, p.z, q.r, q.z)
    }
}

/// The surface of a body of revolution, as the curves that generate it.
///
/// A curve from the axis back to the axis generates a surface of the topology of a
/// sphere (a coin, a cup, a sphere); a closed curve off the axis one of a torus (a ring,
/// a washer). Only the outer surface is kept: a cavity that the metal closes off in the
/// meridional plane (a hollow ball, a sealed ring) is invisible from outside to a
/// perfect conductor, and is treated as filled.
struct GeneratingCurves: Sendable {
    /// A straight side or an elliptic arc, with whether each end is a corner of the
    /// surface (panels are graded toward corners, where the field is singular).
    enum Piece: Hashable, Sendable {
        case segment(r0: Double, z0: Double, r1: Double, z1: Double, cornerAtStart: Bool, cornerAtEnd: Bool)
        case ellipse(a: Double, c: Double, z0: Double)
    }

    struct Curve: Hashable, Sendable {
        var pieces: [Piece]
        /// True for a curve that closes off the axis (a surface with a hole).
        var isClosed: Bool
    }

    let curves: [Curve]

    /// A vertex of the coarse grid through the rectangles' edges.
    struct Vertex: Hashable { let i: Int; let j: Int }

    /// True when some surface has the topology of a torus.
    var hasHole: Bool { curves.contains { $0.isClosed } }

    /// The outline of `section`. Sections of rectangles give polygonal curves; a section
    /// of ellipses must have one ellipse that holds the others (a clad sphere), whose
    /// outline it is; a mix of ellipses and rectangles is refused.
    init(_ section: MeridionalSection) throws(EddyCurrentError) {
        if let problem = section.problem { throw .invalidGeometry(problem) }
        var ellipses: [(a: Double, c: Double, z0: Double)] = []
        var rectangles: [(r0: Double, r1: Double, z0: Double, z1: Double)] = []
        for region in section.regions {
            switch region.shape {
            case .ellipse(let a, let c, let z0): ellipses.append((a, c, z0))
            case .rectangle(let r0, let r1, let z0, let z1): rectangles.append((r0, r1, z0, z1))
            }
        }
        if !ellipses.isEmpty {
            guard rectangles.isEmpty else {
                throw .invalidGeometry("the boundary of a section that mixes ellipses and rectangles is not supported")
            }
            // The ellipse that holds every other one.
            func holds(_ e: (a: Double, c: Double, z0: Double), _ f: (a: Double, c: Double, z0: Double)) -> Bool {
                (0...64).allSatisfy { i in
                    let t = Double.pi * Double(i) / 64
                    let u = f.a * Double.sin(t) / e.a, v = (f.z0 - f.c * Double.cos(t) - e.z0) / e.c
                    return u * u + v * v <= 1 + 1e-12
                }
            }
            guard let outer = ellipses.first(where: { e in ellipses.allSatisfy { holds(e, $0) } }) else {
                throw .invalidGeometry("the boundary of several ellipses that do not nest is not supported")
            }
            curves = [Curve(pieces: [.ellipse(a: outer.a, c: outer.c, z0: outer.z0)], isClosed: false)]
            return
        }
        curves = try Self.outline(of: rectangles)
    }

    /// The outline of a union of axis-aligned rectangles: the coarse grid through every
    /// rectangle edge, its cells marked metal, the empty cells reachable from outside
    /// found by flood fill (others are cavities, counted as metal), and the edges between
    /// metal and outside chained into curves, collinear edges merged.
    static func outline(of rectangles: [(r0: Double, r1: Double, z0: Double, z1: Double)]) throws(EddyCurrentError) -> [Curve] {
        let rb = Array(Set([0] + rectangles.flatMap { [$0.r0, $0.r1] })).sorted()
        let zb = Array(Set(rectangles.flatMap { [$0.z0, $0.z1] })).sorted()
        let nr = rb.count - 1, nz = zb.count - 1
        // Cells i in 0..<nr, j in 0..<nz; a frame of outside cells i = nr, j = −1, j = nz.
        func index(_ i: Int, _ j: Int) -> Int { (j + 1) * (nr + 1) + i }
        var metal = [Bool](repeating: false, count: (nr + 1) * (nz + 2))
        for j in 0..<nz {
            for i in 0..<nr {
                let r = 0.5 * (rb[i] + rb[i + 1]), z = 0.5 * (zb[j] + zb[j + 1])
                metal[index(i, j)] = rectangles.contains { r > $0.r0 && r < $0.r1 && z > $0.z0 && z < $0.z1 }
            }
        }
        var outside = [Bool](repeating: false, count: metal.count)
        var stack = [(nr, -1)]
        outside[index(nr, -1)] = true
        while let (i, j) = stack.popLast() {
            for (di, dj) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                let a = i + di, b = j + dj
                guard a >= 0 && a <= nr && b >= -1 && b <= nz else { continue }
                let k = index(a, b)
                if !outside[k] && !metal[k] { outside[k] = true; stack.append((a, b)) }
            }
        }
        func isOutside(_ i: Int, _ j: Int) -> Bool {
            if i < 0 { return false }          // the axis
            if i > nr || j < -1 || j > nz { return true }
            return outside[index(i, j)]
        }
        // Directed edges with the metal on the left, as grid-vertex pairs (i, j).
        var next: [Vertex: Vertex] = [:]
        func add(_ a: Vertex, _ b: Vertex) throws(EddyCurrentError) {
            guard next[a] == nil else {
                throw .invalidGeometry("the section's regions touch only at a corner: the outline is not a simple curve")
            }
            next[a] = b
        }
        for j in 0..<nz {
            for i in 0..<nr where !isOutside(i, j) {
                if isOutside(i + 1, j) { try add(Vertex(i: i + 1, j: j), Vertex(i: i + 1, j: j + 1)) }
                if isOutside(i, j + 1) { try add(Vertex(i: i + 1, j: j + 1), Vertex(i: i, j: j + 1)) }
                if i > 0 && isOutside(i - 1, j) { try add(Vertex(i: i, j: j + 1), Vertex(i: i, j: j)) }
                if isOutside(i, j - 1) { try add(Vertex(i: i, j: j), Vertex(i: i + 1, j: j)) }
            }
        }
        // Chains: first those that start on the axis, then closed loops.
        var curves: [Curve] = []
        var unused = next
        func chain(from start: Vertex) -> [Vertex] {
            var path = [start], v = start
            while let w = unused[v] {
                unused[v] = nil
                path.append(w)
                v = w
                if w == start { break }
            }
            return path
        }
        let axisStarts = next.keys.filter { $0.i == 0 }.sorted { $0.j < $1.j }
        for start in axisStarts where unused[start] != nil {
            let path = chain(from: start)
            guard let last = path.last, last.i == 0 else {
                throw .invalidGeometry("the outline of the section does not return to the axis")
            }
            curves.append(Curve(pieces: pieces(path, closed: false, rb, zb), isClosed: false))
        }
        while let start = unused.keys.min(by: { ($0.j, $0.i) < ($1.j, $1.i) }) {
            let path = chain(from: start)
            guard path.count > 2, path.last == start else {
                throw .invalidGeometry("the outline of the section does not close")
            }
            curves.append(Curve(pieces: pieces(path, closed: true, rb, zb), isClosed: true))
        }
        guard !curves.isEmpty else { throw .invalidGeometry("the section has no outline") }
        return curves

    }

    /// Merges collinear steps of a vertex path into segments; every junction is a corner,
    /// the ends of an open path (on the axis) are not.
    static func pieces(_ path: [Vertex], closed: Bool, _ rb: [Double], _ zb: [Double]) -> [Piece] {
        var corners: [Vertex] = [path[0]]
        let count = path.count
        for k in 1..<(count - 1) {
            let a = path[k - 1], b = path[k], c = path[k + 1]
            if (b.i - a.i, b.j - a.j) != (c.i - b.i, c.j - b.j) { corners.append(b) }
        }
        if closed {
            // The start may lie in the middle of a straight side: rotate to a corner.
            let a = path[count - 2], b = path[0], c = path[1]
            if (b.i - a.i, b.j - a.j) == (c.i - b.i, c.j - b.j) {
                corners.removeFirst()
                corners.append(corners[0])
            } else {
                corners.append(path[0])
            }
        } else {
            corners.append(path[count - 1])
        }
        var result: [Piece] = []
        for k in 0..<(corners.count - 1) {
            let a = corners[k], b = corners[k + 1]
            result.append(.segment(r0: rb[a.i], z0: zb[a.j], r1: rb[b.i], z1: zb[b.j],
                                   cornerAtStart: closed || k > 0, cornerAtEnd: closed || k < corners.count - 2))
        }
        return result
    }

    /// The curves cut into panels no longer than `panelSizeM`. A straight side is graded
    /// toward its corner ends by w(t) = t²/(t² + (1 − t)²) (both ends) or its half (one
    /// end), whose first panel is ~L/n² long: the field at a right-angled edge goes as
    /// d^{−1/3}, and this grading restores the O(h²) convergence of smooth surfaces. An
    /// ellipse is cut uniformly in its angle θ (which crowds panels toward the tighter
    /// curvature of a flat spheroid's rim).
    func panels(maxSizeM h: Double) throws(EddyCurrentError) -> [MeridionalBoundaryPanel] {
        guard h.isFinite && h > 0 else { throw .invalidGeometry("the boundary panel size must be finite and positive") }
        var result: [MeridionalBoundaryPanel] = []
        func w(_ t: Double) -> Double { t * t / (t * t + (1 - t) * (1 - t)) }
        for curve in curves {
            for piece in curve.pieces {
                switch piece {
                case .segment(let r0, let z0, let r1, let z1, let c0, let c1):
                    let length = ((r1 - r0) * (r1 - r0) + (z1 - z0) * (z1 - z0)).squareRoot()
                    let graded = c0 || c1
                    let n = Swift.max(graded ? 2 : 1, Int(((graded ? 2 : 1) * length / h).rounded(.up)))
                    func map(_ t: Double) -> Double {
                        if c0 && c1 { return w(t) }
                        if c0 { return 2 * w(t / 2) }
                        if c1 { return 1 - 2 * w((1 - t) / 2) }
                        return t
                    }
                    for k in 0..<n {
                        let s0 = map(Double(k) / Double(n)), s1 = k == n - 1 ? 1 : map(Double(k + 1) / Double(n))
                        result.append(MeridionalBoundaryPanel(geometry: .segment(
                            r0: r0 + s0 * (r1 - r0), z0: z0 + s0 * (z1 - z0), r1: r0 + s1 * (r1 - r0), z1: z0 + s1 * (z1 - z0))))
                    }
                case .ellipse(let a, let c, let z0):
                    let n = Swift.max(4, Int((Double.pi * Swift.max(a, c) / h).rounded(.up)))
                    for k in 0..<n {
                        result.append(MeridionalBoundaryPanel(geometry: .ellipseArc(
                            a: a, c: c, z0: z0, theta0: Double.pi * Double(k) / Double(n), theta1: Double.pi * Double(k + 1) / Double(n))))
                    }
                }
            }
        }
        guard result.count <= 6000 else {
            throw .invalidGeometry("\(result.count) boundary panels are too many (at most 6000): choose a larger panel size")
        }
        return result
    }
}
