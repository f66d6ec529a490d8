import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// A scenario's `materials:` and `locations:` sections: they add metals and body
/// locations to the built-in library's, decoded and checked as the library's own files
/// are, and the engine runs on them as on the built-in ones.
struct ScenarioLibrarySectionsTests {
    func file(_ text: String) throws(InputErrors) -> ScenarioFile {
        try ScenarioFile.decode(YAMLDocument(text: text, file: "l.yaml"))
    }

    func problems(_ text: String) -> [String] {
        diagnostics { () throws(InputErrors) in _ = try file(text) }
    }

    /// A new alloy, named by a part, is the conductivity and permeability it was given,
    /// and the part's mass is its volume times the alloy's density.
    @Test func aNewAlloyIsUsedByAPart() throws {
        let scenario = try file("""
            materials:
              brass-cuzn39pb3:
                conductivity: 15.2 MS/m
                density: 8470 kg/m3
                source: "CuZn39Pb3, ~26 % IACS"
              magnetic-stainless:
                conductivity: 1.6 MS/m
                mur: 250
                density: 7.7 g/cm3
            objects:
              fitting:
                parts:
                  - {shape: rod, length: 30 mm, radius: 4 mm, material: brass-cuzn39pb3}
                  - {shape: disk, radius: 5 mm, thickness: 1 mm, material: Magnetic-Stainless}
            """)
        #expect(scenario.materials.map(\.name) == ["brass-cuzn39pb3", "magnetic-stainless"])
        let stainless = try #require(scenario.materials.last)
        #expect(stainless.material == Material(name: "magnetic-stainless", conductivitySPerM: 1.6e6, relativePermeability: 250))
        #expect(stainless.densityKgPerM3 == 7700 && stainless.source == "defined in l.yaml")
        let object = try #require(scenario.objects.first)
        let rod = try Primitive.rod(lengthM: 0.03, radiusM: 0.004)
            .relaxationSpectrum(material: Material(name: "brass-cuzn39pb3", conductivitySPerM: 15.2e6))
        let disk = try Primitive.disk(radiusM: 0.005, thicknessM: 0.001).relaxationSpectrum(material: stainless.material)
        let expected = rod + disk
        for f in [1e3, 1e5] {
            #expect(object.spectrum.tensor(frequencyHz: f).maxDifference(expected.tensor(frequencyHz: f))
                    <= 1e-12 * expected.tensor(frequencyHz: f).maxMagnitude)
        }
        let mass = Double.pi * 0.004 * 0.004 * 0.03 * 8470 + Double.pi * 0.005 * 0.005 * 0.001 * 7700
        #expect(abs(try #require(object.metalMassKg) - mass) < 1e-12)
        // The library is unchanged: the scenario's metals are its own.
        #expect(MaterialLibrary.entry(named: "brass-cuzn39pb3") == nil)
    }

    @Test func materialMistakesAreReportedWhereTheyAre() {
        let found = problems("""
            materials:
              steel: {conductivity: 5 MS/m, mur: 300, density: 7850 kg/m3}
              MyAlloy: {conductivity: 5 MS/m, density: 7850 kg/m3}
              light: {conductivity: 5 MS/m, density: 100 kg/m3, colour: grey}
              vague: {conductivity: 5, mur: 0.5}
            objects:
              thing: {parts: [{shape: sphere, radius: 1 cm, material: vauge}]}
            """)
        #expect(found.contains("l.yaml:2:3: materials.steel: 'steel' is a built-in material; give yours another name "
            + "(a scenario adds metals, it does not change the library's: see docs/scenario-format.md)"))
        #expect(found.contains("l.yaml:3:3: materials.MyAlloy: material names are looked up in lower case; write 'myalloy'"))
        #expect(found.contains("l.yaml:4:42: materials.light.density: must be between 500 kg/m3 and 25000 kg/m3, got 100 kg/m3"))
        #expect(found.contains { $0.hasPrefix("l.yaml:4:53: materials.light.colour: unknown key 'colour'") })
        #expect(found.contains { $0.hasPrefix("l.yaml:5:25: materials.vague.conductivity: missing unit") })
        #expect(found.contains("l.yaml:5:33: materials.vague.mur: must be between 1 and 1000000, got 0.5"))
        #expect(found.contains("l.yaml:5:10: materials.vague: missing required key 'density'"))
        // An entry that failed is not there to be named; the spelling hint still helps.
        #expect(found.contains { $0.hasPrefix("l.yaml:7:59: objects.thing.parts[0].material: unknown material 'vauge'") })
    }

    static let socket = """
        locations:
          prosthesis-socket:
            summary: in the socket of a below-knee prosthesis
            class: clothing
            height_men: {mean: 0.42 m, sd: 0.02 m}
            height_women: {mean: 0.39 m, sd: 0.02 m}
            lateral_offset: [0.08 m, 0.12 m]
            either_side: true
            front_back_offset: [-0.03 m, 0.03 m]
            attitude: upright-facing-front
            moves_with_gait: true
            source: "shank of a transtibial socket (assumed)"
          deep-socket:
            summary: deep in a prosthesis, 25 cm from where a wand can pass
            class: clothing
            height_men: {mean: 0.42 m, sd: 0.02 m}
            lateral_offset: [0.08 m, 0.12 m]
            front_back_offset: [-0.03 m, 0.03 m]
            attitude: upright-facing-front
            wand_area: feet
            wand_depth: 25 cm

        """

    /// The new locations decode with their numbers; the wand's area and depth follow
    /// the class and height when not given (legs, 1 cm in clothing at 0.42 m).
    @Test func aNewLocationDecodes() throws {
        let scenario = try file(Self.socket + """
            threats:
              objects: [nano-sim]
              locations: [prosthesis-socket, deep-socket, thigh]
            """)
        let socket = try #require(scenario.locations.first)
        #expect(socket.name == "prosthesis-socket" && socket.locationClass == .clothing && socket.movesWithGait && socket.eitherSide)
        #expect(socket.heightMale == .init(meanM: 0.42, standardDeviationM: 0.02))
        #expect(socket.heightFemale == .init(meanM: 0.39, standardDeviationM: 0.02))
        #expect(socket.lateralOffsetM == 0.08...0.12 && socket.frontBackOffsetM == -0.03...0.03)
        #expect(socket.wandArea == .legs && socket.wandDepthM == 0.01)
        let deep = try #require(scenario.locations.last)
        #expect(deep.heightFemale == nil && !deep.movesWithGait && !deep.eitherSide)
        #expect(deep.wandArea == .feet && deep.wandDepthM == 0.25 && deep.source == "defined in l.yaml")
        #expect(try #require(scenario.threats).locations.map(\.name) == ["prosthesis-socket", "deep-socket", "thigh"])
        #expect(BodyLocation.named("prosthesis-socket") == nil, "the library is unchanged")
    }

    @Test func locationMistakesAreReportedWhereTheyAre() {
        let found = problems("""
            locations:
              shoe: {class: inside-shoe, height_men: {mean: 2 cm, sd: 5 mm}, lateral_offset: [8 cm, 14 cm],
                     front_back_offset: [0 m, 0 m], attitude: flat}
              crutch: {class: clothes, lateral_offset: [0.3 m, 0.2 m], front_back_offset: [0 m], attitude: flat}
              wheelchair-frame: {class: surface, height_men: {mean: 0.5 m, sd: 0 m}, lateral_offset: [0.2 m, 0.3 m],
                                 front_back_offset: [-0.1 m, 0.1 m], attitude: flat, wand_area: wheels}
            threats:
              objects: [nano-sim]
              locations: [crutch]
            """)
        #expect(found.contains("l.yaml:2:3: locations.shoe: 'shoe' is a built-in body location; give yours another name"))
        #expect(found.contains { $0.hasPrefix("l.yaml:4:19: locations.crutch.class: unknown value 'clothes'") })
        #expect(found.contains("l.yaml:4:11: locations.crutch: give 'height_men' or 'height_women' (or both): where the place is for each sex it exists for"))
        #expect(found.contains("l.yaml:4:44: locations.crutch.lateral_offset: the first bound must not exceed the second, got [0.3 m, 0.2 m]"))
        #expect(found.contains("l.yaml:4:79: locations.crutch.front_back_offset: expected [from, to], two lengths; got 1 values"))
        #expect(found.contains("l.yaml:5:68: locations.wheelchair-frame.height_men.sd: must be > 0 m and <= 300 mm, got 0 m"))
        #expect(found.contains { $0.hasPrefix("l.yaml:6:85: locations.wheelchair-frame.wand_area: unknown value 'wheels'") })
        #expect(found.contains { $0.hasPrefix("l.yaml:9:15: threats.locations[0]: unknown body location 'crutch'") })
    }

    /// The engine runs on a location a scenario adds, and reads what the entry says: a
    /// wand that skips the legs never alarms on a phone in the prosthesis socket (whose
    /// area is the legs) and one skipping the feet alarms on it nearly always, as one
    /// skipping nothing does, while the deep socket's 25 cm keeps the phone from a wand that passes
    /// everywhere. A copy of the thigh under another name is seen by the portal as the
    /// thigh is.
    @Test func theEngineRunsOnANewLocation() throws {
        let thigh = try #require(BodyLocation.named("thigh"))
        let men = try #require(thigh.heightMale), women = try #require(thigh.heightFemale)
        let copy = """
              thigh-copy:
                summary: the thigh, again
                class: surface
                height_men: {mean: \(men.meanM) m, sd: \(men.standardDeviationM) m}
                height_women: {mean: \(women.meanM) m, sd: \(women.standardDeviationM) m}
                lateral_offset: [\(thigh.lateralOffsetM.lowerBound) m, \(thigh.lateralOffsetM.upperBound) m]
                either_side: true
                front_back_offset: [\(thigh.frontBackOffsetM.lowerBound) m, \(thigh.frontBackOffsetM.upperBound) m]
                attitude: upright-facing-front
                moves_with_gait: true
                wand_area: legs

            """
        let (_, tallies) = try ScreeningStageTests.run(ScreeningTests.portal
            .replacingOccurrences(of: "  objects: [mini-phone-3310]", with: "  objects: [mini-phone-3310, smartphone]")
            .replacingOccurrences(of: "  locations: [ankle-sock, chest-pocket]", with: "  locations: [prosthesis-socket, deep-socket, thigh, thigh-copy]")
            + Self.socket + copy + """
            screening:
              - {name: wtmd, kind: portal}
              - {name: wand, kind: wand, skip: 0 %}
            configurations:
              - {name: t}
              - name: no-legs
                screening: [{name: wtmd, kind: portal}, {name: wand, kind: wand, skip: {legs: 100 %}}]
              - name: no-feet
                screening: [{name: wtmd, kind: portal}, {name: wand, kind: wand, skip: {feet: 100 %}}]
            """, trials: 1000)
        func stage(_ object: String, _ location: String, _ k: Int, in configuration: String = "t") throws -> ScreeningTally.Stage {
            try ScreeningStageTests.threat(tallies, object, location, in: configuration).stages[k]
        }
        let socket = try stage("smartphone", "prosthesis-socket", 1)
        #expect(socket.entered == 1000 && socket.alarms > 900, "\(socket)")
        #expect(try stage("smartphone", "prosthesis-socket", 1, in: "no-legs").alarms == 0)
        #expect(try stage("smartphone", "prosthesis-socket", 1, in: "no-feet").alarms > 900)
        let deep = try stage("smartphone", "deep-socket", 1)
        #expect(deep.entered == 1000 && deep.alarms < socket.alarms / 2, "\(deep)")
        #expect(try stage("smartphone", "deep-socket", 1, in: "no-feet").alarms == 0)
        // The portal sees the copy as it sees the thigh: the median peaks of 1000 passes
        // each (other draws: the case is another name) within 15 %.
        let thighPeak = try #require(try stage("mini-phone-3310", "thigh", 0).portal?.peaks.quantile(0.5))
        let copyPeak = try #require(try stage("mini-phone-3310", "thigh-copy", 0).portal?.peaks.quantile(0.5))
        #expect(thighPeak > 0.01 && abs(copyPeak / thighPeak - 1) < 0.15, "\(thighPeak) \(copyPeak)")
    }
}
