import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// `signatures:` chooses how every spectrum of a scenario is computed.
struct SignatureModelDescriptionTests {
    static let washer = """
        objects:
          washer:
            parts:
              - {shape: ring, inner_radius: 3 mm, radius: 6 mm, thickness: 1 mm, material: copper}
        """

    func scenario(_ text: String) throws(InputErrors) -> ScenarioFile {
        try ScenarioFile.decode(YAMLDocument(text: text, file: "s.yaml"))
    }

    /// The default is the solver at 16 cells; a ring part is the solved washer.
    @Test func defaultIsTheSolver() throws {
        let file = try scenario(Self.washer)
        #expect(file.signatureModel == .standard)
        let expected = try Primitive.ring(innerRadiusM: 3e-3, outerRadiusM: 6e-3, thicknessM: 1e-3)
            .relaxationSpectrum(material: MaterialLibrary.copper.material)
        #expect(file.objects.first?.spectrum == expected)
    }

    /// `{model: ellipsoid}` and `{cells: 8}` reach user parts and built-in objects alike.
    @Test func modelAndCellsReachEveryPart() throws {
        let coarse = try scenario("signatures: {cells: 8}\n" + Self.washer)
        #expect(coarse.signatureModel == .solver(cellsAcross: 8))
        let expected = try Primitive.ring(innerRadiusM: 3e-3, outerRadiusM: 6e-3, thicknessM: 1e-3)
            .relaxationSpectrum(material: MaterialLibrary.copper.material, model: .solver(cellsAcross: 8))
        #expect(coarse.objects.first?.spectrum == expected)
        #expect(coarse.objects.first?.spectrum != (try scenario(Self.washer)).objects.first?.spectrum)

        let fast = try scenario("signatures: {model: ellipsoid}\n")
        #expect(fast.signatureModel == .ellipsoidEquivalent)
        let coin = try #require(try fast.catalog.named("euro-20c"))
        let solved = try #require(try ObjectCatalog().named("euro-20c"))
        #expect(coin.spectrum != solved.spectrum)
    }

    /// Mistakes name the key and say what is allowed.
    @Test func mistakesAreReported() {
        let problems = diagnostics { () throws(InputErrors) in
            _ = try scenario("signatures: {model: fem, cells: 2}\n")
        }
        #expect(problems.count == 2)
        #expect(problems.contains { $0.contains("fem") })
        #expect(problems.contains { $0.contains("cells") || $0.contains("4") })
        let ring = diagnostics { () throws(InputErrors) in
            _ = try scenario("objects:\n  w:\n    parts:\n      - {shape: ring, inner_radius: 6 mm, radius: 3 mm, thickness: 1 mm, material: copper}\n")
        }
        #expect(ring.contains { $0.contains("inner radius must be below") })
    }
}
