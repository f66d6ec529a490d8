import PortalPhysics

/// Attitudes that turn a part's own axes into an object's, used by the builders.
/// All are exact axis permutations (right-handed), so nothing is renormalised.
enum PartAttitude {
    /// The part's z (a rod's axis, a loop's normal) along the object's x; for a plate,
    /// a side wall: its length along y, its normal along x.
    static let zAlongX = Rotation(uncheckedColumns: .unitY, .unitZ, .unitX)
    /// The part's z along the object's y.
    static let zAlongY = Rotation(uncheckedColumns: .unitZ, .unitX, .unitY)
    /// A plate turned a quarter turn in its plane: its length along the object's y.
    static let lengthAlongY = Rotation(uncheckedColumns: .unitY, -Vector3.unitX, .unitZ)
    /// A plate standing on its long edge: length along x, its normal along y.
    static let normalAlongY = Rotation(uncheckedColumns: .unitX, .unitZ, -Vector3.unitY)
}
