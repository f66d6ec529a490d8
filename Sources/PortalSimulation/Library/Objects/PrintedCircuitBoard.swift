import PortalPhysics

/// The copper of a printed circuit board: continuous inner planes and patchy outer
/// signal layers.
///
/// Planes (ground, power) are continuous apart from clearances, so eddy currents
/// circle the whole board: they are one plate of the board's outline whose thickness
/// is the summed copper (layers × fill × foil), the layers being 0.1–0.3 mm apart and
/// as tightly coupled as a battery's foils. Signal layers are traces and pours that
/// carry few large loops: each is a plate of the fill's share of the area (a square
/// shrink of the outline), an overestimate for fine traces.
struct PrintedCircuitBoard {
    let lengthM: Double
    let widthM: Double
    var planeLayerCount = 2
    /// Copper share of a plane layer.
    var planeFill = 0.75
    /// ½ oz inner foil.
    var planeFoilThicknessM = 18e-6
    var signalLayerCount = 2
    var signalFill = 0.35
    /// 18 µm base foil plus ~12 µm plating on outer layers.
    var signalFoilThicknessM = 30e-6

    func parts(offsetM: Vector3 = .zero, attitude: Rotation = .identity, note: String) -> [LibraryPart] {
        let copper = MaterialLibrary.copper
        var parts: [LibraryPart] = []
        if planeLayerCount > 0 {
            let t = Double(planeLayerCount) * planeFill * planeFoilThicknessM
            parts.append(LibraryPart(
                "PCB copper planes", .plate(lengthM: lengthM, widthM: widthM, thicknessM: t), copper,
                offsetM: offsetM, attitude: attitude,
                assumption: "\(planeLayerCount) plane layers of \(LengthText.um(planeFoilThicknessM)) um at "
                    + "\(Int(planeFill * 100)) % fill over \(LengthText.mm(lengthM)) x \(LengthText.mm(widthM)) mm, "
                    + "as one plate of the summed copper (\(LengthText.um(t)) um); " + note))
        }
        if signalLayerCount > 0 {
            let shrink = signalFill.squareRoot()
            parts.append(LibraryPart(
                "PCB copper signal layers",
                .plate(lengthM: shrink * lengthM, widthM: shrink * widthM, thicknessM: signalFoilThicknessM), copper,
                offsetM: offsetM, attitude: attitude, count: signalLayerCount,
                assumption: "\(signalLayerCount) outer layers, \(LengthText.um(signalFoilThicknessM)) um finished copper at "
                    + "\(Int(signalFill * 100)) % fill, as plates of reduced area (fill factor), each independent"))
        }
        return parts
    }
}
