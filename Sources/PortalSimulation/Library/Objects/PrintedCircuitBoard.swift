import PortalPhysics

/// The copper of a printed circuit board: continuous inner planes and patchy outer
/// signal layers, solved as one stack of coupled sheets (``ThinSheetStack``).
///
/// Planes (ground, power) are continuous apart from clearances, so eddy currents
/// circle the whole board: each is a sheet of the board's outline whose conductance is
/// the foil's σt times the fill (clearances lower it evenly). Signal layers are traces
/// and pours that carry few large loops: each is a sheet of the fill's share of the
/// area (a square shrink of the outline) at the full foil's σt, an overestimate for
/// fine traces. The layers sit at the board's layer pitch, signal layers outside.
struct PrintedCircuitBoard: Hashable, Sendable {
    let lengthM: Double
    let widthM: Double
    var planeLayerCount = Typical.planeLayerCount
    /// Copper share of a plane layer.
    var planeFill = Typical.planeFill
    var planeFoilThicknessM = Typical.planeFoilThicknessM
    var signalLayerCount = Typical.signalLayerCount
    var signalFill = Typical.signalFill
    var signalFoilThicknessM = Typical.signalFoilThicknessM
    /// The distance between neighbouring copper layers.
    var layerPitchM = Typical.layerPitchM
    /// The foils' metal: the library's, passed in by a decoder.
    var copper = MaterialLibrary.copper

    /// A typical 1.0 mm 4-layer board: two ½ oz inner planes at 75 % copper, two outer
    /// signal layers of 18 µm base foil plus ~12 µm plating at 35 %, layers ~0.25 mm apart.
    enum Typical {
        static let planeLayerCount = 2
        static let planeFill = 0.75
        static let planeFoilThicknessM = 18e-6
        static let signalLayerCount = 2
        static let signalFill = 0.35
        static let signalFoilThicknessM = 30e-6
        static let layerPitchM = 0.25e-3
    }

    var sheets: [ConductingSheet] {
        let sigma = copper.material.conductivitySPerM
        do {
            let board = try SheetOutline.rectangle(lengthM: lengthM, widthM: widthM)
            let shrink = signalFill.squareRoot()
            let signal = try SheetOutline.rectangle(lengthM: shrink * lengthM, widthM: shrink * widthM)
            let layers = planeLayerCount + signalLayerCount
            let outerSignals = signalLayerCount / 2
            return (0..<layers).map { k in
                let z = (Double(k) - Double(layers - 1) / 2) * layerPitchM
                let isSignal = k < outerSignals || k >= layers - (signalLayerCount - outerSignals)
                return isSignal
                    ? ConductingSheet(outline: signal, heightM: z, conductivitySPerM: sigma, thicknessM: signalFoilThicknessM)
                    : ConductingSheet(outline: board, heightM: z, sheetConductanceS: sigma * planeFoilThicknessM * planeFill)
            }
        } catch {
            preconditionFailure("the library's board outline \(lengthM) x \(widthM) m is invalid: \(error)")
        }
    }

    var copperMassKg: Double {
        let area = lengthM * widthM
        return copper.densityKgPerM3 * area
            * (Double(planeLayerCount) * planeFill * planeFoilThicknessM + Double(signalLayerCount) * signalFill * signalFoilThicknessM)
    }

    /// The board's copper as one part, `note` appended to the generated reasoning.
    func parts(offsetM: Vector3 = .zero, attitude: Rotation = .identity, note: String) -> [LibraryPart] {
        PartBuild.circuitBoard(self, note: note).parts(offsetM: offsetM, attitude: attitude)
    }

    func modelParts(offsetM: Vector3, attitude: Rotation, note: String) -> [LibraryPart] {
        guard planeLayerCount + signalLayerCount > 0 else { return [] }
        return [LibraryPart(
            "PCB copper", .sheets(sheets), copper, offsetM: offsetM, attitude: attitude,
            declaredMetalMassKg: copperMassKg,
            assumption: "\(planeLayerCount) plane layers of \(LengthText.um(planeFoilThicknessM)) um at "
                + "\(Int(planeFill * 100)) % fill over \(LengthText.mm(lengthM)) x \(LengthText.mm(widthM)) mm and "
                + "\(signalLayerCount) outer signal layers of \(LengthText.um(signalFoilThicknessM)) um at "
                + "\(Int(signalFill * 100)) % fill (as sheets of reduced area), \(LengthText.mm(layerPitchM)) mm apart, "
                + "solved as one coupled stack; " + note)]
    }
}
