/// One flat conductor of a ``ThinSheetStack``: an outline in its own plane, the
/// plane's height along the stack's common normal z, and its sheet conductance σ·t.
///
/// The sheet is thin in the eddy-current sense: its thickness t is much smaller than
/// the skin depth at the frequencies of interest, so the current is uniform through
/// the thickness and only σ·t matters. (A 10 µm copper foil stays thin up to tens of
/// MHz; a 1 mm aluminium plate only below a few kHz.)
public struct ConductingSheet: Hashable, Sendable {
    public let outline: SheetOutline
    /// The plane of the sheet, m (any origin common to the stack).
    public let heightM: Double
    /// σ·t in siemens (1/Ω per square).
    public let sheetConductanceS: Double
    /// The metal's thickness when known (a sheet given by σ and t): what a field in the
    /// sheet's plane sees, as a slab (``inPlaneTerms``). Nil for a sheet given by σ·t alone.
    public let thicknessM: Double?

    public init(outline: SheetOutline, heightM: Double = 0, sheetConductanceS: Double) {
        self.outline = outline
        self.heightM = heightM
        self.sheetConductanceS = sheetConductanceS
        self.thicknessM = nil
    }

    /// A sheet of conductivity σ and thickness t: σ·t.
    public init(outline: SheetOutline, heightM: Double = 0, conductivitySPerM: Double, thicknessM: Double) {
        self.outline = outline
        self.heightM = heightM
        self.sheetConductanceS = conductivitySPerM * thicknessM
        self.thicknessM = thicknessM
    }

    /// The sheet's response to a field in its own plane, as a slab of thickness t: the
    /// inductive limit −A t (the field excluded from the metal's volume, nothing to
    /// demagnetise in-plane) and the low-frequency loss ω μ₀ σ A t³/12 (currents
    /// circulating through the thickness), over sphere-shaped modes. Empty when the
    /// thickness is not known. A 10 µm foil's is 10⁻⁶ of its normal response; a 0.6 mm
    /// mid-plate's is what an edge-on phone shows.
    public var inPlaneTerms: [RelaxationTerm] {
        guard let t = thicknessM, t > 0 else { return [] }
        let limit = -outline.areaM2 * t
        let tau = PhysicalConstants.mu0 * (sheetConductanceS / t) * t * t / 12
        return SphereLikeModes.terms(weight: .diagonal(limit, limit, 0), meanTimeConstantS: tau, count: 20)
    }
}
