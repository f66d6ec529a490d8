import PortalPhysics

/// Metal worn as part of clothing and accessories: belt buckle, underwire, jeans
/// hardware, a shoe's steel shank, a hair grip.
enum Clothing {
    static let all: [LibraryObject] = [beltBuckle, underwireBra, jeans, shoeShank, hairClip]

    /// A frame buckle (the common pin type). Frame: across the belt along x, along
    /// the belt's height y, face normal z.
    static let beltBuckle = LibraryObject(
        name: "belt-buckle", kind: .everyday,
        summary: "zinc die-cast frame belt buckle 50 x 40 mm with steel bar and prong",
        sizeM: Vector3(50e-3, 40e-3, 6e-3), publishedMassKg: nil,
        parts: [
            LibraryPart("frame", .wireLoop(loopRadiusM: Equivalent.circleRadiusM(widthM: 44e-3, heightM: 34e-3),
                                           wireRadiusM: Equivalent.wireRadiusM(widthM: 6e-3, thicknessM: 4e-3)),
                        MaterialLibrary.zamak,
                        assumption: "Zamak frame 50 x 40 mm outside, 6 x 4 mm bar (typical 35-40 mm belt buckle, ~22 g), "
                            + "a closed loop of equal area (44 x 34 mm mean outline) and equal section"),
            LibraryPart("bar", .rod(lengthM: 40e-3, radiusM: 1.5e-3), MaterialLibrary.steel,
                        attitude: PartAttitude.zAlongY, assumption: "3 mm steel centre bar across the frame"),
            LibraryPart("prong", .rod(lengthM: 35e-3, radiusM: 1.25e-3), MaterialLibrary.steel,
                        attitude: PartAttitude.zAlongX, assumption: "2.5 mm steel prong"),
        ])

    /// Two underwires under the cups. Frame: across the chest x, front-back y,
    /// vertical z.
    static let underwireBra = LibraryObject(
        name: "underwire-bra", kind: .everyday,
        summary: "underwire bra: two 15 cm spring-steel wires, 2.5 x 1.0 mm",
        sizeM: Vector3(300e-3, 60e-3, 80e-3), publishedMassKg: nil,
        parts: [
            LibraryPart("underwires", .rod(lengthM: 150e-3, radiusM: Equivalent.wireRadiusM(widthM: 2.5e-3, thicknessM: 1.0e-3)),
                        MaterialLibrary.springSteel, offsetM: Vector3(90e-3, 0, 0), attitude: PartAttitude.zAlongX, count: 2,
                        assumption: "each wire a U-shaped arc ~17 cm long of 2.5 x 1.0 mm flat spring steel (common "
                            + "section; nylon-coated), taken as a straight 15 cm rod of equal section lying across the "
                            + "chest: the arc's bend lowers the axial magnetisation somewhat; one wire at each side"),
        ])

    /// Five-pocket jeans hardware: rivets, shank button, fly zipper.
    static let jeans = LibraryObject(
        name: "jeans", kind: .everyday,
        summary: "jeans hardware: 6 rivets, shank button, brass fly zipper (90 teeth), zinc slider",
        sizeM: Vector3(350e-3, 120e-3, 200e-3), publishedMassKg: nil,
        parts: [
            LibraryPart("rivets", .disk(radiusM: 4.5e-3, thicknessM: 1.2e-3), MaterialLibrary.brass, count: 6,
                        assumption: "9 mm copper-alloy rivet caps with their burrs, as 1.2 mm brass disks (typical)"),
            LibraryPart("button cap", .disk(radiusM: 8.5e-3, thicknessM: 0.6e-3), MaterialLibrary.brass,
                        assumption: "17 mm shank button, brass cap"),
            LibraryPart("button tack", .rod(lengthM: 8e-3, radiusM: 1.2e-3), MaterialLibrary.steel,
                        assumption: "steel tack of the shank button (some are brass or aluminium)"),
            LibraryPart("zipper teeth", .plate(lengthM: 4e-3, widthM: 3e-3, thicknessM: 1.2e-3), MaterialLibrary.brass,
                        count: 90,
                        assumption: "size 4.5 metal zipper, 15 cm fly: ~45 teeth a side of 4 x 3 x 1.2 mm brass; "
                            + "interlocked teeth touch, but their contacts are assumed not to carry eddy currents"),
            LibraryPart("zipper slider", .plate(lengthM: 12e-3, widthM: 9e-3, thicknessM: 4e-3), MaterialLibrary.zamak,
                        assumption: "zinc die-cast slider body"),
            LibraryPart("zipper pull", .plate(lengthM: 15e-3, widthM: 8e-3, thicknessM: 1.5e-3), MaterialLibrary.zamak,
                        assumption: "zinc die-cast pull tab"),
        ])

    /// A steel shank in a shoe's sole. Frame: along the foot x, across y, vertical z.
    static let shoeShank = LibraryObject(
        name: "shoe-steel-shank", kind: .everyday,
        summary: "steel shoe shank, 110 x 14 x 1.3 mm spring steel (~16 g)",
        sizeM: Vector3(110e-3, 14e-3, 1.3e-3), publishedMassKg: nil,
        parts: [
            LibraryPart("shank", .plate(lengthM: 110e-3, widthM: 14e-3, thicknessM: 1.3e-3), MaterialLibrary.springSteel,
                        assumption: "tempered spring-steel shank under the arch, 100-120 x 12-15 x 1-1.5 mm (typical "
                            + "for men's leather shoes and work boots); flat, along the foot"),
        ])

    /// A bobby pin (hair grip).
    static let hairClip = LibraryObject(
        name: "hair-clip", kind: .everyday,
        summary: "bobby pin (hair grip): 2 x 50 mm legs of 1.6 x 0.5 mm spring steel",
        sizeM: Vector3(50e-3, 5e-3, 2e-3), publishedMassKg: nil,
        parts: [
            LibraryPart("legs", .rod(lengthM: 50e-3, radiusM: Equivalent.wireRadiusM(widthM: 1.6e-3, thicknessM: 0.5e-3)),
                        MaterialLibrary.springSteel, attitude: PartAttitude.zAlongX, count: 2,
                        assumption: "a 50 mm bobby pin folded from ~100 mm of 1.6 x 0.5 mm spring steel (~0.6 g), "
                            + "its two legs as rods of equal section"),
        ])
}
