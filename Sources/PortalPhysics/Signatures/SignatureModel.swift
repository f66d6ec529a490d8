/// How a primitive's spectrum is computed (docs/physics.md#solvers,
/// docs/signatures.md#6-the-fast-approximation-kept-by-name).
public enum SignatureModel: Hashable, Sendable {
    /// The numerical eddy-current solvers: bodies of revolution (axial rings and the
    /// transverse harmonic), coupled thin sheets, and magnetometric static parts; with
    /// the given number of cells across a body's larger dimension.
    case solver(cellsAcross: Int)
    /// The fast approximation of earlier versions: every disk, plate and rod is the
    /// ellipsoid of the same volume (``ThinDisk``, ``RectangularPlate``, ``Rod``). Its
    /// known errors: a disk's low-frequency loss 20 % low, a thick coin's inductive
    /// limit 15 % low, rods ~20 % high. Kept for comparison and for quick sweeps.
    case ellipsoidEquivalent

    /// The solvers at their default mesh.
    public static let standard = SignatureModel.solver(cellsAcross: AxialEddyCurrents.defaultCellsAcross)
}
