import RealModule

/// A point in a sheet's own plane (metres); the sheet's normal is its z.
public struct SheetPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    @inlinable public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// The outline of a flat conductor in its own x–y plane: one outer boundary and any
/// number of holes, each a simple polygon, in metres.
///
/// Curved outlines (disks, rounded corners) are stored as fine polygons (a full circle
/// as 1024 sides: the area is short by 2π²/(3·1024²) ≈ 6·10⁻⁶, below every mesh error);
/// the mesher resamples each boundary at its own spacing, keeping the polygon's real
/// corners (turns of more than 15°) as mesh nodes.
///
/// Every constructor validates: finite coordinates, at least three distinct vertices
/// per ring, a non-degenerate area, no ring crossing itself or another, every hole
/// strictly inside the outer boundary and outside the other holes. A violation throws
/// ``EddyCurrentError/invalidGeometry(_:)`` with the reason.
public struct SheetOutline: Hashable, Sendable {
    /// The outer boundary, counter-clockwise.
    public let outer: [SheetPoint]
    /// The holes, each counter-clockwise (orientation is normalised on construction).
    public let holes: [[SheetPoint]]

    /// A polygon with optional holes. Vertices in either orientation; the closing edge
    /// is implied (do not repeat the first vertex).
    public static func polygon(_ vertices: [SheetPoint], holes: [[SheetPoint]] = []) throws(EddyCurrentError) -> SheetOutline {
        try SheetOutline(outer: vertices, holes: holes)
    }

    /// A rectangle centred on the origin, length along x, width along y.
    public static func rectangle(lengthM: Double, widthM: Double) throws(EddyCurrentError) -> SheetOutline {
        guard lengthM.isFinite, widthM.isFinite, lengthM > 0, widthM > 0 else {
            throw .invalidGeometry("a rectangular sheet needs a finite positive length and width (got \(lengthM) m × \(widthM) m)")
        }
        let a = lengthM / 2, b = widthM / 2
        return try SheetOutline(outer: [SheetPoint(-a, -b), SheetPoint(a, -b), SheetPoint(a, b), SheetPoint(-a, b)], holes: [])
    }

    /// A rectangle centred on the origin with its four corners rounded to `cornerRadiusM`
    /// (0 gives the rectangle; at most half the shorter side).
    public static func roundedRectangle(lengthM: Double, widthM: Double, cornerRadiusM: Double) throws(EddyCurrentError) -> SheetOutline {
        guard lengthM.isFinite, widthM.isFinite, cornerRadiusM.isFinite, lengthM > 0, widthM > 0,
              cornerRadiusM >= 0, cornerRadiusM <= 0.5 * min(lengthM, widthM) else {
            throw .invalidGeometry("a rounded rectangle needs 0 ≤ corner radius ≤ half the shorter side (got \(lengthM) m × \(widthM) m, radius \(cornerRadiusM) m)")
        }
        if cornerRadiusM == 0 { return try rectangle(lengthM: lengthM, widthM: widthM) }
        let a = lengthM / 2 - cornerRadiusM, b = widthM / 2 - cornerRadiusM
        let centres = [SheetPoint(a, b), SheetPoint(-a, b), SheetPoint(-a, -b), SheetPoint(a, -b)]
        let perQuarter = 64
        var vertices: [SheetPoint] = []
        for (q, c) in centres.enumerated() {
            for k in 0...perQuarter {
                let phi = (Double(q) + Double(k) / Double(perQuarter)) * Double.pi / 2
                let p = SheetPoint(c.x + cornerRadiusM * Double.cos(phi), c.y + cornerRadiusM * Double.sin(phi))
                // Where the straight sides vanish (radius = half a side) consecutive arcs meet.
                if let last = vertices.last, abs(last.x - p.x) + abs(last.y - p.y) <= 1e-12 * lengthM { continue }
                vertices.append(p)
            }
        }
        if let first = vertices.first, let last = vertices.last,
           abs(last.x - first.x) + abs(last.y - first.y) <= 1e-12 * lengthM { vertices.removeLast() }
        return try SheetOutline(outer: vertices, holes: [])
    }

    /// A disk centred on the origin.
    public static func disk(radiusM: Double) throws(EddyCurrentError) -> SheetOutline {
        guard radiusM.isFinite, radiusM > 0 else {
            throw .invalidGeometry("a disk needs a finite positive radius (got \(radiusM) m)")
        }
        return try SheetOutline(outer: circle(radiusM), holes: [])
    }

    /// A disk with a concentric circular hole (a washer).
    public static func annulus(outerRadiusM: Double, innerRadiusM: Double) throws(EddyCurrentError) -> SheetOutline {
        guard outerRadiusM.isFinite, innerRadiusM.isFinite, innerRadiusM > 0, outerRadiusM > innerRadiusM else {
            throw .invalidGeometry("an annulus needs 0 < inner radius < outer radius (got \(innerRadiusM) m, \(outerRadiusM) m)")
        }
        return try SheetOutline(outer: circle(outerRadiusM), holes: [circle(innerRadiusM)])
    }

    private static func circle(_ r: Double) -> [SheetPoint] {
        let n = 1024
        return (0..<n).map { k in
            let phi = 2 * Double.pi * Double(k) / Double(n)
            return SheetPoint(r * Double.cos(phi), r * Double.sin(phi))
        }
    }

    private init(outer: [SheetPoint], holes: [[SheetPoint]]) throws(EddyCurrentError) {
        let outerRing = try Self.validatedRing(outer, name: "the outer boundary")
        var holeRings: [[SheetPoint]] = []
        for (k, hole) in holes.enumerated() {
            holeRings.append(try Self.validatedRing(hole, name: "hole \(k + 1)"))
        }
        let rings = [outerRing] + holeRings
        // No two rings may cross or touch.
        for i in 0..<rings.count {
            for j in (i + 1)..<rings.count where Self.ringsIntersect(rings[i], rings[j]) {
                throw .invalidGeometry(i == 0 ? "hole \(j) crosses or touches the outer boundary"
                                              : "holes \(i) and \(j) cross or touch")
            }
        }
        for (k, hole) in holeRings.enumerated() {
            guard Self.windingContains(outerRing, hole[0]) else {
                throw .invalidGeometry("hole \(k + 1) lies outside the outer boundary")
            }
            for (m, other) in holeRings.enumerated() where m != k && Self.windingContains(other, hole[0]) {
                throw .invalidGeometry("hole \(k + 1) lies inside hole \(m + 1)")
            }
        }
        self.outer = outerRing
        self.holes = holeRings
    }

    // MARK: - Geometry

    /// All rings, the outer first.
    var rings: [[SheetPoint]] { [outer] + holes }

    /// The metal's area (outer minus holes), m².
    public var areaM2: Double {
        holes.reduce(Self.signedArea(outer)) { $0 - Self.signedArea($1) }
    }

    /// The smallest axis-aligned box holding the outline: (min, max).
    var boundingBox: (SheetPoint, SheetPoint) {
        var lo = outer[0], hi = outer[0]
        for p in outer {
            lo.x = min(lo.x, p.x); lo.y = min(lo.y, p.y)
            hi.x = max(hi.x, p.x); hi.y = max(hi.y, p.y)
        }
        return (lo, hi)
    }

    /// True when `p` lies in the metal (inside the outer ring, outside every hole).
    func contains(_ p: SheetPoint) -> Bool {
        guard Self.windingContains(outer, p) else { return false }
        return !holes.contains { Self.windingContains($0, p) }
    }

    static func signedArea(_ ring: [SheetPoint]) -> Double {
        var s = 0.0
        for i in 0..<ring.count {
            let p = ring[i], q = ring[(i + 1) % ring.count]
            s += p.x * q.y - q.x * p.y
        }
        return 0.5 * s
    }

    /// Even–odd point-in-polygon (crossing number).
    static func windingContains(_ ring: [SheetPoint], _ p: SheetPoint) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let a = ring[i], b = ring[j]
            if (a.y > p.y) != (b.y > p.y) {
                let x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y)
                if p.x < x { inside.toggle() }
            }
            j = i
        }
        return inside
    }

    private static func validatedRing(_ input: [SheetPoint], name: String) throws(EddyCurrentError) -> [SheetPoint] {
        guard input.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else {
            throw .invalidGeometry("\(name) has a non-finite vertex")
        }
        var ring = input
        if ring.count > 1, ring[0] == ring[ring.count - 1] { ring.removeLast() }
        guard ring.count >= 3 else { throw .invalidGeometry("\(name) has fewer than three vertices") }
        var scale = 0.0
        for p in ring { scale = max(scale, abs(p.x), abs(p.y)) }
        var perimeter = 0.0
        for i in 0..<ring.count {
            let p = ring[i], q = ring[(i + 1) % ring.count]
            let d = ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
            guard d > 1e-12 * max(scale, 1e-300) else { throw .invalidGeometry("\(name) repeats a vertex (an edge of zero length)") }
            perimeter += d
        }
        let area = signedArea(ring)
        guard abs(area) > 1e-9 * perimeter * perimeter else {
            throw .invalidGeometry("\(name) is degenerate: it encloses no area")
        }
        if selfIntersects(ring) { throw .invalidGeometry("\(name) crosses itself") }
        return area > 0 ? ring : ring.reversed()
    }

    private static func orientation(_ a: SheetPoint, _ b: SheetPoint, _ c: SheetPoint) -> Double {
        (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
    }

    /// Closed segments [a,b] and [c,d] share a point (touching counts).
    private static func segmentsIntersect(_ a: SheetPoint, _ b: SheetPoint, _ c: SheetPoint, _ d: SheetPoint) -> Bool {
        guard max(a.x, b.x) >= min(c.x, d.x), max(c.x, d.x) >= min(a.x, b.x),
              max(a.y, b.y) >= min(c.y, d.y), max(c.y, d.y) >= min(a.y, b.y) else { return false }
        let o1 = orientation(a, b, c), o2 = orientation(a, b, d)
        let o3 = orientation(c, d, a), o4 = orientation(c, d, b)
        if ((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0)) { return true }
        func onSegment(_ p: SheetPoint, _ q: SheetPoint, _ r: SheetPoint, _ o: Double) -> Bool {
            o == 0 && min(p.x, q.x) <= r.x && r.x <= max(p.x, q.x) && min(p.y, q.y) <= r.y && r.y <= max(p.y, q.y)
        }
        return onSegment(a, b, c, o1) || onSegment(a, b, d, o2) || onSegment(c, d, a, o3) || onSegment(c, d, b, o4)
    }

    private static func selfIntersects(_ ring: [SheetPoint]) -> Bool {
        let n = ring.count
        for i in 0..<n {
            let a = ring[i], b = ring[(i + 1) % n]
            for j in (i + 1)..<n {
                // Adjacent edges share a vertex by construction.
                if j == i + 1 || (i == 0 && j == n - 1) { continue }
                if segmentsIntersect(a, b, ring[j], ring[(j + 1) % n]) { return true }
            }
        }
        return false
    }

    private static func ringsIntersect(_ r: [SheetPoint], _ s: [SheetPoint]) -> Bool {
        for i in 0..<r.count {
            let a = r[i], b = r[(i + 1) % r.count]
            for j in 0..<s.count where segmentsIntersect(a, b, s[j], s[(j + 1) % s.count]) { return true }
        }
        return false
    }
}
