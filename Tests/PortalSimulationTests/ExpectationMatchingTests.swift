import Foundation
import Testing
@testable import PortalSimulation

/// Which observed rates an expectation selects, and the error when it selects none.
struct ExpectationMatchingTests {
    static let scenario = """
        name: ci
        trials: 100
        portal: {class: cw-single-zone}
        threats: {objects: [smartphone, mini-phone-3310], locations: [waistband-front, ankle-sock]}

        """

    func load(_ expect: String) throws -> (file: ScenarioFile, planned: [Observation]) {
        let file = try ScenarioFile.decode(YAMLDocument(text: Self.scenario + expect, file: "m.yaml"))
        return (file, Observation.planned(try file.runScenario().caseKeys))
    }

    func matchProblems(_ expect: String) throws -> [String] {
        let (file, planned) = try load(expect)
        return diagnostics { () throws(InputErrors) in _ = try ExpectationChecks.match(file.expectations, against: planned) }
    }

    @Test func openSelectorsExpandToEveryCase() throws {
        let (file, planned) = try load("""
            expect:
              - {metric: detection, object: smartphone, at_least: 90 %}
              - {metric: detection, location: ankle-sock, at_most: 60 %}
              - {metric: nuisance, at_most: 30 %}
              - {metric: detection, configuration: ci, object: mini-phone-3310, location: waistband-front, at_most: 20 %}
            """)
        let pairs = try ExpectationChecks.match(file.expectations, against: planned)
        let selected = pairs.map { "\($0.1.object)@\($0.1.location)" }
        #expect(selected == [
            "smartphone@ankle-sock", "smartphone@waistband-front",
            "mini-phone-3310@ankle-sock", "smartphone@ankle-sock",
            "visitors@-",
            "mini-phone-3310@waistband-front",
        ])
        #expect(pairs.map(\.0.bound) == [.atLeast(0.9), .atLeast(0.9), .atMost(0.6), .atMost(0.6), .atMost(0.3), .atMost(0.2)])
    }

    /// Selecting nothing is an error at the selector that matched nothing, never a
    /// silent pass; all such errors come together.
    @Test func selectingNothingNamesTheLine() throws {
        let found = try matchProblems("""
            expect:
              - {metric: detection, object: smartfone, at_least: 90 %}
              - {metric: detection, object: smartphone, location: ankle-sox, at_least: 90 %}
              - {metric: detection, configuration: other, at_least: 90 %}
              - {metric: nuisance, population: vistors, at_most: 30 %}
              - {metric: detection, object: smartphone, at_least: 90 %}
            """)
        #expect(found == [
            "m.yaml:6:33: expect[0].object: no detection case has threat object 'smartfone'; did you mean 'smartphone'? (the run's threat objects: mini-phone-3310, smartphone)",
            "m.yaml:7:55: expect[1].location: no detection case has location 'ankle-sox'; did you mean 'ankle-sock'? (the run's locations: ankle-sock, waistband-front)",
            "m.yaml:8:40: expect[2].configuration: no detection case has configuration 'other' (the run's configurations: ci)",
            "m.yaml:9:36: expect[3].population: no nuisance case has population 'vistors'; did you mean 'visitors'? (the run's populations: visitors)",
        ])
    }

    @Test func detectionNeedsThreats() throws {
        let file = try ScenarioFile.decode(YAMLDocument(text: """
            name: n
            trials: 10
            portal: {class: cw-single-zone}
            expect:
              - {metric: detection, at_least: 90 %}
            """, file: "n.yaml"))
        let planned = Observation.planned(try file.runScenario().caseKeys)
        let found = diagnostics { () throws(InputErrors) in _ = try ExpectationChecks.match(file.expectations, against: planned) }
        #expect(found == ["n.yaml:5:5: expect[0]: the run has no threat cases (a 'threats' section), so this detection expectation selects nothing"])
    }

    /// Observations built by hand, as a screening pipeline or a qualification
    /// protocol will build them, are selected the same way.
    @Test func observationsFromAnySource() throws {
        let origin = ExpectationOrigin(file: "code")
        let point = RateExpectation(metric: .detection, location: "P3", bound: .atLeast(0.9), origin: origin)
        let observations = [
            Observation(configuration: "qualification", object: "sphere-steel-20mm", location: "P3", isInnocent: false, successes: 50, trials: 50),
            Observation(configuration: "qualification", object: "sphere-steel-20mm", location: "P4", isInnocent: false, successes: 49, trials: 50),
            Observation(configuration: "qualification", object: "visitors", location: "-", isInnocent: true, successes: 5, trials: 50),
        ]
        let results = try ExpectationChecks.evaluate([point], against: observations)
        #expect(results.map(\.observation.location) == ["P3"])
        #expect(results.first?.verdict == .pass)   // 50 of 50: lower end 0.025^(1/50) = 0.929
        let missing = RateExpectation(metric: .detection, location: "P9", bound: .atLeast(0.9), origin: origin)
        #expect(diagnostics { () throws(InputErrors) in _ = try missing.matches(in: observations) }
            == ["code: no detection case has location 'P9'; did you mean 'P3'? (the run's locations: P3, P4)"])
    }

    @Test func observationsFromTallies() throws {
        var innocent = ScreeningTally(stagePortalZones: [1], configurations: 1)
        (innocent.trials, innocent.detected, innocent.stages[0].entered) = (10, 3, 10)
        let tallies = RunTallies(screening: [
            .innocent(configuration: "c", population: "visitors"): innocent,
            .threat(configuration: "c", device: "keys", location: "shoe"): ScreeningTally(stagePortalZones: [1], configurations: 1),
        ], portals: TallySet())
        let observations = Observation.observations(from: tallies)
        #expect(observations == [
            Observation(configuration: "c", object: "keys", location: "shoe", isInnocent: false, successes: 0, trials: 0),
            Observation(configuration: "c", object: "visitors", location: "-", isInnocent: true, successes: 3, trials: 10),
        ])
    }

    /// The cases matched before the run are the cases the engine runs.
    @Test func plannedCasesAreTheEnginesCases() throws {
        let run = try load("").file.runScenario()
        let engine = Engine(scenario: run, threads: 1)
        #expect(run.caseKeys == engine.cases.map { $0.key(configuration: run.name) })
        #expect(run.caseKeys.count == 2 * 2 + 1)
    }
}
