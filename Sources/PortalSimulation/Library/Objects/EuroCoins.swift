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
        let ring = MaterialLibrary.nickelBrass, clad = MaterialLibrary.cupronickel, core = MaterialLibrary.nickel
        let centre = BimetallicCentre(diameterM: Euro1.centreDiameterM, massKg: Euro1.centreMassKg,
                                      cladding: clad, core: core, coreShare: Euro1.nickelCoreShare)
        return LibraryObject(
            name: "euro-1", kind: .everyday,
            summary: "1 EUR coin: nickel-brass ring, cupronickel/nickel/cupronickel centre, 23.25 mm, 7.5 g",
            sizeM: Vector3(Euro1.diameterM, Euro1.diameterM, Euro1.rimThicknessM), publishedMassKg: Euro1.massKg,
            parts: [bimetallicCoin(outerDiameterM: Euro1.diameterM, ringMassKg: Euro1.massKg - Euro1.centreMassKg,
                                   ring: ring, centre: centre)])
    }()

    static let euro2: LibraryObject = {
        let diameter = 25.75e-3, mass = 8.5e-3, centreMass = 4.10e-3, centreDiameter = 18.75e-3
        let centre = BimetallicCentre(diameterM: centreDiameter, massKg: centreMass,
                                      cladding: MaterialLibrary.nickelBrass, core: MaterialLibrary.nickel, coreShare: 0.12)
        return LibraryObject(
            name: "euro-2", kind: .everyday,
            summary: "2 EUR coin: cupronickel ring, nickel-brass/nickel/nickel-brass centre, 25.75 mm, 8.5 g",
            sizeM: Vector3(diameter, diameter, 2.20e-3), publishedMassKg: mass,
            parts: [bimetallicCoin(outerDiameterM: diameter, ringMassKg: mass - centreMass, ring: MaterialLibrary.cupronickel,
                                   centre: centre).withAssumptionSuffix(
                "; centre 4.10 g published, diameter 18.75 mm assumed (gives a centre 1.73 mm and a ring 2.01 mm mean "
                    + "thick), core share read from the regulation's 'Ni12' (uncertain)")])
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
    static let cent5: LibraryObject = {
        let diameter = 21.25e-3, mass = 3.92e-3, steel = MaterialLibrary.copperPlatedSteel, cu = MaterialLibrary.copper
        let area = Double.pi * diameter * diameter / 4
        let steelMass = mass * 0.9435, copperMass = mass * 0.0565
        let steelT = steelMass / (steel.densityKgPerM3 * area)
        let copperT = copperMass / (cu.densityKgPerM3 * area)
        return LibraryObject(
            name: "euro-5c", kind: .everyday,
            summary: "5 c coin: copper-plated steel, 21.25 mm, 3.92 g",
            sizeM: Vector3(diameter, diameter, 1.67e-3), publishedMassKg: mass,
            parts: [LibraryPart(
                "coin", .revolved(MeridionalSection(regions: [
                    .init(.rectangle(rInnerM: 0, rOuterM: diameter / 2, zLowM: steelT / 2, zHighM: steelT / 2 + copperT / 2),
                          material: cu.material),
                    .init(.rectangle(rInnerM: 0, rOuterM: diameter / 2, zLowM: -steelT / 2, zHighM: steelT / 2), material: steel.material),
                    .init(.rectangle(rInnerM: 0, rOuterM: diameter / 2, zLowM: -steelT / 2 - copperT / 2, zHighM: -steelT / 2),
                          material: cu.material),
                ])), steel, declaredMetalMassKg: mass,
                assumption: "low-carbon steel core, 94.35 % of 3.92 g, mean \(LengthText.mm(steelT)) mm, between copper "
                    + "plating on both faces (5.65 % of the mass, ~\(LengthText.um(copperT / 2)) um each, the edge neglected), "
                    + "one body of revolution; the core's eddy currents are solved with the plating as a conductor of "
                    + "mu_r = 1 and its magnetisation added on its own")])
    }()

    /// A bimetallic coin as one body of revolution: the ring (mean thickness from its
    /// mass) round the clad centre (``BimetallicCentre``), centred on z = 0.
    static func bimetallicCoin(outerDiameterM: Double, ringMassKg: Double, ring: MaterialEntry,
                               centre: BimetallicCentre) -> LibraryPart {
        let rOut = outerDiameterM / 2, rIn = centre.diameterM / 2
        let ringT = ringMassKg / (ring.densityKgPerM3 * Double.pi * (rOut * rOut - rIn * rIn))
        let section = MeridionalSection(regions: [
            .init(.rectangle(rInnerM: rIn, rOuterM: rOut, zLowM: -ringT / 2, zHighM: ringT / 2), material: ring.material),
        ] + centre.regions)
        return LibraryPart(
            "coin", .revolved(section), ring, declaredMetalMassKg: ringMassKg + centre.massKg,
            assumption: "\(ring.name) ring \(LengthText.mm(outerDiameterM))/\(LengthText.mm(centre.diameterM)) mm, mean "
                + "thickness \(LengthText.mm(ringT)) mm from its mass, round " + centre.description
                + "; solved together as one body of revolution")
    }
}

/// The clad centre of a bimetallic euro coin: a cladding alloy bonded on both faces of
/// a nickel core.
struct BimetallicCentre {
    let diameterM: Double
    let massKg: Double
    let cladding: MaterialEntry
    let core: MaterialEntry
    /// The core's share of the centre's thickness.
    let coreShare: Double

    /// Mean thickness from the mass: t = m / (ρ̄ A), ρ̄ the thickness-weighted density.
    var thicknessM: Double {
        let density = (1 - coreShare) * cladding.densityKgPerM3 + coreShare * core.densityKgPerM3
        return massKg / (density * Double.pi * diameterM * diameterM / 4)
    }

    /// The centre's three layers as regions of a body of revolution, centred on z = 0.
    var regions: [MeridionalSection.Region] {
        let r = diameterM / 2, t = thicknessM, coreT = coreShare * t
        return [
            .init(.rectangle(rInnerM: 0, rOuterM: r, zLowM: coreT / 2, zHighM: t / 2), material: cladding.material),
            .init(.rectangle(rInnerM: 0, rOuterM: r, zLowM: -coreT / 2, zHighM: coreT / 2), material: core.material),
            .init(.rectangle(rInnerM: 0, rOuterM: r, zLowM: -t / 2, zHighM: -coreT / 2), material: cladding.material),
        ]
    }

    var description: String {
        let t = thicknessM
        return "a centre \(LengthText.mm(diameterM)) mm of two \(cladding.name) layers of \(LengthText.mm((1 - coreShare) * t / 2)) mm "
            + "on both faces of a \(core.name) core of \(LengthText.mm(coreShare * t)) mm (\(Int(coreShare * 100)) % of the "
            + "\(LengthText.mm(t)) mm mean thickness from the published centre mass; the core's share is an interpretation, "
            + "uncertain)"
    }
}

extension LibraryPart {
    /// The same part with more reasoning appended to its assumption.
    func withAssumptionSuffix(_ suffix: String) -> LibraryPart {
        LibraryPart(name, primitive, material, offsetM: offsetM, attitude: attitude, count: count,
                    declaredMetalMassKg: declaredMetalMassKg, assumption: assumption + suffix)
    }
}
