import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

@Suite("Library coins")
struct LibraryCoinTests {
    /// The 1 € coin: a nickel-brass ring 23.25/16.25 mm, a cupronickel-clad nickel
    /// centre, the documented alloy values, and a mass that adds up to 7.5 g.
    @Test func oneEuroIsBuiltFromItsLayers() throws {
        let coin = try #require(ObjectLibrary.named("euro-1"))
        let ring = try #require(coin.parts.first { $0.name == "ring" })
        let cladding = try #require(coin.parts.first { $0.name == "centre cladding" })
        let core = try #require(coin.parts.first { $0.name == "centre nickel core" })
        #expect(coin.parts.count == 3)

        #expect(ring.materialName == "nickel-brass")
        #expect(cladding.materialName == "cupronickel")
        #expect(core.materialName == "nickel")
        #expect(ring.material.material.conductivitySPerM == 8.0e6)
        #expect(cladding.material.material.conductivitySPerM == 2.9e6)
        #expect(cladding.material.material.relativePermeability == 1)
        #expect(core.material.material.relativePermeability > 1)
        #expect(core.material == MaterialLibrary.nickel)

        guard case .wireLoop(let b, let rw) = ring.primitive,
              case .disk(let rc, let tc) = cladding.primitive,
              case .disk(let rn, let tn) = core.primitive else {
            Issue.record("unexpected primitives")
            return
        }
        // Ring: mean radius (23.25 + 16.25)/4 mm, section 3.5 mm × mean thickness.
        #expect(isClose(b, 9.875e-3, relative: 1e-12))
        #expect(isClose(rc, 8.125e-3, relative: 1e-12) && isClose(rn, 8.125e-3, relative: 1e-12))
        let ringThickness = Double.pi * rw * rw / 3.5e-3
        #expect(ringThickness > 1.9e-3 && ringThickness < 2.33e-3, "mean below the 2.33 mm rim")
        #expect(isClose(tn / (tc + tn), 0.07, relative: 1e-12))
        #expect(tc + tn > 1.9e-3 && tc + tn < 2.33e-3)

        // Whole coin is metal: 7.5 g, and the centre 3.71 g, within 1 %.
        #expect(isClose(coin.metalMassKg, 7.5e-3, relative: 0.01))
        #expect(isClose(cladding.metalMassKg + core.metalMassKg, 3.71e-3, relative: 0.01))

        // The nickel core makes the static response positive (edge-on, in the coin's plane).
        let staticPart = coin.spectrum.lowFrequencyLimit
        #expect(staticPart.xx > 0 && staticPart.yy > 0)
    }

    @Test(arguments: [("euro-1", 7.5e-3), ("euro-2", 8.5e-3), ("euro-20c", 5.74e-3), ("euro-5c", 3.92e-3)])
    func coinMassesMatchPublished(name: String, massKg: Double) throws {
        let coin = try #require(ObjectLibrary.named(name))
        #expect(coin.publishedMassKg == massKg)
        #expect(isClose(coin.metalMassKg, massKg, relative: 0.01), "\(name): \(coin.metalMassKg)")
    }

    @Test func twoEuroAlloys() throws {
        let coin = try #require(ObjectLibrary.named("euro-2"))
        #expect(coin.parts.first { $0.name == "ring" }?.materialName == "cupronickel")
        #expect(coin.parts.first { $0.name == "centre cladding" }?.materialName == "nickel-brass")
        #expect(coin.parts.first { $0.name == "centre nickel core" }?.materialName == "nickel")
        #expect(ObjectLibrary.named("euro-20c")?.parts.first?.materialName == "nordic-gold")
    }

    /// A disk's inductive limit tends to the thin disk's −8a³/3 as its thickness goes
    /// to zero, and grows in magnitude with thickness.
    @Test func diskInductiveLimit() {
        let a = 0.01, copper = MaterialLibrary.copper.material
        let thin = -8 * a * a * a / 3
        func limit(_ t: Double) -> Double {
            Primitive.disk(radiusM: a, thicknessM: t).relaxationSpectrum(material: copper).highFrequencyLimit.zz
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
