/// A vector in three-dimensional space, in SI units of whatever it carries.
///
/// PortalSim's frame: `x` across the aperture (panel to panel), `y` along the walking
/// direction, `z` the height above the floor; the origin lies on the floor in the
/// middle of the aperture.
///
/// See docs/physics.md#coordinates-and-units, with the body and object frames.
public struct Vector3: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var z: Double

    @inlinable
    public init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    public static let zero = Vector3(0, 0, 0)
    public static let unitX = Vector3(1, 0, 0)
    public static let unitY = Vector3(0, 1, 0)
    public static let unitZ = Vector3(0, 0, 1)

    @inlinable public static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x + b.x, a.y + b.y, a.z + b.z) }
    @inlinable public static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x - b.x, a.y - b.y, a.z - b.z) }
    @inlinable public static prefix func - (a: Vector3) -> Vector3 { Vector3(-a.x, -a.y, -a.z) }
    @inlinable public static func * (s: Double, a: Vector3) -> Vector3 { Vector3(s * a.x, s * a.y, s * a.z) }
    @inlinable public static func * (a: Vector3, s: Double) -> Vector3 { s * a }
    @inlinable public static func / (a: Vector3, s: Double) -> Vector3 { Vector3(a.x / s, a.y / s, a.z / s) }
    @inlinable public static func += (a: inout Vector3, b: Vector3) { a = a + b }
    @inlinable public static func -= (a: inout Vector3, b: Vector3) { a = a - b }

    @inlinable public func dot(_ b: Vector3) -> Double { x * b.x + y * b.y + z * b.z }

    @inlinable public func cross(_ b: Vector3) -> Vector3 {
        Vector3(y * b.z - z * b.y, z * b.x - x * b.z, x * b.y - y * b.x)
    }

    /// The Euclidean length, without overflow or underflow for extreme components.
    @inlinable public var norm: Double {
        let m = Swift.max(abs(x), abs(y), abs(z))
        if m == 0 || !m.isFinite { return m }
        let (a, b, c) = (x / m, y / m, z / m)
        return m * (a * a + b * b + c * c).squareRoot()
    }

    @inlinable public var normSquared: Double { dot(self) }

    /// The unit vector along `self`, or `nil` for the zero vector.
    @inlinable public var normalized: Vector3? {
        let n = norm
        return n > 0 && n.isFinite ? self / n : nil
    }

    @inlinable public var isFinite: Bool { x.isFinite && y.isFinite && z.isFinite }

    /// Largest absolute component: a cheap norm for tolerances.
    @inlinable public var maxMagnitude: Double { Swift.max(abs(x), abs(y), abs(z)) }
}

extension Vector3: CustomStringConvertible {
    public var description: String { "(\(x), \(y), \(z))" }
}
