import PortalPhysics

/// Euro coins from their real alloys and sizes (Council Regulation (EC) 975/98 and the
/// published diameters, thicknesses and masses).
///
/// Thickness: the published thickness (2.33 mm for 1 €) is the rim's; relief makes the
/// mean smaller (the regulation's own indicative values are 2.125 mm for 1 € and
/// 1.95 mm for 2 €). Each part gets the mean thickness that gives its published mass,
/// so volume and mass are right and the eddy-current time constants (∝ thickness) are
/// not overstated.
///
/// A bimetallic coin is one body of revolution (``RevolvedConductor``): the ring and the
/// centre's clad layers and core are regions of their own alloys, solved together, so
/// the centre sits in the ring's shadow as it does in the real coin. The eddy currents
/// are azimuthal for an axial field and never cross from ring to centre, so the
/// pressed contact between them does not matter there. The magnetic nickel core is
/// solved as a conductor in the stack and its magnetisation added on its own.
enum EuroCoins {
    static let all: [LibraryObject] = [euro1, euro2, cent20, cent5]

    /// The 1 € coin's published figures.
    enum Euro1 {
        static let diameterM = 23.25e-3
        static let rimThicknessM = 2.33e-3
        static let massKg = 7.5e-3
        /// Published mass of the centre ("interno: 3,71 g").
        static let centreMassKg = 3.71e-3
        /// Assumed ≈ 16.25 mm: the published 3.71 g / 3.79 g split then gives the ring and
        /// the centre the same mean thickness (2.0 mm), as a flat-struck coin should.
        static let centreDiameterM = 16.25e-3
        /// The regulation writes the centre as Cu75Ni25/Ni7/Cu75Ni25; read here as the
        /// nickel core taking 7 % of the centre's thickness (an interpretation, uncertain;
        /// sections show the core as a thin line).
        static let nickelCoreShare = 0.07
    }

    static let euro1: LibraryObject = {
        let centre = BimetallicCentre(diameterM: Euro1.centreDiameterM, massKg: Euro1.centreMassKg,
                                      cladding: MaterialLibrary.cupronickel, core: MaterialLibrary.nickel, coreShare: Euro1.nickelCoreShare)
        return LibraryObject(
            name: "euro-1", kind: .everyday,
            summary: "1 EUR coin: nickel-brass ring, cupronickel/nickel/cupronickel centre, 23.25 mm, 7.5 g",
            sizeM: Vector3(Euro1.diameterM, Euro1.diameterM, Euro1.rimThicknessM), publishedMassKg: Euro1.massKg,
            parts: PartBuild.bimetallicCoin(BimetallicCoin(diameterM: Euro1.diameterM, massKg: Euro1.massKg,
                                                           ring: MaterialLibrary.nickelBrass, centre: centre)).parts())
    }()

    static let euro2: LibraryObject = {
        let diameter = 25.75e-3, mass = 8.5e-3, centreMass = 4.10e-3, centreDiameter = 18.75e-3
        let centre = BimetallicCentre(diameterM: centreDiameter, massKg: centreMass,
                                      cladding: MaterialLibrary.nickelBrass, core: MaterialLibrary.nickel, coreShare: 0.12)
        return LibraryObject(
            name: "euro-2", kind: .everyday,
            summary: "2 EUR coin: cupronickel ring, nickel-brass/nickel/nickel-brass centre, 25.75 mm, 8.5 g",
            sizeM: Vector3(diameter, diameter, 2.20e-3), publishedMassKg: mass,
            parts: PartBuild.bimetallicCoin(BimetallicCoin(
                diameterM: diameter, massKg: mass, ring: MaterialLibrary.cupronickel, centre: centre,
                note: "centre 4.10 g published, diameter 18.75 mm assumed (gives a centre 1.73 mm and a ring 2.01 mm mean "
                    + "thick), core share read from the regulation's 'Ni12' (uncertain)")).parts())
    }()

    /// 20 c, Nordic gold, "Spanish flower" outline (seven notches, neglected).
    static let cent20: LibraryObject = {
        let diameter = 22.25e-3, mass = 5.74e-3, gold = MaterialLibrary.nordicGold
        let t = mass / (gold.densityKgPerM3 * Double.pi * diameter * diameter / 4)
        return LibraryObject(
            name: "euro-20c", kind: .everyday,
            summary: "20 c coin: Nordic gold CuAl5Zn5Sn1, 22.25 mm, 5.74 g",
            sizeM: Vector3(diameter, diameter, 2.14e-3), publishedMassKg: mass,
            parts: [LibraryPart("coin", .disk(radiusM: diameter / 2, thicknessM: t), gold,
                                assumption: "solid Nordic-gold disk 22.25 mm; mean thickness \(LengthText.mm(t)) mm from the "
                                    + "5.74 g mass (published 2.14 mm at the rim); the seven notches are neglected")])
    }()

    /// 5 c, copper-plated steel (94.35 % steel, 5.65 % copper by mass).
    static let cent5 = LibraryObject(
        name: "euro-5c", kind: .everyday,
        summary: "5 c coin: copper-plated steel, 21.25 mm, 3.92 g",
        sizeM: Vector3(21.25e-3, 21.25e-3, 1.67e-3), publishedMassKg: 3.92e-3,
        parts: PartBuild.platedCoin(PlatedCoin(diameterM: 21.25e-3, massKg: 3.92e-3, core: MaterialLibrary.copperPlatedSteel,
                                               plating: MaterialLibrary.copper, coreMassShare: 0.9435)).parts())
}
