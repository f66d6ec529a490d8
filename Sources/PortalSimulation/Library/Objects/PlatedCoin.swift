import Foundation
import PortalPhysics

/// A plated coin (1, 2 and 5 euro cent: copper-plated steel) as one body of revolution:
/// a core between two plating layers on its faces, each layer's thickness from its
/// share of the published mass (the plating on the edge neglected).
///
/// The body's eddy currents are solved with every layer as a conductor; a magnetic
/// core's magnetisation is added on its own, as for every revolved part.
struct PlatedCoin: Hashable, Sendable {
    let diameterM: Double
    let massKg: Double
    let core: MaterialEntry
    let plating: MaterialEntry
    /// The core's share of the mass; the plating has the rest.
    let coreMassShare: Double
    /// More reasoning, appended to the generated one.
    var note: String?

    var areaM2: Double { Double.pi * diameterM * diameterM / 4 }
    var coreThicknessM: Double { massKg * coreMassShare / (core.densityKgPerM3 * areaM2) }
    /// Both plating layers together.
    var platingThicknessM: Double { massKg * (1 - coreMassShare) / (plating.densityKgPerM3 * areaM2) }

    func part(offsetM: Vector3, attitude: Rotation) -> LibraryPart {
        let r = diameterM / 2, coreT = coreThicknessM, layerT = platingThicknessM / 2
        let section = MeridionalSection(regions: [
            .init(.rectangle(rInnerM: 0, rOuterM: r, zLowM: coreT / 2, zHighM: coreT / 2 + layerT), material: plating.material),
            .init(.rectangle(rInnerM: 0, rOuterM: r, zLowM: -coreT / 2, zHighM: coreT / 2), material: core.material),
            .init(.rectangle(rInnerM: 0, rOuterM: r, zLowM: -coreT / 2 - layerT, zHighM: -coreT / 2), material: plating.material),
        ])
        func percent(_ share: Double) -> String { NumberFormat.shortest(NumberFormat.rounded(share * 100, significantDigits: 4)) }
        let grams = NumberFormat.shortest(NumberFormat.rounded(massKg * 1000, significantDigits: 6))
        return LibraryPart(
            "coin", .revolved(section), core, offsetM: offsetM, attitude: attitude, declaredMetalMassKg: massKg,
            assumption: "\(core.name) core, \(percent(coreMassShare)) % of \(grams) g, mean \(LengthText.mm(coreT)) mm, between "
                + "\(plating.name) plating on both faces (\(percent(1 - coreMassShare)) % of the mass, ~\(LengthText.um(layerT)) um "
                + "each, the edge neglected), one body of revolution; the core's eddy currents are solved with the plating as "
                + "a conductor of mu_r = 1 and its magnetisation added on its own" + (note.map { "; " + $0 } ?? ""))
    }
}
