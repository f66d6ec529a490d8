import Foundation
import Testing
@testable import PortalSimulation

/// Screening input that must be refused with a message at its line, never run into
/// wrong numbers or a crash; and tally files that must not be trusted blindly.
struct ScreeningInputTests {
    static func decode(_ body: String) -> [String] {
        diagnostics { () throws(InputErrors) in
            _ = try ScenarioFile.decode(YAMLDocument(text: "name: t\nseed: 1\ntrials: 10\n" + body, file: "t.yaml")).runScenario()
        }
    }

    /// A case listed twice would be tallied twice from the same passes.
    @Test func repeatedThreatsAreRefused() {
        let found = Self.decode("""
            portal: {class: cw-multi-zone}
            threats: {objects: [mini-phone-thumb, mini-phone-thumb], locations: [groin, shoe, groin]}
            """)
        #expect(found == [
            "t.yaml:5:39: threats.objects[1]: 'mini-phone-thumb' is listed twice; each case must be listed once",
            "t.yaml:5:83: threats.locations[2]: 'groin' is listed twice; each case must be listed once",
        ])
    }

    /// "a/b" would collide with stage b of configuration a in results.csv; a named portal
    /// no stage uses is still checked.
    @Test func slashInConfigurationNamesAndUnusedPortalsAreChecked() {
        let found = Self.decode("""
            portal: {class: cw-multi-zone}
            portals: {spare: {class: cw-multi-zone, detector: {mode: cw, frequencies: [5 kHz], sensitivty: 50}}}
            configurations:
              - {name: a/b}
              - {name: a}
            """)
        #expect(found.count == 2)
        #expect(found.contains { $0.hasPrefix("t.yaml:5:") && $0.contains("unknown key 'sensitivty'; did you mean 'sensitivity'?") })
        #expect(found.contains { $0.hasPrefix("t.yaml:7:5: configurations[0]:") && $0.contains("may not contain '/'") })
    }

    /// A sweep value that reaches no stage (the stage names its own portal) is refused
    /// instead of running identical points; a grid too large to count is refused, not
    /// overflowed.
    @Test func sweepsThatCannotWorkAreRefused() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        func problems(_ body: String) -> [String] {
            let path = directory + "/s.yaml"
            try? ("name: s\ntrials: 10\nportal: {class: cw-multi-zone}\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
            return diagnostics { () throws(InputErrors) in _ = try SweepPlan.load(path: path) }
        }
        let unreached = problems("""
            portals: {mine: {class: cw-single-zone}}
            screening: [{name: wtmd, kind: portal, portal: mine}]
            sweep: {sensitivity: [10, 90]}
            """)
        #expect(unreached.count == 1 && unreached[0].contains("reach no portal stage"), "\(unreached)")
        let values = "[" + (0...99).map(String.init).joined(separator: ", ") + "]"
        let huge = problems("sweep: {sensitivity: \(values), zone_count: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], "
                            + "walking_speed: [0.8 m/s, 0.9 m/s, 1 m/s, 1.1 m/s, 1.2 m/s]}")
        #expect(huge.count == 1 && huge[0].contains("points; a sweep may have at most 10000"), "\(huge)")
        // run and check refuse a bad sweep value too, not only `portalsim sweep`.
        #expect(Self.decode("portal: {class: cw-multi-zone}\nsweep: {sensitivity: [10, abc]}").count == 1)
    }

    /// Two files that define an object of the same name differently are not the same
    /// people: compare refuses them.
    @Test func compareRefusesObjectsDefinedDifferently() throws {
        func file(_ radius: String, _ name: String) throws(InputErrors) -> ScenarioFile {
            try ScenarioFile.decode(YAMLDocument(text: """
                name: \(name)
                trials: 10
                portal: {class: cw-multi-zone}
                objects: {px: {kind: everyday, parts: [{name: ball, shape: sphere, radius: \(radius), material: steel}]}}
                threats: {objects: [px], locations: [groin]}
                """, file: name + ".yaml"))
        }
        let same = diagnostics { () throws(InputErrors) in _ = try ScenarioFile.comparison(of: [file("1 mm", "a"), file("1 mm", "b")]) }
        #expect(same.isEmpty, "\(same)")
        let different = diagnostics { () throws(InputErrors) in _ = try ScenarioFile.comparison(of: [file("1 mm", "a"), file("20 mm", "b")]) }
        #expect(different == ["b.yaml: its threats differs from a.yaml's; a comparison needs the same people (seed, trials, population, threats)"])
    }

    /// A damaged screening tally is refused when its file is read, naming the field.
    @Test func damagedScreeningTalliesAreRefused() throws {
        var tally = ScreeningTally(stagePortalZones: [nil], configurations: 1)
        tally.trials = 10
        tally.detected = 3
        tally.stages[0].entered = 10
        let good = String(decoding: try JSONEncoder().encode(tally), as: UTF8.self)
        #expect(try JSONDecoder().decode(ScreeningTally.self, from: Data(good.utf8)) == tally)
        for bad in [good.replacingOccurrences(of: #""detected":3"#, with: #""detected":99"#),
                    good.replacingOccurrences(of: #""entered":10"#, with: #""entered":11"#),
                    good.replacingOccurrences(of: #""detectedNotBy":[0]"#, with: #""detectedNotBy":[4]"#)] {
            #expect(bad != good)
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(ScreeningTally.self, from: Data(bad.utf8)) }
        }
    }

    /// A stage entered by a random share draws its lottery from a stream of its own:
    /// those who enter see the same noise as when everyone enters.
    @Test func aShareDoesNotChangeTheNoiseOfThoseWhoEnter() throws {
        let (scenario, tallies) = try ScreeningTests.run("""
            configurations:
              - {name: all, screening: [{name: wtmd, kind: portal}]}
              - {name: most, screening: [{name: wtmd, kind: portal, enters: {share: 90 %}}]}
            """)
        let tables = ScreeningTables(scenario: scenario, tallies: tallies)
        let sock = (object: "mini-phone-3310", location: "ankle-sock", isInnocent: false)
        let pair = try #require(tables.paired(0, 1, sock))
        // Only people left out of the 90 % can differ, and only by being missed.
        #expect(pair.otherOnly == 0 && pair.baselineOnly > 0 && pair.baselineOnly < 100)
    }
}
