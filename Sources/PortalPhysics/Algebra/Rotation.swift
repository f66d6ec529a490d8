import RealModule

/// A proper rotation of space: the attitude of an object or the orientation of a coil.
///
/// `matrix` maps coordinates in the rotated (body) frame to the fixed frame, so a
/// tensor given in the body frame appears as `R M Rᵀ` in the fixed frame.
public struct Rotation: Hashable, Sendable {
    public let matrix: Matrix3

    public static let identity = Rotation(uncheckedMatrix: .identity)

    @usableFromInline
    init(uncheckedMatrix: Matrix3) { self.matrix = uncheckedMatrix }

    /// Rotation by `angleRad` about `axis` (right-handed), by Rodrigues' formula.
    /// A zero axis gives the identity.
    public init(axis: Vector3, angleRad: Double) {
        guard let n = axis.normalized else { self = .identity; return }
        let c = Double.cos(angleRad), s = Double.sin(angleRad), t = 1 - c
        matrix = Matrix3(
            rows: Vector3(t * n.x * n.x + c, t * n.x * n.y - s * n.z, t * n.x * n.z + s * n.y),
            Vector3(t * n.x * n.y + s * n.z, t * n.y * n.y + c, t * n.y * n.z - s * n.x),
            Vector3(t * n.x * n.z - s * n.y, t * n.y * n.z + s * n.x, t * n.z * n.z + c))
    }

    /// Intrinsic z-y′-x″ (yaw, pitch, roll) angles: first yaw about z, then pitch about
    /// the new y, then roll about the newest x. Angles in radians.
    public init(yawRad: Double, pitchRad: Double, rollRad: Double) {
        let yaw = Rotation(axis: .unitZ, angleRad: yawRad)
        let pitch = Rotation(axis: .unitY, angleRad: pitchRad)
        let roll = Rotation(axis: .unitX, angleRad: rollRad)
        self = yaw.then(pitch).then(roll)
    }

    /// A rotation from a unit quaternion (w, x, y, z); the quaternion is normalised
    /// first, and the zero quaternion gives the identity.
    public init(quaternionW w: Double, x: Double, y: Double, z: Double) {
        let n = (w * w + x * x + y * y + z * z).squareRoot()
        guard n > 0 && n.isFinite else { self = .identity; return }
        let (w, x, y, z) = (w / n, x / n, y / n, z / n)
        matrix = Matrix3(
            rows: Vector3(1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)),
            Vector3(2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)),
            Vector3(2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)))
    }

    /// The rotation that takes the body's z axis onto `direction` (the shortest such
    /// turn). Used to point a coil's normal.
    public init(zAxisAlong direction: Vector3) {
        guard let d = direction.normalized else { self = .identity; return }
        let axis = Vector3.unitZ.cross(d)
        let angle = Double.atan2(y: axis.norm, x: d.z)
        self = axis.norm > 0 ? Rotation(axis: axis, angleRad: angle)
                             : (d.z > 0 ? .identity : Rotation(axis: .unitX, angleRad: .pi))
    }

    /// The rotation whose matrix has the given columns: the images of the body's x, y
    /// and z axes. The caller guarantees they form a right-handed orthonormal triad
    /// (exact permutations of the axes, say); nothing is checked or renormalised.
    public init(uncheckedColumns x: Vector3, _ y: Vector3, _ z: Vector3) {
        self.init(uncheckedMatrix: Matrix3(columns: x, y, z))
    }

    /// `self` followed by `next`, where `next` is expressed in the frame `self` makes
    /// (intrinsic composition): the matrix `self.matrix * next.matrix`.
    public func then(_ next: Rotation) -> Rotation {
        Rotation(uncheckedMatrix: matrix * next.matrix)
    }

    public var inverse: Rotation { Rotation(uncheckedMatrix: matrix.transposed) }

    /// Maps a body-frame vector into the fixed frame.
    @inlinable public func apply(_ v: Vector3) -> Vector3 { matrix * v }
}
