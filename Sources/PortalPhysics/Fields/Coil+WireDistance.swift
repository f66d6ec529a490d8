/// How far a point is from a coil's wire: what decides whether an object there may be
/// treated as a dipole, since the field varies across an object on the scale of its
/// distance to the nearest wire (the error grows as (size/distance)²).
///
/// Distances are to the wire's centre line (the filament the field formulas use), not
/// to the surface of the bundle.
extension Coil {
    /// The distance (m) from `point` to the nearest point of this coil's wire: the
    /// nearest of the polygon's sides (infinity for a polygon without vertices), or, for
    /// a circle, exactly
    /// √((ρ − a)² + h²) with ρ and h the point's radius and height in the circle's frame.
    public func distanceToWireM(from point: Vector3) -> Double {
        switch shape {
        case .polygon:
            let v = worldVerticesM
            var best = Double.infinity
            for i in v.indices {
                best = Swift.min(best, WireDistance.toSegmentM(from: point, start: v[i], end: v[(i + 1) % v.count]))
            }
            return best
        case .circle(let radius):
            let local = orientation.inverse.apply(point - centerM)
            return WireDistance.toCircleM(radiusM: radius, rho: (local.x * local.x + local.y * local.y).squareRoot(), height: local.z)
        }
    }
}

extension CoilSet {
    /// The distance (m) from `point` to the nearest wire of any of the set's coils;
    /// infinity for an empty set. Weights do not matter: a coil's wire is where it is
    /// whatever share of the current it carries.
    public func distanceToWireM(from point: Vector3) -> Double {
        coils.reduce(Double.infinity) { Swift.min($0, $1.coil.distanceToWireM(from: point)) }
    }
}

/// Point-to-wire distances of the two wire shapes.
public enum WireDistance {
    /// The distance (m) from `point` to the straight segment `start`–`end`: to the foot
    /// of the perpendicular when it falls inside the segment, else to the nearer end.
    @inlinable
    public static func toSegmentM(from point: Vector3, start: Vector3, end: Vector3) -> Double {
        let along = end - start
        let lengthSquared = along.normSquared
        let fromStart = point - start
        guard lengthSquared > 0 else { return fromStart.norm }
        let t = Swift.min(Swift.max(fromStart.dot(along) / lengthSquared, 0), 1)
        return (fromStart - t * along).norm
    }

    /// The distance (m) to a circle of radius `radiusM` from a point at radius `rho`
    /// from its axis and `height` above its plane: √((ρ − a)² + h²), exact (the nearest
    /// point of the circle lies in the half-plane through the axis and the point).
    @inlinable
    public static func toCircleM(radiusM: Double, rho: Double, height: Double) -> Double {
        let radial = rho - radiusM
        return (radial * radial + height * height).squareRoot()
    }
}
