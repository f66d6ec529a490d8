import PortalPhysics

/// Rectangular sheets of given metals stacked along z and solved as one coupled stack
/// (``ThinSheetStack``): a smartphone's mid-plate with the copper behind its display.
/// Each sheet is centred on the part's axis; its conductance is its metal's σ times its
/// thickness.
struct SheetStack: Hashable, Sendable {
    struct Sheet: Hashable, Sendable {
        let lengthM: Double
        let widthM: Double
        /// The sheet's height along the stack's z, m.
        let heightM: Double
        let thicknessM: Double
        let material: MaterialEntry
    }

    let name: String
    let sheets: [Sheet]
    let assumption: String

    /// Σ L·W·t·ρ, kg.
    var metalMassKg: Double {
        sheets.reduce(0) { $0 + $1.lengthM * $1.widthM * $1.thicknessM * $1.material.densityKgPerM3 }
    }

    var conductingSheets: [ConductingSheet] {
        sheets.map { sheet in
            do {
                return ConductingSheet(outline: try SheetOutline.rectangle(lengthM: sheet.lengthM, widthM: sheet.widthM),
                                       heightM: sheet.heightM, conductivitySPerM: sheet.material.material.conductivitySPerM,
                                       thicknessM: sheet.thicknessM)
            } catch {
                preconditionFailure("a sheet's outline \(sheet.lengthM) x \(sheet.widthM) m passed the decoder's checks but is invalid: \(error)")
            }
        }
    }

    /// The part's material is its first sheet's (a sheet stack's metal is per sheet; the
    /// part's names the stack in listings).
    func part(offsetM: Vector3, attitude: Rotation) -> LibraryPart {
        LibraryPart(name, .sheets(conductingSheets), sheets[0].material, offsetM: offsetM, attitude: attitude,
                    declaredMetalMassKg: metalMassKg, assumption: assumption)
    }
}
