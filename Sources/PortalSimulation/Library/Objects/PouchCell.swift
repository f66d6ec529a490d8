import Foundation
import PortalPhysics

/// A lithium-polymer pouch cell, as the metal a detector sees: aluminium cathode and
/// copper anode current-collector foils stacked in the electrode, the aluminium layer
/// of the pouch laminate on both faces, and the two tabs.
///
/// How many foils: a double-side-coated cathode sheet of area A stores
/// 2 · q · A, with q ≈ 2.5 mAh/cm² per coated side (typical of consumer LCO cells;
/// high-energy phone cells reach 3.5–4), so a cell of capacity C has ⌈C / (2qA)⌉
/// cathode sheets and one more anode sheet. Foils: aluminium 12 µm (10–15), copper
/// 8 µm (6–10), laminate aluminium 40 µm (35–45 in 88–115 µm laminates). Check for
/// the 200 mAh, 30 × 17 × 4 mm cell: 11 cathodes × ~0.31 mm repeat ≈ 3.6 mm of stack
/// plus the pouch ≈ 4 mm, as sold. A small cell may be a flat-wound jelly roll
/// instead of a stack; for a field normal to its faces the folded strip acts the same.
///
/// The stack is solved as it is: every foil a sheet at its own height, coupled to
/// every other through their mutual inductances (``ThinSheetStack``), the laminate's
/// two aluminium layers over the pouch outline on both faces. Neither independent foils
/// (which overstate the inductive limit N-fold and understate τ) nor one merged sheet
/// (which overstates the coupling at the stack's edges): one computed stack.
struct PouchCell: Hashable, Sendable {
    let capacityMAh: Double
    /// Cell outline: length along the cell's x, width along y, thickness along z, m.
    let lengthM: Double
    let widthM: Double
    let thicknessM: Double
    /// Capacity per coated side, mAh per m² (2.5 mAh/cm² = 25 000 mAh/m²).
    var arealCapacityPerSideMAhPerM2 = 25_000.0
    /// The metals of the foils, the laminate and the tabs: the library's, passed in by
    /// a decoder (which reads them from the table it is given, the library's own while it
    /// is being loaded).
    var aluminium = MaterialLibrary.aluminium
    var copper = MaterialLibrary.copper
    var nickel = MaterialLibrary.nickel

    static let aluminiumFoilThicknessM = 12e-6
    static let copperFoilThicknessM = 8e-6
    static let laminateAluminiumThicknessM = 40e-6
    /// Seal and fold margins between the electrode and the pouch outline.
    static let sealMarginLengthM = 4e-3
    static let sealMarginWidthM = 2e-3

    var electrodeLengthM: Double { lengthM - Self.sealMarginLengthM }
    var electrodeWidthM: Double { widthM - Self.sealMarginWidthM }
    var electrodeAreaM2: Double { electrodeLengthM * electrodeWidthM }

    var cathodeSheetCount: Int {
        Int((capacityMAh / (2 * arealCapacityPerSideMAhPerM2 * electrodeAreaM2)).rounded(.up))
    }
    var anodeSheetCount: Int { cathodeSheetCount + 1 }

    /// Σσt of all sheets, S.
    var sheetConductanceS: Double {
        let al = aluminium.material.conductivitySPerM
        let cu = copper.material.conductivitySPerM
        return Double(cathodeSheetCount) * al * Self.aluminiumFoilThicknessM
            + Double(anodeSheetCount) * cu * Self.copperFoilThicknessM
            + 2 * al * Self.laminateAluminiumThicknessM
    }

    var collectorAndLaminateMassKg: Double {
        let al = aluminium.densityKgPerM3, cu = copper.densityKgPerM3
        return electrodeAreaM2 * (Double(cathodeSheetCount) * Self.aluminiumFoilThicknessM * al
                                  + Double(anodeSheetCount) * Self.copperFoilThicknessM * cu)
            + 2 * lengthM * widthM * Self.laminateAluminiumThicknessM * al
    }

    /// The sheets of the cell, centred on the cell: the laminate at the two faces, the
    /// electrode's cathode (Al) and anode (Cu) foils alternating between them at the
    /// electrode's repeat pitch, starting and ending with an anode.
    var sheets: [ConductingSheet] {
        do {
            let al = aluminium.material.conductivitySPerM
            let cu = copper.material.conductivitySPerM
            let electrode = try SheetOutline.rectangle(lengthM: electrodeLengthM, widthM: electrodeWidthM)
            let pouch = try SheetOutline.rectangle(lengthM: lengthM, widthM: widthM)
            let foils = cathodeSheetCount + anodeSheetCount
            let inner = thicknessM - 2 * Self.laminateThicknessM
            let pitch = inner / Double(foils)
            var sheets: [ConductingSheet] = []
            for k in 0..<foils {
                let z = -inner / 2 + (Double(k) + 0.5) * pitch
                let anode = k % 2 == 0
                sheets.append(ConductingSheet(outline: electrode, heightM: z,
                                              conductivitySPerM: anode ? cu : al,
                                              thicknessM: anode ? Self.copperFoilThicknessM : Self.aluminiumFoilThicknessM))
            }
            for side in [-1.0, 1.0] {
                sheets.append(ConductingSheet(outline: pouch, heightM: side * (thicknessM / 2 - Self.laminateThicknessM / 2),
                                              conductivitySPerM: al, thicknessM: Self.laminateAluminiumThicknessM))
            }
            return sheets
        } catch {
            preconditionFailure("the library's cell outline \(lengthM) x \(widthM) m is invalid: \(error)")
        }
    }

    /// The pouch laminate's whole thickness (nylon, aluminium, polypropylene), m.
    static let laminateThicknessM = 0.1e-3

    /// The cell's parts, the cell centred at `offsetM` and turned by `attitude` in the
    /// device (cell length along the attitude's x).
    func parts(offsetM: Vector3 = .zero, attitude: Rotation = .identity) -> [LibraryPart] {
        PartBuild.pouchCell(self).parts(offsetM: offsetM, attitude: attitude)
    }

    func modelParts(offsetM: Vector3, attitude: Rotation) -> [LibraryPart] {
        let label = "\(Int(capacityMAh)) mAh"
        let stack = "\(cathodeSheetCount) Al cathode foils 12 um and \(anodeSheetCount) Cu anode foils 8 um "
            + "(q = \(arealCapacityPerSideMAhPerM2 / 10_000) mAh/cm2 per side over "
            + "\(LengthText.mm(electrodeLengthM)) x \(LengthText.mm(electrodeWidthM)) mm), pouch laminate Al 40 um on both faces"
        let pitch = (thicknessM - 2 * Self.laminateThicknessM) / Double(cathodeSheetCount + anodeSheetCount)
        var parts: [LibraryPart] = [LibraryPart(
            "cell \(label) electrode stack + pouch", .sheets(sheets), aluminium,
            offsetM: offsetM, attitude: attitude, declaredMetalMassKg: collectorAndLaminateMassKg,
            assumption: stack + "; every foil a sheet at its own height, \(LengthText.mm(pitch)) mm apart (the electrode's "
                + "thickness over its foils), and the laminate's aluminium at both faces, solved as one coupled stack")]
        let tabOffset = { (side: Double) in offsetM + attitude.apply(Vector3(self.lengthM / 2 + 3e-3, side * 0.25 * self.widthM, 0)) }
        let tabWidth = min(4e-3, 0.2 * widthM)
        parts.append(LibraryPart(
            "cell \(label) anode tab", .plate(lengthM: 8e-3, widthM: tabWidth, thicknessM: 0.1e-3), nickel,
            offsetM: tabOffset(1), attitude: attitude,
            assumption: "nickel anode tab, 0.1 mm strip, 8 mm out of the seal to the protection board (typical of small cells)"))
        parts.append(LibraryPart(
            "cell \(label) cathode tab", .plate(lengthM: 8e-3, widthM: tabWidth, thicknessM: 0.1e-3), aluminium,
            offsetM: tabOffset(-1), attitude: attitude,
            assumption: "aluminium cathode tab, 0.1 mm strip (typical)"))
        return parts
    }
}

