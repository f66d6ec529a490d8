import Foundation
import PortalPhysics

/// A bimetallic coin (1 €, 2 €) as one body of revolution: a ring of one alloy round a
/// clad centre (``BimetallicCentre``), each part's mean thickness from its published
/// mass, so that volume and mass are right and the eddy-current time constants (∝
/// thickness) are not overstated by the rim's relief.
///
/// The ring and the centre's layers are regions of their own alloys solved together
/// (``RevolvedConductor``), so the centre sits in the ring's shadow as in the real coin.
/// The eddy currents are azimuthal for an axial field and never cross from ring to
/// centre, so the pressed contact between them does not matter there. A magnetic core
/// is solved as a conductor in the stack and its magnetisation added on its own.
struct BimetallicCoin: Hashable, Sendable {
    let diameterM: Double
    /// The whole coin's mass; the ring's is this less the centre's.
    let massKg: Double
    let ring: MaterialEntry
    let centre: BimetallicCentre
    /// More reasoning, appended to the generated one.
    var note: String?

    var ringMassKg: Double { massKg - centre.massKg }

    var ringThicknessM: Double {
        let rOut = diameterM / 2, rIn = centre.diameterM / 2
        return ringMassKg / (ring.densityKgPerM3 * Double.pi * (rOut * rOut - rIn * rIn))
    }

    func part(offsetM: Vector3, attitude: Rotation) -> LibraryPart {
        let ringT = ringThicknessM
        let section = MeridionalSection(regions: [
            .init(.rectangle(rInnerM: centre.diameterM / 2, rOuterM: diameterM / 2, zLowM: -ringT / 2, zHighM: ringT / 2),
                  material: ring.material),
        ] + centre.regions)
        return LibraryPart(
            "coin", .revolved(section), ring, offsetM: offsetM, attitude: attitude, declaredMetalMassKg: ringMassKg + centre.massKg,
            assumption: "\(ring.name) ring \(LengthText.mm(diameterM))/\(LengthText.mm(centre.diameterM)) mm, mean "
                + "thickness \(LengthText.mm(ringT)) mm from its mass, round " + centre.description
                + "; solved together as one body of revolution" + (note.map { "; " + $0 } ?? ""))
    }
}

/// The clad centre of a bimetallic coin: a cladding alloy bonded on both faces of a
/// (nickel) core.
struct BimetallicCentre: Hashable, Sendable {
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
