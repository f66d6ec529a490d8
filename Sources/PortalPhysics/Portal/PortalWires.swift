/// Every wire of a portal's coils, laid out once for questions asked at many points:
/// how far is the nearest wire from a point, and at least how far from a whole line
/// along the walking direction.
///
/// The engine asks at every pass whether a carried object comes closer to a wire than
/// the dipole approximation allows. Most objects never come near one, and the line
/// bound says so for a whole pass at the cost of a few two-dimensional distances
/// (straight wires projected along y onto the xz-plane, shared and covered ones
/// dropped); only passes the bound cannot clear are looked at point by point.
public struct PortalWires: Sendable {
    /// A straight wire: its start and the vector to its end.
    struct Segment: Equatable, Sendable {
        let startM: Vector3
        let alongM: Vector3
        let inverseLengthSquared: Double
    }

    /// A circular wire, with the rotation into its own frame.
    struct Circle: Sendable {
        let centerM: Vector3
        let toLocal: Rotation
        let radiusM: Double
    }

    /// A straight wire projected along y onto the xz-plane: a segment, or a point for a
    /// wire that runs along y.
    struct Projected: Equatable, Sendable {
        let x: Double, z: Double
        let dx: Double, dz: Double
        let inverseLengthSquared: Double

        init(x: Double, z: Double, dx: Double, dz: Double) {
            self.x = x; self.z = z; self.dx = dx; self.dz = dz
            let lengthSquared = dx * dx + dz * dz
            inverseLengthSquared = lengthSquared > 0 ? 1 / lengthSquared : 0
        }

        /// Squared distance from (px, pz).
        @inline(__always)
        func distanceSquared(x px: Double, z pz: Double) -> Double {
            let ex = px - x, ez = pz - z
            let t = Swift.min(Swift.max((ex * dx + ez * dz) * inverseLengthSquared, 0), 1)
            let fx = ex - t * dx, fz = ez - t * dz
            return fx * fx + fz * fz
        }

        /// Whether every point of `other` lies on this one (to 1 nm): then the distance
        /// to `other` is never the smaller and it need not be kept.
        func covers(_ other: Projected) -> Bool {
            let tolerance = 1e-18
            return distanceSquared(x: other.x, z: other.z) < tolerance
                && distanceSquared(x: other.x + other.dx, z: other.z + other.dz) < tolerance
        }
    }

    let segments: [Segment]
    let circles: [Circle]
    let projected: [Projected]

    /// The wires of every transmit and receive coil of `portal`.
    public init(portal: Portal) {
        self.init(coils: portal.allCoils)
    }

    public init(coils: [Coil]) {
        var segments: [Segment] = []
        var circles: [Circle] = []
        for coil in coils {
            switch coil.shape {
            case .polygon:
                let v = coil.worldVerticesM
                for i in v.indices {
                    let (a, b) = (v[i], v[(i + 1) % v.count])
                    // Adjacent zones share a side; a wire run the other way is the same wire.
                    let known = segments.contains { s in
                        (s.startM == a && s.startM + s.alongM == b) || (s.startM == b && s.startM + s.alongM == a)
                    }
                    if known { continue }
                    let along = b - a
                    let lengthSquared = along.normSquared
                    segments.append(Segment(startM: a, alongM: along, inverseLengthSquared: lengthSquared > 0 ? 1 / lengthSquared : 0))
                }
            case .circle(let radius):
                circles.append(Circle(centerM: coil.centerM, toLocal: coil.orientation.inverse, radiusM: radius))
            }
        }
        var projected: [Projected] = []
        let candidates = segments.map { Projected(x: $0.startM.x, z: $0.startM.z, dx: $0.alongM.x, dz: $0.alongM.z) }
        for (i, candidate) in candidates.enumerated() {
            // Keep one of identical projections, and none that another covers.
            let covered = candidates.enumerated().contains { j, other in
                j != i && other.covers(candidate) && (!candidate.covers(other) || j < i)
            }
            if !covered { projected.append(candidate) }
        }
        self.segments = segments
        self.circles = circles
        self.projected = projected
    }

    /// The distance (m) from `point` to the nearest wire: the same as
    /// ``Portal/distanceToNearestWireM(from:)``, infinity when there are no wires.
    public func distanceM(from point: Vector3) -> Double {
        var best = Double.infinity
        for s in segments {
            let e = point - s.startM
            let t = Swift.min(Swift.max(e.dot(s.alongM) * s.inverseLengthSquared, 0), 1)
            best = Swift.min(best, (e - t * s.alongM).normSquared)
        }
        var nearest = best.squareRoot()
        for c in circles {
            let local = c.toLocal.apply(point - c.centerM)
            nearest = Swift.min(nearest, WireDistance.toCircleM(radiusM: c.radiusM, rho: (local.x * local.x + local.y * local.y).squareRoot(),
                                                                height: local.z))
        }
        return nearest
    }

    /// A lower bound (m) on the distance from any point of the line through (x, ·, z)
    /// parallel to y to the nearest wire. Exact for straight wires: the nearest
    /// approach of the line to a segment is the distance from (x, z) to the segment's
    /// projection on the xz-plane. For a circle, the distance from the line to its
    /// centre less its radius (by the triangle inequality), which may be well below the
    /// truth; never above it. Infinity when there are no wires.
    public func lowerBoundFromLineAlongYM(xM: Double, zM: Double) -> Double {
        var best = Double.infinity
        for p in projected { best = Swift.min(best, p.distanceSquared(x: xM, z: zM)) }
        var bound = best.squareRoot()
        for c in circles {
            let ex = xM - c.centerM.x, ez = zM - c.centerM.z
            bound = Swift.min(bound, Swift.max(0, (ex * ex + ez * ez).squareRoot() - c.radiusM))
        }
        return bound
    }
}
