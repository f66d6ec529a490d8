import PortalPhysics

/// Calibration and qualification test objects: solid spheres of four metals at
/// standard ball diameters (the one primitive with an exact response), a blade and a
/// key.
enum ReferenceObjects {
    /// Ball diameters in mm: common stock sizes from 5 mm to 1 inch.
    static let sphereDiametersMM: [Double] = [5, 8, 12.7, 20, 25.4]

    static let sphereMaterials: [(label: String, entry: MaterialEntry, note: String)] = [
        ("steel", MaterialLibrary.bearingSteel, "AISI 52100 bearing ball (the usual steel test sphere)"),
        ("stainless", MaterialLibrary.stainless304, "304 stainless ball"),
        ("aluminium", MaterialLibrary.aluminiumAlloy, "aluminium-alloy ball (2017/6061 class)"),
        ("brass", MaterialLibrary.brass, "brass ball (CuZn37 class)"),
    ]

    static let spheres: [LibraryObject] = sphereMaterials.flatMap { material in
        sphereDiametersMM.map { d in
            let label = d == d.rounded() ? String(Int(d)) : String(d)
            return LibraryObject(
                name: "sphere-\(material.label)-\(label)mm", kind: .reference,
                summary: "\(label) mm \(material.label) test sphere",
                sizeM: Vector3(d * 1e-3, d * 1e-3, d * 1e-3), publishedMassKg: nil,
                parts: [LibraryPart("sphere", .sphere(radiusM: d * 0.5e-3), material.entry,
                                    assumption: material.note + "; exact closed form")])
        }
    }

    static let utilityBlade = LibraryObject(
        name: "blade-utility", kind: .reference,
        summary: "utility-knife blade, 61 x 19 x 0.6 mm trapezoid, hardened carbon steel",
        sizeM: Vector3(61e-3, 19e-3, 0.6e-3), publishedMassKg: nil,
        parts: [LibraryPart("blade", .plate(lengthM: 49.5e-3, widthM: 19e-3, thicknessM: 0.6e-3), MaterialLibrary.springSteel,
                            assumption: "standard trapezoid blade (61 mm long edge, ~38 mm back, 19 mm high, 0.6 mm) as a "
                                + "rectangle of equal area 49.5 x 19 mm; hardened high-carbon steel")])

    static let pocketKnifeBlade = LibraryObject(
        name: "blade-knife-stainless", kind: .reference,
        summary: "small pocket-knife blade, 70 x 15 x 2 mm, martensitic stainless 420",
        sizeM: Vector3(70e-3, 15e-3, 2e-3), publishedMassKg: nil,
        parts: [LibraryPart("blade", .plate(lengthM: 70e-3, widthM: 13e-3, thicknessM: 1.8e-3), MaterialLibrary.stainless420,
                            assumption: "a 70 mm blade tapering to its point and edge: mean 13 mm x 1.8 mm")])

    static let brassKey = LibraryObject(
        name: "key-brass", kind: .reference,
        summary: "single brass cylinder key (~8 g)",
        sizeM: Vector3(55e-3, 22e-3, 1.8e-3), publishedMassKg: nil,
        parts: KeyShape.parts(material: MaterialLibrary.brass, label: "key"))

    static let steelKey = LibraryObject(
        name: "key-steel", kind: .reference,
        summary: "single nickel-plated steel key",
        sizeM: Vector3(55e-3, 22e-3, 1.8e-3), publishedMassKg: nil,
        parts: KeyShape.parts(material: MaterialLibrary.steel, label: "key"))

    static let all: [LibraryObject] = spheres + [utilityBlade, pocketKnifeBlade, brassKey, steelKey]
}
