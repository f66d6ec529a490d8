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
/// Two models of the stack (see ``StackModel``); the coupled one is the default.
struct PouchCell {
    /// How the stacked foils are modelled.
    enum StackModel {
        /// All sheets (collectors and laminate) as one plate of the summed sheet
        /// conductance Σσt over the electrode outline. Closely stacked sheets (0.3 mm
        /// apart, 15–70 mm wide) are nearly perfectly coupled for a field normal to them:
        /// their in-plane eddy currents share one flux, so the stack behaves like one
        /// sheet with τ ≈ N τ₁ and the inductive limit of one sheet (the reason
        /// laminations stop eddy currents only for in-plane flux). Exact at low
        /// frequency, and the right time constant for a pulse detector.
        case coupled
        /// Every foil as its own plate, none shielding another (CompositeObject's
        /// default assumption). Same low-frequency slope, but τ of one foil (≲ 1 µs,
        /// invisible to a 20 µs gate) and an inductive limit N times too large. Kept
        /// for comparison: the spread between the two is the model's uncertainty.
        case independentFoils
    }

    let capacityMAh: Double
    /// Cell outline: length along the cell's x, width along y, thickness along z, m.
    let lengthM: Double
    let widthM: Double
    let thicknessM: Double
    /// Capacity per coated side, mAh per m² (2.5 mAh/cm² = 25 000 mAh/m²).
    var arealCapacityPerSideMAhPerM2 = 25_000.0

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
        let al = MaterialLibrary.aluminium.material.conductivitySPerM
        let cu = MaterialLibrary.copper.material.conductivitySPerM
        return Double(cathodeSheetCount) * al * Self.aluminiumFoilThicknessM
            + Double(anodeSheetCount) * cu * Self.copperFoilThicknessM
            + 2 * al * Self.laminateAluminiumThicknessM
    }

    var collectorAndLaminateMassKg: Double {
        let al = MaterialLibrary.aluminium.densityKgPerM3, cu = MaterialLibrary.copper.densityKgPerM3
        return electrodeAreaM2 * (Double(cathodeSheetCount) * Self.aluminiumFoilThicknessM * al
                                  + Double(anodeSheetCount) * Self.copperFoilThicknessM * cu)
            + 2 * lengthM * widthM * Self.laminateAluminiumThicknessM * al
    }

    /// The cell's parts, the cell centred at `offsetM` and turned by `attitude` in the
    /// device (cell length along the attitude's x).
    func parts(offsetM: Vector3 = .zero, attitude: Rotation = .identity,
               model: StackModel = .coupled) -> [LibraryPart] {
        let label = "\(Int(capacityMAh)) mAh"
        let stack = "\(cathodeSheetCount) Al cathode foils 12 um and \(anodeSheetCount) Cu anode foils 8 um "
            + "(q = \(arealCapacityPerSideMAhPerM2 / 10_000) mAh/cm2 per side over "
            + "\(LengthText.mm(electrodeLengthM)) x \(LengthText.mm(electrodeWidthM)) mm), pouch laminate Al 40 um on both faces"
        var parts: [LibraryPart] = []
        switch model {
        case .coupled:
            let copper = MaterialLibrary.copper
            let thickness = sheetConductanceS / copper.material.conductivitySPerM
            parts.append(LibraryPart(
                "cell \(label) electrode stack + pouch (coupled)",
                .plate(lengthM: electrodeLengthM, widthM: electrodeWidthM, thicknessM: thickness), copper,
                offsetM: offsetM, attitude: attitude, declaredMetalMassKg: collectorAndLaminateMassKg,
                assumption: stack + "; modelled as one copper plate of the same summed sheet conductance "
                    + "(\(Int(sheetConductanceS)) S, \(LengthText.um(thickness)) um Cu-equivalent): stacked sheets "
                    + "0.3 mm apart are tightly coupled for a normal field; the laminate, slightly larger than "
                    + "the electrode, is folded into the electrode outline (a small underestimate)"))
        case .independentFoils:
            let al = MaterialLibrary.aluminium, cu = MaterialLibrary.copper
            parts.append(LibraryPart(
                "cell \(label) cathode collector foils", .plate(lengthM: electrodeLengthM, widthM: electrodeWidthM,
                                                             thicknessM: Self.aluminiumFoilThicknessM), al,
                offsetM: offsetM, attitude: attitude, count: cathodeSheetCount,
                assumption: stack + "; each foil an independent plate (no mutual shielding)"))
            parts.append(LibraryPart(
                "cell \(label) anode collector foils", .plate(lengthM: electrodeLengthM, widthM: electrodeWidthM,
                                                           thicknessM: Self.copperFoilThicknessM), cu,
                offsetM: offsetM, attitude: attitude, count: anodeSheetCount,
                assumption: "as the cathode foils; each an independent plate"))
            parts.append(LibraryPart(
                "cell \(label) pouch laminate aluminium", .plate(lengthM: lengthM, widthM: widthM,
                                                               thicknessM: Self.laminateAluminiumThicknessM), al,
                offsetM: offsetM, attitude: attitude, count: 2,
                assumption: "aluminium layer of the pouch laminate, both faces, 40 um; independent plates"))
        }
        let tabOffset = { (side: Double) in offsetM + attitude.apply(Vector3(self.lengthM / 2 + 3e-3, side * 0.25 * self.widthM, 0)) }
        let tabWidth = min(4e-3, 0.2 * widthM)
        parts.append(LibraryPart(
            "cell \(label) anode tab", .plate(lengthM: 8e-3, widthM: tabWidth, thicknessM: 0.1e-3), MaterialLibrary.nickel,
            offsetM: tabOffset(1), attitude: attitude,
            assumption: "nickel anode tab, 0.1 mm strip, 8 mm out of the seal to the protection board (typical of small cells)"))
        parts.append(LibraryPart(
            "cell \(label) cathode tab", .plate(lengthM: 8e-3, widthM: tabWidth, thicknessM: 0.1e-3), MaterialLibrary.aluminium,
            offsetM: tabOffset(-1), attitude: attitude,
            assumption: "aluminium cathode tab, 0.1 mm strip (typical)"))
        return parts
    }
}

