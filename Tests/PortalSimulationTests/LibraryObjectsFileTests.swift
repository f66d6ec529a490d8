import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// The library's `objects.yaml` and its writer (`portalsim objects export`): the file is
/// what the writer writes, what it writes reads back to the same objects bit for bit,
/// and a model's inputs are checked where a file gives them.
struct LibraryObjectsFileTests {
    static let names = ObjectLibrary.names

    func decodeLibrary(_ text: String) throws(InputErrors) -> [LibraryObject] {
        var d = DiagnosticCollector()
        let document = try YAMLDocument(text: text, file: "objects.yaml")
        let section = document.root.mapping(allowedKeys: ["objects"], reporting: &d)?.required("objects", reporting: &d)
        let objects = section.map { LibraryObjectDescription.decode($0, materials: .builtIn, &d) } ?? []
        try d.throwIfAny()
        return objects
    }

    /// Each object, written and read back, is the same object: every primitive, offset,
    /// attitude, mass and word, and each model's call.
    @Test(arguments: names)
    func exportReadsBackToTheSameObject(name: String) throws {
        let object = try #require(ObjectLibrary.named(name))
        let text = try ObjectExport.yaml([object])
        let again = try decodeLibrary(text)
        #expect(again == [object])
        #expect(try ObjectExport.yaml(again) == text)
    }

    /// The bundled file is the writer's text of its own objects, with comments added: no
    /// hand-made number in it can differ from what the objects are.
    @Test func theFileIsTheWritersText() throws {
        let file = (BuiltInLibrary.shared.folder as NSString).appendingPathComponent("objects.yaml")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let content = text.split(separator: "\n").filter { !$0.trimmingWhitespace().hasPrefix("#") }.map(String.init)
        let written = try ObjectExport.yaml(ObjectLibrary.all).split(separator: "\n").map(String.init)
        #expect(content == written)
        #expect(ObjectLibrary.all.count == 45)
    }

    /// The parts made by models are written as their calls, once each.
    @Test func modelPartsAreWrittenAsTheirCalls() throws {
        let text = try ObjectExport.yaml([try #require(ObjectLibrary.named("smartphone"))])
        #expect(text.components(separatedBy: "- build: pouch-cell").count == 2)
        #expect(text.components(separatedBy: "- build: circuit-board").count == 3)
        #expect(text.components(separatedBy: "- build: sheet-stack").count == 2)
        #expect(text.contains("areal_capacity: 3.5 mAh/cm2"))
        #expect(!text.contains("electrode stack"))
        let coin = try ObjectExport.yaml([try #require(ObjectLibrary.named("euro-5c"))])
        #expect(coin.contains("core_share: 94.35 %") && coin.contains("mass: 3.92 g"))
    }

    /// Moving the decimal point reads back exactly, in every unit the writer uses.
    @Test func shiftedTextReadsBackExactly() throws {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let exponent = Double(generator.next() % 1000) / 1000 * 10 - 9   // 1e-9 … 1e1 m
            let x = (generator.next() % 2 == 0 ? 1 : -1) * pow(10, exponent) * (1 + Double(generator.next() % 1000) / 1000)
            #expect(try QuantityParser.parse(NumberFormat.shifted(x, byPowerOfTen: 3) + " mm", as: .length) == x)
            #expect(try QuantityParser.parse(NumberFormat.shifted(x, byPowerOfTen: 6) + " um", as: .length) == x)
            #expect(try QuantityParser.parse(NumberFormat.shifted(x, byPowerOfTen: 2) + " %", as: .dimensionless) == x)
        }
        #expect(NumberFormat.shifted(0.0467, byPowerOfTen: 3) == "46.7")
        #expect(NumberFormat.shifted(1e-7, byPowerOfTen: 6) == "0.1")
        #expect(NumberFormat.shifted(25_000, byPowerOfTen: -4) == "2.5")
        #expect(NumberFormat.shifted(-0.5, byPowerOfTen: 3) == "-500")
        #expect(NumberFormat.shifted(0, byPowerOfTen: 3) == "0")
        #expect(NumberFormat.shifted(1.5e20, byPowerOfTen: -18) == "150")
    }

    /// The 24 rotations that permute the axes are exactly the right-handed axis
    /// triples; the other 24 (mirrors) and repeats are refused.
    @Test func axesNameExactlyTheQuarterTurnRotations() throws {
        let axes = AttitudeDescription.axisNames.map(\.name)
        var rotations = 0
        for a in axes { for b in axes { for c in axes {
            var d = DiagnosticCollector()
            let text = "{axes: [\(a), \(b), \(c)]}"
            let rotation = try AttitudeDescription.decode(YAMLDocument(text: text, file: "a.yaml").root, &d)
            if let rotation {
                rotations += 1
                #expect(rotation.matrix.determinant == 1 && d.isEmpty)
                #expect(AttitudeDescription.axesText(of: rotation) == [a, b, c])
                #expect(rotation.matrix * rotation.matrix.transposed == .identity)
            } else {
                #expect(d.diagnostics.first?.message.contains("are not a rotation") == true, "\(text)")
            }
        } } }
        #expect(rotations == 24)
        #expect(AttitudeDescription.axesText(of: Rotation(yawRad: 0.3, pitchRad: 0, rollRad: 0)) == nil)
    }

    /// A turn that is not a quarter-turn permutation is written as its z-y′-x″ angles,
    /// which read back to the same rotation to rounding.
    @Test func aGeneralAttitudeIsWrittenAsAngles() throws {
        let objects = try decodeLibrary("""
            objects:
              tilted:
                kind: component
                summary: a tilted rod
                size: [10 mm, 1 mm, 1 mm]
                parts:
                  - {name: rod, shape: rod, length: 10 mm, radius: 0.5 mm, material: steel, assumption: a test,
                     attitude: {yaw: 30 deg, pitch: 10 deg, roll: -20 deg}}
            """)
        let text = try ObjectExport.yaml(objects)
        // The yaw comes back through atan2 as 29.999999999999996 deg: the text names
        // angles, and the rotation they make is the original's to rounding.
        #expect(text.contains("attitude: {yaw: 29.99"), "\(text)")
        #expect(text.contains("pitch: 10 deg, roll: -20 deg}"), "\(text)")
        let again = try #require(try decodeLibrary(text).first?.parts.first)
        let original = try #require(objects.first?.parts.first)
        #expect(again.attitude.matrix.maxDifference(original.attitude.matrix) < 1e-15)
    }

    /// A model's inputs are checked against what it can build, at their lines.
    @Test func modelInputsAreChecked() {
        let found = diagnostics { () throws(InputErrors) in
            _ = try ScenarioFile.decode(YAMLDocument(text: """
                objects:
                  bad-cell:
                    parts:
                      - {build: pouch-cell, capacity: 200 mAh, length: 3 mm, width: 17 mm, thickness: 4 mm}
                  huge-cell:
                    parts:
                      - {build: pouch-cell, capacity: 100 Ah, length: 30 mm, width: 17 mm, thickness: 4 mm}
                  bad-coin:
                    parts:
                      - {build: bimetallic-coin, diameter: 20 mm, mass: 7 g, ring: brass, centre_diameter: 21 mm,
                         centre_mass: 3 g, cladding: cupronickel, core: nickel, core_share: 7 %}
                  bad-board:
                    parts:
                      - {build: circuit-board, length: 40 mm, width: 18 mm, plane_layers: 0, signal_layers: 0}
                  bad-kind:
                    parts:
                      - {build: pouch-cel, capacity: 1 Ah}
                  bad-key:
                    parts:
                      - {build: plated-coin, diameter: 20 mm, mass: 3 g, core: steel, plating: copper, core_share: 90 %, count: 2}
                """, file: "o.yaml"))
        }
        #expect(found.contains { $0.hasPrefix("o.yaml:4:56: objects.bad-cell.parts[0].length: must be") }, "\(found)")
        #expect(found.contains("o.yaml:7:9: objects.huge-cell.parts[0]: this cell would need 5129 cathode foils (at most 100): give a larger outline or areal_capacity"), "\(found)")
        #expect(found.contains { $0.hasPrefix("o.yaml:10:92: objects.bad-coin.parts[0].centre_diameter: the centre must be smaller") }, "\(found)")
        #expect(found.contains("o.yaml:14:9: objects.bad-board.parts[0]: a board needs at least one copper layer (plane_layers + signal_layers)"), "\(found)")
        #expect(found.contains { $0.hasPrefix("o.yaml:17:17: objects.bad-kind.parts[0].build: unknown value 'pouch-cel'; did you mean 'pouch-cell'?") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("o.yaml:20:106: objects.bad-key.parts[0].count: unknown key 'count'") }, "\(found)")
        #expect(found.count == 6, "\(found)")
    }

    /// An exported object pasted into a scenario under a new name is the built-in
    /// object: the same spectrum, bit for bit, the same metal and parts.
    @Test(arguments: ["mini-phone-thumb", "smartphone", "euro-1", "euro-5c", "keys"])
    func anExportedObjectIsTheSameInAScenario(name: String) throws {
        let object = try #require(ObjectLibrary.named(name))
        let text = try ObjectExport.yaml([object], renamingFirstTo: "my-copy")
        let entry = try #require(try ScenarioFile.decode(YAMLDocument(text: text, file: "copy.yaml")).objects.first)
        let builtIn = try ObjectEntry(object)
        #expect(entry.name == "my-copy" && entry.kind == builtIn.kind && entry.sizeM == builtIn.sizeM)
        #expect(entry.spectrum == builtIn.spectrum)
        #expect(entry.metalMassKg == builtIn.metalMassKg)
        #expect(entry.publishedMassKg == object.publishedMassKg)
        #expect(entry.parts.map(\.name) == builtIn.parts.map(\.name))
        #expect(entry.parts.map(\.assumption) == builtIn.parts.map(\.assumption))
    }

    /// A pouch cell's capacity in the file is its capacity: 200 mAh is 720 C, and the
    /// foil count follows from it and the areal capacity.
    @Test func aCellsCapacityIsReadInItsUnits() throws {
        #expect(try QuantityParser.parse("200 mAh", as: .charge) == 720)
        #expect(try QuantityParser.parse("2.5 mAh/cm2", as: .arealCharge) == 90_000)
        let objects = try decodeLibrary("""
            objects:
              cell:
                kind: component
                summary: a cell
                size: [30 mm, 17 mm, 4 mm]
                parts:
                  - {build: pouch-cell, capacity: 200 mAh, length: 30 mm, width: 17 mm, thickness: 4 mm, areal_capacity: 2.5 mAh/cm2}
            """)
        let cell = PouchCell(capacityMAh: 200, lengthM: 30e-3, widthM: 17e-3, thicknessM: 4e-3)
        #expect(objects.first?.parts == cell.parts())
        // 200 mAh / (2 × 2.5 mAh/cm² × 26 × 15 mm²) = 10.3: 11 cathode foils, 12 anodes.
        #expect(cell.cathodeSheetCount == 11 && cell.anodeSheetCount == 12)
    }
}
