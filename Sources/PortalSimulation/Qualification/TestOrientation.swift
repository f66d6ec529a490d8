import PortalPhysics

/// One of the three orthogonal orientations a test object is carried in.
///
/// ASTM C1270 takes the worst of three orthogonal orientations as the object's critical
/// one, because a flat or long object couples to the field through one face or axis
/// far better than through the others. The orientation names the portal axis the
/// object's own z axis lies along: a disk's or plate's normal, a rod's axis. (A sphere
/// looks the same in all three; the protocol keeps them for its structure.)
public enum TestOrientation: String, CaseIterable, Sendable, Hashable {
    /// Across the aperture, panel to panel: along the coils' normals.
    case x
    /// Along the walk.
    case y
    /// Vertical.
    case z

    /// The turn from the object's frame to the portal's: an exact permutation of the
    /// axes (no rounding from sines and cosines), right-handed, taking the object's z
    /// onto this axis.
    public var rotation: Rotation {
        switch self {
        case .x: Rotation(uncheckedColumns: .unitY, .unitZ, .unitX)
        case .y: Rotation(uncheckedColumns: .unitZ, .unitX, .unitY)
        case .z: .identity
        }
    }
}
