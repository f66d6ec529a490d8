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

    public init(outline: SheetOutline, heightM: Double = 0, sheetConductanceS: Double) {
        self.outline = outline
        self.heightM = heightM
        self.sheetConductanceS = sheetConductanceS
    }

    /// A sheet of conductivity σ and thickness t: σ·t.
    public init(outline: SheetOutline, heightM: Double = 0, conductivitySPerM: Double, thicknessM: Double) {
        self.init(outline: outline, heightM: heightM, sheetConductanceS: conductivitySPerM * thicknessM)
    }
}
