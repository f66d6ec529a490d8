import PortalPhysics

/// Things people carry innocently that set portals off: keys, a watch, glasses, a
/// lighter. (Coins, clothing and implants have their own files.)
enum EverydayItems {
    static let all: [LibraryObject] = [keys, wristwatch, glasses, lighter]

    /// Two brass keys and one steel key on a split ring.
    static let keys = LibraryObject(
        name: "keys", kind: .everyday,
        summary: "two brass keys and a steel key on a 25 mm split ring",
        sizeM: Vector3(80e-3, 30e-3, 8e-3), publishedMassKg: nil,
        parts: KeyShape.parts(material: MaterialLibrary.brass, label: "brass key 1", offsetM: Vector3(10e-3, 0, 0))
            + KeyShape.parts(material: MaterialLibrary.brass, label: "brass key 2", offsetM: Vector3(10e-3, 0, 2e-3))
            + KeyShape.parts(material: MaterialLibrary.steel, label: "steel key", offsetM: Vector3(10e-3, 0, 4e-3))
            + [LibraryPart("split ring", .ring(innerRadiusM: 10.75e-3, outerRadiusM: 13.25e-3, thicknessM: 1.8e-3),
                           MaterialLibrary.springSteel, offsetM: Vector3(-25e-3, 0, 0), attitude: PartAttitude.zAlongY,
                           assumption: "25 mm split ring, two turns of 2.5 x 0.9 mm flat spring steel pressed together, "
                               + "taken as one closed loop of their summed section (contact between the turns assumed to "
                               + "close it: an upper bound), a ring of 2.5 x 1.8 mm section; magnetised as a steel "
                               + "tube of that section")])

    /// A steel quartz watch on a leather strap.
    static let wristwatch = LibraryObject(
        name: "wristwatch", kind: .everyday,
        summary: "40 mm stainless-steel quartz watch, leather strap",
        sizeM: Vector3(40e-3, 40e-3, 11e-3), publishedMassKg: nil,
        parts: [
            LibraryPart("case middle", .ring(innerRadiusM: 17e-3, outerRadiusM: 20e-3, thicknessM: 9e-3),
                        MaterialLibrary.stainless316,
                        assumption: "316L case middle, 40 mm outside, 3 mm wall, 9 mm high, a ring of that section"),
            LibraryPart("case back", .disk(radiusM: 16e-3, thicknessM: 1.2e-3), MaterialLibrary.stainless316,
                        offsetM: Vector3(0, 0, -4e-3), assumption: "316L screw-down back, 32 mm x 1.2 mm (typical)"),
            LibraryPart("movement", .disk(radiusM: 12e-3, thicknessM: 1.0e-3), MaterialLibrary.brass,
                        assumption: "quartz movement plates and bridges (~4 g, mostly brass) as one 24 mm brass disk; "
                            + "its steel wheels and the coil are grams or less (assumed)"),
            LibraryPart("button cell", .disk(radiusM: 3.4e-3, thicknessM: 0.4e-3), MaterialLibrary.steel,
                        offsetM: Vector3(5e-3, 0, -2e-3),
                        assumption: "SR626 cell (6.8 x 2.6 mm): its nickel-plated steel can as a disk of both faces' steel"),
        ])

    /// Metal-framed glasses: two closed rims, a bridge and two temples.
    static let glasses = LibraryObject(
        name: "glasses", kind: .everyday,
        summary: "metal-framed glasses: two closed rims, bridge, temples (stainless)",
        sizeM: Vector3(138e-3, 140e-3, 40e-3), publishedMassKg: nil,
        parts: [
            LibraryPart("rims", .wireLoop(loopRadiusM: Equivalent.circleRadiusM(widthM: 50e-3 * Double.pi / 4, heightM: 38e-3),
                                          wireRadiusM: Equivalent.wireRadiusM(widthM: 1.6e-3, thicknessM: 1.0e-3)),
                        MaterialLibrary.stainless304, offsetM: Vector3(33e-3, 0, 0), attitude: PartAttitude.zAlongY, count: 2,
                        assumption: "two closed rims round 50 x 38 mm oval lenses, 1.6 x 1.0 mm stainless wire, loop of "
                            + "equal area; frames are also made of monel, nickel silver or titanium (lower or similar signal)"),
            LibraryPart("bridge", .rod(lengthM: 16e-3, radiusM: 0.6e-3), MaterialLibrary.stainless304,
                        attitude: PartAttitude.zAlongX, assumption: "1.2 mm bridge wire"),
            LibraryPart("temples", .rod(lengthM: 135e-3, radiusM: Equivalent.wireRadiusM(widthM: 1.8e-3, thicknessM: 0.6e-3)),
                        MaterialLibrary.stainless304, offsetM: Vector3(65e-3, 68e-3, 0), attitude: PartAttitude.zAlongY, count: 2,
                        assumption: "135 mm temples of 1.8 x 0.6 mm stainless strip (plastic tips neglected)"),
        ])

    /// A disposable flint lighter (BIC-type): plastic body, metal striking parts.
    static let lighter = LibraryObject(
        name: "lighter", kind: .everyday,
        summary: "disposable flint lighter: steel wheel, flint spring, steel hood, brass valve",
        sizeM: Vector3(80e-3, 25e-3, 14e-3), publishedMassKg: nil,
        parts: [
            LibraryPart("spark wheel", .disk(radiusM: 3.5e-3, thicknessM: 4e-3), MaterialLibrary.steel,
                        offsetM: Vector3(36e-3, 0, 0), attitude: PartAttitude.zAlongY,
                        assumption: "hardened knurled steel wheel assembly ~7 mm x 4 mm, ~1.2 g (assumed from typical lighters)"),
            LibraryPart("flint spring", .rod(lengthM: 15e-3, radiusM: 0.35e-3), MaterialLibrary.springSteel,
                        offsetM: Vector3(25e-3, 0, 0), attitude: PartAttitude.zAlongX,
                        assumption: "0.3 mm wire, ~12 turns of 2.2 mm: the helix as a 15 mm rod of equal metal volume "
                            + "(its axial magnetisation overstated, its eddy currents, tiny anyway, understated)"),
            LibraryPart("hood sides", .plate(lengthM: 12e-3, widthM: 11e-3, thicknessM: 0.3e-3), MaterialLibrary.steel,
                        offsetM: Vector3(36e-3, 0, 0), attitude: PartAttitude.normalAlongY, count: 2,
                        assumption: "the chromed steel hood (windshield), 0.3 mm sheet: its two side faces"),
            LibraryPart("hood top", .plate(lengthM: 11e-3, widthM: 9e-3, thicknessM: 0.3e-3), MaterialLibrary.steel,
                        offsetM: Vector3(40e-3, 0, 0), attitude: PartAttitude.zAlongX,
                        assumption: "the hood's top face, 0.3 mm"),
            LibraryPart("valve", .rod(lengthM: 10e-3, radiusM: 1.0e-3), MaterialLibrary.brass,
                        offsetM: Vector3(33e-3, 0, 0), attitude: PartAttitude.zAlongX,
                        assumption: "brass burner valve tube, 2 mm x 10 mm"),
            LibraryPart("fork lever", .plate(lengthM: 18e-3, widthM: 4e-3, thicknessM: 0.8e-3), MaterialLibrary.steel,
                        offsetM: Vector3(30e-3, 0, 4e-3),
                        assumption: "steel gas lever (fork), 18 x 4 x 0.8 mm"),
        ])
}
