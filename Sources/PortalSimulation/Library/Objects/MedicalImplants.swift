import PortalPhysics

/// A metal implant, which no search will remove: a total hip replacement.
enum MedicalImplants {
    static let all: [LibraryObject] = [hip]

    /// A cementless total hip: titanium stem and cup, cobalt-chrome head. Frame: the
    /// stem's axis along z (roughly the thigh's), x lateral.
    static let hip = LibraryObject(
        name: "implant-hip", kind: .everyday,
        summary: "total hip replacement: Ti-6Al-4V stem (~95 g) and cup, 32 mm CoCrMo head",
        sizeM: Vector3(60e-3, 55e-3, 190e-3), publishedMassKg: nil,
        parts: [
            LibraryPart("femoral stem", .rod(lengthM: 140e-3, radiusM: 7e-3), MaterialLibrary.titanium6Al4V,
                        assumption: "tapered cementless stem ~140 mm, mean section 14 mm across (95 g of Ti-6Al-4V; "
                            + "typical stems 80-200 g), as a rod"),
            LibraryPart("femoral head", .sphere(radiusM: 16e-3), MaterialLibrary.cobaltChrome,
                        offsetM: Vector3(-20e-3, 0, 80e-3),
                        assumption: "32 mm CoCrMo head (ceramic heads are common too and carry no metal)"),
            LibraryPart("acetabular cup", .disk(radiusM: 26e-3, thicknessM: 3e-3), MaterialLibrary.titanium6Al4V,
                        offsetM: Vector3(-25e-3, 0, 85e-3), attitude: PartAttitude.zAlongX,
                        declaredMetalMassKg: 2 * Double.pi * 26e-3 * 26e-3 * 3e-3 * MaterialLibrary.titanium6Al4V.densityKgPerM3,
                        assumption: "52 mm hemispherical titanium shell, 3 mm wall, as a flat disk of its rim's radius "
                            + "(eddy loops round its axis see the projected area); mass that of the hemisphere"),
        ])
}
