import PortalPhysics
import Testing
@testable import PortalSimulation

@Suite("Library materials")
struct LibraryMaterialTests {
    @Test func tableIsConsistent() {
        let names = MaterialLibrary.names
        #expect(Set(names).count == names.count)
        #expect(MaterialLibrary.all.count == MaterialLibrary.entries.count)
        for entry in MaterialLibrary.entries {
            #expect(entry.material.conductivitySPerM > 1e5 && entry.material.conductivitySPerM < 7e7, "\(entry.name)")
            #expect(entry.material.relativePermeability >= 1, "\(entry.name)")
            #expect(entry.densityKgPerM3 > 2000 && entry.densityKgPerM3 < 20000, "\(entry.name)")
            #expect(!entry.source.isEmpty)
            #expect(MaterialLibrary.named(entry.name.uppercased()) == entry.material)
        }
    }

    /// The names the signature command and older scenarios use still resolve.
    @Test func earlierNamesStillResolve() {
        for name in ["copper", "aluminium", "aluminium-alloy", "brass", "nickel", "steel", "stainless-steel",
                     "zinc", "silver", "gold", "titanium", "ndfeb"] {
            #expect(MaterialLibrary.named(name) != nil, "\(name)")
        }
    }

    @Test func magneticAndNonMagneticAlloys() {
        for name in ["nickel", "steel", "spring-steel", "stainless-430", "stainless-420", "copper-plated-steel"] {
            #expect((MaterialLibrary.named(name)?.relativePermeability ?? 1) > 10, "\(name) is ferromagnetic")
        }
        for name in ["cupronickel", "nickel-brass", "nordic-gold", "stainless-steel", "titanium-6al-4v", "zamak"] {
            #expect((MaterialLibrary.named(name)?.relativePermeability ?? 99) < 1.1, "\(name) is not")
        }
        // IACS: 100 % is 58.0 MS/m.
        #expect(MaterialLibrary.copper.material.conductivitySPerM == 58.0e6)
    }
}
