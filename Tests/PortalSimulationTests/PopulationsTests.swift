import Foundation
import Testing
@testable import PortalSimulation

/// Several populations at one entrance: each meets the people it meets alone, routed by
/// its own stages; the entrance's figures are theirs mixed by share; the file's
/// `populations:` read and checked.
struct PopulationsTests {
    /// A portal, an X-ray for a random 5 % of one population, a pat-down on any alarm.
    static func text(populations: String, xray: String, carrier: String = "") -> String {
        """
        portal:
          class: cw-multi-zone
          detector: {mode: cw, frequencies: [5 kHz], sensitivity: 55, reference_threshold: 10 uV}
        screening:
          - {name: wtmd, kind: portal, time: 6 s}
          - {name: xray, kind: body-scanner-xray, enters: \(xray), time: 70 s}
          - {name: pat-down, kind: manual-search, enters: on-alarm, time: 2 min}
        threats:
          objects: [mini-phone-thumb]
          locations: [shoe, waistband-front]
          carrier: population
        \(carrier)
        \(populations)
        """
    }

    static let visitors = """
          - name: visitors
            share: 80 %
            items:
              - {object: keys, location: trouser-pocket-front, probability: 60 %}
              - {object: euro-2, location: trouser-pocket-back, probability: 30 %}
        """
    static let inmates = """
          - name: inmates
            share: 20 %
            walking_speed: {mean: 0.9 m/s, sd: 0.1 m/s, min: 0.6 m/s, max: 1.2 m/s}
            items:
              - {object: belt-buckle, location: waistband-front, probability: 90 %}
        """

    static let mixed = text(populations: "populations:\n" + visitors + "\n" + inmates,
                            xray: "{share: 5 %, populations: [inmates]}", carrier: "  population: inmates")

    static func run(_ text: String) throws -> (RunScenario, RunTallies) {
        let scenario = try EngineTests.scenario(text, trials: 1000)
        return (scenario, try Engine(scenario: scenario, threads: 2).runRecording(threads: 2, recordPasses: false).tallies)
    }

    static func key(_ population: String) -> CaseKey { .innocent(configuration: "t", population: population) }

    /// The test: each population of a mixed run meets exactly the people, items
    /// and routes of its own one-population run (the X-ray closed to visitors is a
    /// share of 0 % for them alone, 5 % for inmates alone), the threats carried by
    /// inmates are the inmates' run's threats, and the entrance's rates are the two
    /// runs' pooled by share, with the weighted rate's interval.
    @Test func twoPopulationsAreTheirOwnRunsPooledByShare() throws {
        let (scenario, mixed) = try Self.run(Self.mixed)
        let (_, visitors) = try Self.run(Self.text(populations: "populations:\n" + Self.visitors.replacingOccurrences(of: "80 %", with: "100 %"),
                                                   xray: "{share: 0 %}"))
        let (_, inmates) = try Self.run(Self.text(populations: "populations:\n" + Self.inmates.replacingOccurrences(of: "20 %", with: "100 %"),
                                                  xray: "{share: 5 %}"))
        let v = try #require(visitors[Self.key("visitors")]), i = try #require(inmates[Self.key("inmates")])
        #expect(mixed[Self.key("visitors")] == v)
        #expect(mixed[Self.key("inmates")] == i)
        for location in ["shoe", "waistband-front"] {
            let threat = CaseKey.threat(configuration: "t", device: "mini-phone-thumb", location: location)
            #expect(mixed[threat] != nil && mixed[threat] == inmates[threat], "\(location)")
        }
        // Routing by population: no visitor in the X-ray, about 5 % of inmates.
        #expect(v.stages[1].entered == 0 && i.stages[1].entered > 0)
        #expect(abs(Double(i.stages[1].entered) - 50) < 4 * (1000 * 0.05 * 0.95).squareRoot())
        // Something to pool: the populations alarm differently.
        #expect(v.alarmed != i.alarmed)

        let tables = ScreeningTables(scenario: scenario, tallies: mixed)
        let summary = try #require(tables.summaries.first)
        let rate = { (t: ScreeningTally) in Double(t.alarmed) / Double(t.trials) }
        #expect(summary.nuisanceRate.isApproximatelyEqual(to: 0.8 * rate(v) + 0.2 * rate(i), relativeTolerance: 1e-12))
        #expect(summary.trials == 2000)
        for s in 0..<3 {
            let share = 0.8 * Double(v.stages[s].entered) / 1000 + 0.2 * Double(i.stages[s].entered) / 1000
            #expect(summary.stageShares[s].isApproximatelyEqual(to: share, relativeTolerance: 1e-12), "stage \(s)")
        }
        // Korn and Graubard by hand: Clopper–Pearson at n* = p(1 − p)/v, x* = p n*.
        let (pv, pi) = (rate(v), rate(i)), p = 0.8 * pv + 0.2 * pi
        let n = p * (1 - p) / (0.64 * pv * (1 - pv) / 1000 + 0.04 * pi * (1 - pi) / 1000)
        let (low, high) = ClopperPearson.interval(successes: p * n, trials: n)
        let pooled = try #require(RateFields.mixedRate(summary.nuisanceStrata))
        #expect(pooled.low.isApproximatelyEqual(to: low, relativeTolerance: 1e-9))
        #expect(pooled.high.isApproximatelyEqual(to: high, relativeTolerance: 1e-9))
        #expect(pooled.low < p && p < pooled.high)
        // The queues' routes: each population's people by route, weighted by share / trials.
        for route in Set(v.routes.keys).union(i.routes.keys) {
            let weight = 0.8 * Double(v.routes[route] ?? 0) / 1000 + 0.2 * Double(i.routes[route] ?? 0) / 1000
            #expect((summary.routes[route] ?? 0).isApproximatelyEqual(to: weight, relativeTolerance: 1e-12), "route \(route)")
        }
        #expect(summary.routes.values.reduce(0, +).isApproximatelyEqual(to: 1, relativeTolerance: 1e-12))
        #expect(summary.routes.keys.contains { $0 & 0b010 != 0 })     // some arrivals through the X-ray

        // populations.csv: each population's own rate, then the mix's.
        let rows = try tables.populations().rows
        #expect(rows.map { $0[1] } == [.text("visitors"), .text("inmates"), .text("all")])
        for (row, t) in zip(rows, [v, i]) {
            #expect(Array(row[4...7]) == [.integer(1000)] + RateFields.fields(successes: t.alarmed, trials: t.trials))
        }
        #expect(Array(rows[2][5...7]) == ScreeningTables.nuisanceFields(summary))
        #expect(try tables.allTables()["populations.csv"] != nil)
    }

    /// One population given as a list of one is the same scenario as `population:`.
    @Test func aListOfOneIsThePopulation() throws {
        let list = try EngineTests.scenario(Self.text(populations: "populations:\n" + Self.visitors.replacingOccurrences(of: "    share: 80 %\n", with: ""),
                                                      xray: "on-alarm"))
        let one = try EngineTests.scenario(Self.text(populations: "population:\n" + Self.visitors
                                                        .replacingOccurrences(of: "  - name", with: "    name")
                                                        .replacingOccurrences(of: "    share: 80 %\n", with: ""),
                                                     xray: "on-alarm"))
        #expect(list.populationsFingerprint == one.populationsFingerprint && list.populations[0].share == 1)
    }

    /// The cases known before the run are the engine's: threats, then every population.
    @Test func plannedCasesListEveryPopulation() throws {
        let scenario = try EngineTests.scenario(Self.mixed)
        let engine = Engine(scenario: scenario, threads: 1)
        #expect(scenario.caseKeys == engine.cases.map { $0.key(configuration: "t") })
        #expect(scenario.caseKeys.suffix(2) == [Self.key("visitors"), Self.key("inmates")])
        #expect(CaseOrder(scenario).keys.filter(\.isInnocent) == [Self.key("visitors"), Self.key("inmates")]
                + [.innocent(configuration: "t/wtmd", population: "visitors"), .innocent(configuration: "t/wtmd", population: "inmates")])
    }

    /// An attempt given as a share is a share of the carrier population's arrivals.
    @Test func anAttemptShareIsOfTheCarriersArrivals() throws {
        let site = """
            site:
              days_per_year: 100
              arrivals_per_day: 500
              attempts_per_year:
                - {object: mini-phone-thumb, location: shoe, share: 1 %}

            """
        let scenario = try EngineTests.scenario(Self.mixed + "\n" + site)
        let attempts = try #require(scenario.site?.attempts.first)
        #expect(attempts.perYear.isApproximatelyEqual(to: 500 * 100 * 0.2 * 0.01, relativeTolerance: 1e-12))
    }

    /// A walking-speed sweep changes `population:`, which a file with `populations:` lacks.
    @Test func aWalkingSpeedSweepNeedsOnePopulation() {
        let found = ScreeningInputTests.decode(Self.mixed + "\nsweep:\n  walking_speed: [0.8 m/s, 1.2 m/s]\n")
        #expect(found == ["t.yaml:28:18: sweep.walking_speed: 'walking_speed' sweeps population.walking_speed.mean, and this file has 'populations'; sweep a copy with one 'population'"], "\(found)")
    }

    /// A stage for every population is a stage for everyone; a share of 0 is refused.
    @Test func namingEveryPopulationIsEveryone() throws {
        let all = try EngineTests.scenario(Self.text(populations: "populations:\n" + Self.visitors + "\n" + Self.inmates,
                                                     xray: "{populations: [inmates, visitors]}"))
        #expect(all.configurations[0].stages[1].entry.isEveryone)
        let zero = ScreeningInputTests.decode(Self.text(populations: "populations:\n" + Self.visitors.replacingOccurrences(of: "80 %", with: "100 %")
                                                        + "\n" + Self.inmates.replacingOccurrences(of: "20 %", with: "0 %"), xray: "on-alarm"))
        #expect(zero.count == 1 && zero[0].hasPrefix("t.yaml:23:12: populations[1].share: "), "\(zero)")
    }

    /// `compare` takes a carrier named as the default for the same people.
    @Test func aCarrierNamedOrByDefaultIsTheSame() throws {
        func file(_ carrier: String, _ name: String) throws -> ScenarioFile {
            try ScenarioFile.decode(YAMLDocument(text: "name: \(name)\nseed: 1\ntrials: 10\n"
                                                 + Self.text(populations: "populations:\n" + Self.visitors + "\n" + Self.inmates,
                                                             xray: "on-alarm", carrier: carrier), file: "\(name).yaml"))
        }
        _ = try ScenarioFile.comparison(of: [try file("", "a"), try file("  population: visitors", "b")])
        #expect(throws: InputErrors.self) { try ScenarioFile.comparison(of: [try file("", "a"), try file("  population: inmates", "b")]) }
    }

    /// Mistakes are reported at their line, naming what is wrong.
    @Test func badPopulationsAreRefusedAtTheirLine() {
        func errors(_ populations: String, xray: String = "on-alarm", carrier: String = "") -> [String] {
            ScreeningInputTests.decode(Self.text(populations: populations, xray: xray, carrier: carrier))
        }
        let both = errors("population: {name: a}\npopulations:\n" + Self.visitors)
        #expect(both == ["t.yaml:18:3: populations: give either 'population' (one) or 'populations' (several, with their shares), not both"], "\(both)")
        let sum = errors("populations:\n" + Self.visitors + "\n" + Self.inmates.replacingOccurrences(of: "20 %", with: "30 %"))
        #expect(sum == ["t.yaml:17:3: populations: the populations' shares add up to 110 % (80 % + 30 %); they are shares of the arrivals and must add up to 100 %"], "\(sum)")
        // The population with the mistake is still known by name: no follow-on errors.
        let missing = errors("populations:\n" + Self.visitors + "\n" + Self.inmates.replacingOccurrences(of: "    share: 20 %\n", with: ""),
                             xray: "{populations: [inmates]}", carrier: "  population: inmates")
        #expect(missing == ["t.yaml:22:5: populations[1]: missing 'share': the population's share of the arrivals (e.g. 20 %)"], "\(missing)")
        let sumAndCarrier = errors("populations:\n" + Self.visitors + "\n" + Self.inmates.replacingOccurrences(of: "20 %", with: "30 %"),
                                   carrier: "  population: inmates")
        #expect(sumAndCarrier.count == 1, "\(sumAndCarrier)")
        let twice = errors("populations:\n" + Self.visitors + "\n" + Self.visitors.replacingOccurrences(of: "80 %", with: "20 %"))
        #expect(twice == ["t.yaml:22:5: populations[1]: a second population named 'visitors'; names must differ"], "\(twice)")
        let carrier = errors("populations:\n" + Self.visitors + "\n" + Self.inmates, carrier: "  population: inmate")
        #expect(carrier == ["t.yaml:15:15: threats.population: unknown value 'inmate'; did you mean 'inmates'? (expected one of: visitors, inmates)"], "\(carrier)")
        let stage = errors("populations:\n" + Self.visitors + "\n" + Self.inmates, xray: "{populations: [staff]}")
        #expect(stage == ["t.yaml:9:66: screening[1].enters.populations[0]: unknown value 'staff' (expected one of: visitors, inmates)"], "\(stage)")
    }
}
