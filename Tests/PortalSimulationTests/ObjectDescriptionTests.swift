import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// Objects defined in scenario files: built from parts, checked like everything else.
struct ObjectDescriptionTests {
    func decode(_ text: String) throws(InputErrors) -> [ObjectEntry] {
        try ScenarioFile.decode(YAMLDocument(text: text, file: "o.yaml")).objects
    }

    func problems(_ text: String) -> [String] {
        diagnostics { () throws(InputErrors) in _ = try decode(text) }
    }

    /// A part made here equals the primitive it names, turned as asked and counted.
    @Test func partsBecomeTheirSpectra() throws {
        let objects = try decode("""
            objects:
              two-foils:
                kind: component
                parts:
                  - {name: foil, shape: plate, length: 40 mm, width: 30 mm, thickness: 12 um, material: aluminium,
                     count: 2, attitude: {yaw: 90 deg}}
                  - {name: sim, object: nano-sim}
            """)
        let object = try #require(objects.first)
        #expect(object.name == "two-foils" && object.kind == .component && object.parts.count == 2)
        let foil = try Primitive.plate(lengthM: 0.04, widthM: 0.03, thicknessM: 12e-6)
            .relaxationSpectrum(material: try #require(MaterialLibrary.named("aluminium")))
        let expected = 2 * foil.rotated(by: Rotation(axis: .unitZ, angleRad: Double.pi / 2))
            + (try (try #require(ObjectLibrary.named("nano-sim"))).spectrum())
        for f in [1e3, 1e5] {
            #expect(object.spectrum.tensor(frequencyHz: f).maxDifference(expected.tensor(frequencyHz: f))
                    <= 1e-12 * expected.tensor(frequencyHz: f).maxMagnitude)
        }
        let aluminiumDensity = try #require(MaterialLibrary.entry(named: "aluminium")).densityKgPerM3
        let simMass = try #require(ObjectLibrary.named("nano-sim")).metalMassKg
        #expect(abs(object.metalMassKg! - (2 * 0.04 * 0.03 * 12e-6 * aluminiumDensity + simMass)) < 1e-12)
    }

    @Test func mistakesAreReportedWhereTheyAre() {
        let found = problems("""
            objects:
              euro-1:
                parts: [{shape: sphere, radius: 1 cm, material: steel}]
              mine:
                kind: phone
                parts:
                  - {shape: sphere, radius: 1 cm, material: stel}
                  - {shape: disk, radius: 1 cm, object: nano-sim}
                  - {shape: rod, length: 3 cm, radius: 1 mm, conductivity: 6 MS/m, mur: 0.5}
                  - {import: {frequencies: missing/F.csv, tensors: missing/T.csv}}
            """)
        #expect(found.contains("o.yaml:2:3: objects.euro-1: 'euro-1' is a built-in object; give yours another name"))
        #expect(found.contains("o.yaml:7:49: objects.mine.parts[0].material: unknown material 'stel'; did you mean 'steel'?"))
        #expect(found.contains("o.yaml:8:9: objects.mine.parts[1]: a part takes one of 'shape', 'object', 'import' or 'build', not shape and object"))
        #expect(found.contains("o.yaml:9:77: objects.mine.parts[2].mur: must be between 1 and 1000000, got 0.5"))
        #expect(found.contains("o.yaml:10:18: objects.mine.parts[3].import: in the imported sweep: missing/F.csv: cannot read the file"))
    }
}
