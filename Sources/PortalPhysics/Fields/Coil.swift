import RealModule

/// A coil of a portal: a closed loop of wire with N turns, placed and oriented in space.
///
/// The shape is given in the coil's own frame, in its xy-plane; current flows along the
/// polygon's vertex order (or counter-clockwise round the circle), so by the right-hand
/// rule the coil's normal, and its field at the centre, point along its local +z.
/// `orientation` turns the local frame into the portal frame and `centerM` places it.
public struct Coil: Equatable, Sendable {
    public enum Shape: Sendable, Equatable {
        /// A closed polygon; the last vertex joins the first. Vertices in metres, local frame.
        case polygon(verticesM: [Vector3])
        /// A circle of the given radius about the local origin in the local xy-plane.
        case circle(radiusM: Double)

        /// An axis-aligned rectangle `widthM` (local x) by `heightM` (local y) about the
        /// local origin, traversed counter-clockwise seen from +z.
        public static func rectangle(widthM: Double, heightM: Double) -> Shape {
            let w = widthM / 2, h = heightM / 2
            return .polygon(verticesM: [Vector3(-w, -h, 0), Vector3(w, -h, 0), Vector3(w, h, 0), Vector3(-w, h, 0)])
        }
    }

    public let shape: Shape
    public let turns: Double
    public let centerM: Vector3
    public let orientation: Rotation
    /// The radius of the wire bundle: inside it the field is that of a thick wire, not
    /// the singular field of a filament.
    public let wireRadiusM: Double

    /// The polygon's vertices in the portal frame (empty for a circle), precomputed.
    public let worldVerticesM: [Vector3]

    /// The default bundle radius: a few turns of enamelled wire.
    public static let defaultWireRadiusM = 1e-3

    public init(shape: Shape, turns: Double = 1, centerM: Vector3 = .zero,
                orientation: Rotation = .identity, wireRadiusM: Double = Coil.defaultWireRadiusM) {
        self.shape = shape
        self.turns = turns
        self.centerM = centerM
        self.orientation = orientation
        self.wireRadiusM = wireRadiusM
        if case .polygon(let vertices) = shape {
            worldVerticesM = vertices.map { centerM + orientation.apply($0) }
        } else {
            worldVerticesM = []
        }
    }

    /// H per ampere of coil current (A/m per A), all turns included, at `point` (m).
    public func fieldPerAmpere(at point: Vector3) -> Vector3 {
        switch shape {
        case .polygon:
            var h = Vector3.zero
            let v = worldVerticesM
            for i in v.indices {
                h += StraightSegmentField.fieldPerAmpere(from: v[i], to: v[(i + 1) % v.count],
                                                         at: point, wireRadiusM: wireRadiusM)
            }
            return turns * h
        case .circle(let radius):
            let local = orientation.inverse.apply(point - centerM)
            let rho = Double.hypot(local.x, local.y)      // no overflow for a huge coordinate
            let h = CircularLoopField.fieldPerAmpere(radiusM: radius, rho: rho, z: local.z,
                                                     wireRadiusM: wireRadiusM)
            let radial = rho > 0 ? Vector3(local.x / rho, local.y / rho, 0) : .zero
            return turns * orientation.apply(h.rho * radial + Vector3(0, 0, h.z))
        }
    }

    /// The magnetic moment per ampere, N × (vector area), in A·m² per A: the coil's
    /// far field is that of this dipole at its centre.
    public var dipoleMomentPerAmpere: Vector3 {
        switch shape {
        case .polygon(let vertices):
            var area = Vector3.zero
            for i in vertices.indices { area += 0.5 * vertices[i].cross(vertices[(i + 1) % vertices.count]) }
            return turns * orientation.apply(area)
        case .circle(let radius):
            return turns * Double.pi * radius * radius * orientation.apply(.unitZ)
        }
    }

    /// The coil's largest dimension (m): the diameter, or the largest vertex distance.
    public var largestDimensionM: Double {
        switch shape {
        case .circle(let radius): return 2 * radius
        case .polygon(let vertices):
            var best = 0.0
            for i in vertices.indices { for j in vertices.indices where j > i {
                best = Swift.max(best, (vertices[i] - vertices[j]).norm)
            } }
            return best
        }
    }
}
