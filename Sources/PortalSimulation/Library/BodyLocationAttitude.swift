import PortalPhysics

/// How a flat device typically lies at a body location, in portal axes (x across the
/// aperture, y walking direction, z up). The device's own frame: length x, width y,
/// thickness z.
///
/// The attitude matters because a flat device's response is dominated by the field
/// component along its thickness: the same phone upright in a pocket (thickness along
/// y, the walking direction) couples weakly to a portal whose fields run across the
/// aperture (x), and strongly when it lies pressed to the side of the body
/// (docs/physics.md#attitudes).
public enum DeviceAttitude: String, CaseIterable, Sendable {
    /// Length vertical, thickness front-back (y): a phone in a trouser or chest pocket,
    /// tucked in a waistband, strapped to a thigh.
    case uprightFacingFront = "upright-facing-front"
    /// Length vertical, thickness across (x): pressed against the side of the body
    /// (armpit) or the outside of the ankle.
    case uprightFacingSide = "upright-facing-side"
    /// Length horizontal across the body (x), thickness front-back (y): in a bra cup.
    case lyingAcrossFacingFront = "lying-across-facing-front"
    /// Flat, thickness vertical, length along the walking direction: under an insole,
    /// on top of the head under a cap.
    case flat

    /// The rotation taking the device's frame to the portal's.
    public var rotation: Rotation {
        switch self {
        case .uprightFacingFront: return Rotation(uncheckedColumns: .unitZ, .unitX, .unitY)
        case .uprightFacingSide: return Rotation(uncheckedColumns: .unitZ, .unitY, -Vector3.unitX)
        case .lyingAcrossFacingFront: return Rotation(uncheckedColumns: .unitX, .unitZ, -Vector3.unitY)
        case .flat: return Rotation(uncheckedColumns: .unitY, -Vector3.unitX, .unitZ)
        }
    }

    /// The portal axis the device's thickness lies along.
    public var thicknessAxis: Vector3 { rotation.apply(.unitZ) }
}
