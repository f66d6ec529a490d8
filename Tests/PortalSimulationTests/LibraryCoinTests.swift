import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation
import RealModule

@Suite("Library coins")
struct LibraryCoinTests {
    /// The 1 € coin: one body of revolution, a nickel-brass ring 23.25/16.25 mm round a
    /// cupronickel-clad nickel centre, the documented alloy values, and a mass that adds
    /// up to 7.5 g.
    @Test func oneEuroIsBuiltFromItsLayers() throws {
        let coin = try #require(ObjectLibrary.named("euro-1"))
        #expect(coin.parts.count == 1)
        guard case .revolved(let section) = coin.parts[0].primitive else {
            Issue.record("the coin is not a body of revolution")
            return
        }
        #expect(section.regions.map(\.material.name) == ["nickel-brass", "cupronickel", "nickel", "cupronickel"])
        #expect(section.regions[0].material.conductivitySPerM == 8.0e6)
        #expect(section.regions[1].material.conductivitySPerM == 2.9e6)
        #expect(section.regions[2].material.relativePermeability > 1)
        guard case .rectangle(let r0, let r1, let z0, let z1) = section.regions[0].shape,
              case .rectangle(_, let rc, let c0, let c1) = section.regions[1].shape,
              case .rectangle(_, _, let n0, let n1) = section.regions[2].shape else {
            Issue.record("unexpected regions")
            return
        }
        #expect(r0.isApproximatelyEqual(to: 8.125e-3, relativeTolerance: 1e-12) && r1.isApproximatelyEqual(to: 11.625e-3, relativeTolerance: 1e-12) && rc.isApproximatelyEqual(to: 8.125e-3, relativeTolerance: 1e-12))
        #expect(z1 - z0 > 1.9e-3 && z1 - z0 < 2.33e-3, "mean below the 2.33 mm rim")
        let centre = 2 * (c1 - c0) + (n1 - n0)
        #expect(centre > 1.9e-3 && centre < 2.33e-3)
        #expect(((n1 - n0) / centre).isApproximatelyEqual(to: 0.07, relativeTolerance: 1e-9))
        // Whole coin is metal: 7.5 g, within 1 %, from the regions' own volumes and densities.
        #expect(coin.metalMassKg.isApproximatelyEqual(to: 7.5e-3, relativeTolerance: 0.01))
        let volumes = section.regions.map { region -> Double in
            guard case .rectangle(let a, let b, let lo, let hi) = region.shape else { return 0 }
            return Double.pi * (b * b - a * a) * (hi - lo)
        }
        let densities = try ["nickel-brass", "cupronickel", "nickel", "cupronickel"].map { try #require(MaterialLibrary.entry(named: $0)).densityKgPerM3 }
        #expect((zip(volumes, densities).map(*).reduce(0, +)).isApproximatelyEqual(to: 7.5e-3, relativeTolerance: 0.01))

        // The nickel core makes the static response positive (edge-on, in the coin's plane).
        let staticPart = try coin.spectrum().lowFrequencyLimit
        #expect(staticPart.xx > 0 && staticPart.yy > 0)
    }

    /// The coin solved whole against its ring and centre solved apart: the centre sits
    /// in the ring's shadow, so the whole coin's inductive limit is below the sum of the
    /// two alone (the old model summed them, overstating it).
    @Test func ringShadowsTheCentre() throws {
        let coin = try #require(ObjectLibrary.named("euro-1"))
        guard case .revolved(let section) = coin.parts[0].primitive else { return }
        let whole = try Primitive.revolved(section).relaxationSpectrum(material: MaterialLibrary.copper.material).highFrequencyLimit.zz
        let ring = try Primitive.revolved(MeridionalSection(regions: [section.regions[0]]))
            .relaxationSpectrum(material: MaterialLibrary.copper.material).highFrequencyLimit.zz
        let centre = try Primitive.revolved(MeridionalSection(regions: Array(section.regions[1...])))
            .relaxationSpectrum(material: MaterialLibrary.copper.material).highFrequencyLimit.zz
        #expect(whole < 0 && ring < 0 && centre < 0)
        #expect(abs(whole) < 0.9 * abs(ring + centre))
        #expect(abs(whole) > abs(ring) && abs(whole) > abs(centre))
    }

    @Test(arguments: [("euro-1", 7.5e-3), ("euro-2", 8.5e-3), ("euro-20c", 5.74e-3), ("euro-5c", 3.92e-3)])
    func coinMassesMatchPublished(name: String, massKg: Double) throws {
        let coin = try #require(ObjectLibrary.named(name))
        #expect(coin.publishedMassKg == massKg)
        #expect(coin.metalMassKg.isApproximatelyEqual(to: massKg, relativeTolerance: 0.01), "\(name): \(coin.metalMassKg)")
    }

    @Test func twoEuroAlloys() throws {
        let coin = try #require(ObjectLibrary.named("euro-2"))
        guard case .revolved(let section) = coin.parts.first?.primitive else {
            Issue.record("the coin is not a body of revolution")
            return
        }
        #expect(section.regions.map(\.material.name) == ["cupronickel", "nickel-brass", "nickel", "nickel-brass"])
        #expect(ObjectLibrary.named("euro-20c")?.parts.first?.materialName == "nordic-gold")
    }

    /// The fast equal-volume-ellipsoid model of a disk: its inductive limit tends to the
    /// thin disk's −8a³/3 as its thickness goes to zero, and grows in magnitude with
    /// thickness. (The solver's limit is held in AxialEddyCurrentTests.)
    @Test func diskInductiveLimit() throws {
        let a = 0.01, copper = MaterialLibrary.copper.material
        let thin = -8 * a * a * a / 3
        func limit(_ t: Double) -> Double {
            ThinDisk(radiusM: a, thicknessM: t, material: copper).equivalentEllipsoid.relaxationSpectrum().highFrequencyLimit.zz
        }
        #expect(abs(limit(1e-7) / thin - 1) < 1e-4)
        #expect(abs(limit(1e-5) / thin - 1) < 1e-2)
        var previous = limit(1e-6)
        for t in [1e-5, 1e-4, 1e-3, 3e-3] {
            let value = limit(t)
            #expect(value < previous, "grows in magnitude")
            previous = value
        }
    }
}
