import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// Screening pipelines, common random numbers and the paired comparison.
struct ScreeningTests {
    static let portal = """
        portal:
          class: cw-multi-zone
          detector: {mode: cw, frequencies: [5 kHz], sensitivity: 50, reference_threshold: 10 uV}
        population:
          items:
            - {object: belt-buckle, location: waistband-front, probability: 30 %}
            - {object: keys, location: trouser-pocket-front, probability: 10 %}
        threats:
          objects: [mini-phone-3310]
          locations: [ankle-sock, chest-pocket]

        """

    static func run(_ body: String, trials: Int = 1000) throws -> (RunScenario, RunTallies) {
        let scenario = try EngineTests.scenario(portal + body, trials: trials)
        return (scenario, try Engine(scenario: scenario, threads: 2).runRecording(threads: 2, recordPasses: false).tallies)
    }

    /// A stage entered only on an alarm sees exactly the people an earlier stage alarmed
    /// on, never one it cleared; a random share enters about its share.
    @Test func onAlarmStagesSeeOnlyTheAlarmed() throws {
        let (scenario, tallies) = try Self.run("""
            screening:
              - {name: wtmd, kind: portal}
              - {name: random, kind: body-scanner-mmw, enters: {share: 20 %}, false_alarm: 0 %, detection: {clothing: 0 %, surface: 0 %, inside-shoe: 0 %}}
              - {name: pat-down, kind: manual-search, enters: {on_alarm: [wtmd]}}
            """)
        #expect(scenario.configurations.count == 1)
        for (key, tally) in tallies.screening {
            // The scanner never alarms nor finds here, so nobody leaves before the pat-down.
            #expect(tally.stages[2].entered == tally.stages[0].alarms, "\(key)")
            #expect(tally.stages[0].entered == tally.trials)
            let share = Double(tally.stages[1].entered) / Double(tally.trials)
            #expect(abs(share - 0.2) < 0.04, "\(key): \(share)")
            #expect(tally.searched >= tally.stages[2].entered)
        }
        let innocent = try #require(tallies.screening[CaseKey(configuration: "t", object: "visitors", location: "-", isInnocent: true)])
        #expect(innocent.stages[0].alarms > 0)     // the test is not vacuous
    }

    /// A configuration of one portal stage gives exactly the tallies of the plain scenario.
    @Test func onePortalPipelineReproducesThePlainRun() throws {
        let (_, plain) = try Self.run("")
        let (_, pipeline) = try Self.run("""
            configurations:
              - {name: t, screening: [{name: wtmd, kind: portal}]}
            """)
        #expect(plain.portals == pipeline.portals)
        #expect(plain.portals.cases.count == 3)
        #expect(plain.portals.cases.values.contains { $0.alarms > 0 && $0.alarms < $0.trials })
    }

    /// The same configuration twice: no discordant pass, a zero difference.
    @Test func configurationComparedWithItselfAgreesOnEveryPass() throws {
        let (scenario, tallies) = try Self.run("""
            screening:
              - {name: wtmd, kind: portal}
              - {name: pat-down, kind: manual-search, enters: on-alarm}
            configurations:
              - {name: a}
              - {name: b}
              - {name: sensitive, portal: {detector: {sensitivity: 70}}}
            """)
        let tables = ScreeningTables(scenario: scenario, tallies: tallies)
        for c in tables.caseKeys {
            let same = try #require(tables.paired(0, 1, c))
            #expect(same.discordant == 0 && same.difference == 0 && same.mcNemarP == 1)
            let (low, high) = same.interval()
            #expect(low <= 0 && high >= 0 && high - low < 0.01)
        }
        // A more sensitive portal, on the same people, only gains alarms: nobody it
        // misses is caught at sensitivity 50 (its noise is the same, its threshold lower).
        let sock = (object: "mini-phone-3310", location: "ankle-sock", isInnocent: false)
        let gain = try #require(tables.paired(0, 2, sock))
        #expect(gain.otherOnly > 100)
        let innocent = (object: "visitors", location: "-", isInnocent: true)
        let nuisance = try #require(tables.paired(0, 2, innocent))
        #expect(nuisance.baselineOnly == 0 && nuisance.otherOnly > 0)
        let csv = try tables.comparison().text
        #expect(csv.contains("a,b,mini-phone-3310,ankle-sock,0,1000,"))
    }

    /// Newcombe's interval: antisymmetric in the two configurations, and at large n the
    /// Wald interval of the paired difference.
    @Test func pairedIntervalIsSymmetricAndApproachesWald() {
        let p = PairedComparison(pairs: 200, both: 50, baselineOnly: 12, otherOnly: 30)
        let q = PairedComparison(pairs: 200, both: 50, baselineOnly: 30, otherOnly: 12)
        let (l, h) = p.interval(), (ql, qh) = q.interval()
        #expect(abs(l + qh) < 1e-12 && abs(h + ql) < 1e-12)
        #expect(l < p.difference && p.difference < h && l > 0)
        let n = 1_000_000.0, b = 120_000.0, c = 150_000.0
        let big = PairedComparison(pairs: Int(n), both: 300_000, baselineOnly: Int(b), otherOnly: Int(c))
        let wald = 1.959964 * ((b + c) / (n * n) - (c - b) * (c - b) / (n * n * n)).squareRoot()
        let (bl, bh) = big.interval()
        #expect(abs((bh - bl) / 2 - wald) / wald < 0.01)
        // The exact McNemar p-value of 12 against 30: 2 P(X ≤ 12), X ~ Bin(42, ½).
        #expect(abs(p.mcNemarP - 0.0079159) < 1e-6)
    }

    /// A threat carrier drawn from the population also carries its everyday metal: the
    /// person stream is shared, so the threat sits where a clean carrier's sits.
    @Test func populationCarriersAlarmMoreThanCleanTesters() throws {
        let clean = try EngineTests.scenario(Self.portal, trials: 1000)
        let withItems = try EngineTests.scenario(Self.portal.replacingOccurrences(of: "locations: [ankle-sock, chest-pocket]",
                                                                                   with: "locations: [ankle-sock, chest-pocket]\n  carrier: population"),
                                                 trials: 1000)
        #expect(withItems.threats?.carrier == .population)
        let key = CaseKey(configuration: "t", object: "mini-phone-3310", location: "ankle-sock", isInnocent: false)
        let a = try #require(try Engine(scenario: clean, threads: 2).run(threads: 2).cases[key])
        let b = try #require(try Engine(scenario: withItems, threads: 2).run(threads: 2).cases[key])
        #expect(b.alarms > a.alarms)
    }
}
