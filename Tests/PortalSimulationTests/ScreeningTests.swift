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
        #expect(gain.baselineOnly == 0 && gain.otherOnly > 30)
        let innocent = (object: "visitors", location: "-", isInnocent: true)
        let nuisance = try #require(tables.paired(0, 2, innocent))
        #expect(nuisance.baselineOnly == 0 && nuisance.otherOnly > 0)
        let csv = try tables.comparison().text
        #expect(csv.contains("a,b,mini-phone-3310,ankle-sock,0,1000,"))
    }

    /// A stage put in front of the pat-down that never alarms changes nobody's outcome:
    /// the pat-down's stream is named by its kind and rank, not its place, so it makes
    /// the same decisions for the same person in both configurations.
    @Test func aSilentStageInBetweenChangesNothing() throws {
        let (scenario, tallies) = try Self.run("""
            configurations:
              - name: plain
                screening:
                  - {name: wtmd, kind: portal}
                  - {name: pat-down, kind: manual-search, enters: on-alarm}
              - name: with-pillars
                screening:
                  - {name: wtmd, kind: portal}
                  - {name: pillars, kind: ferromagnetic, threshold: 1 mT}
                  - {name: search, kind: manual-search, enters: on-alarm}
            """)
        let tables = ScreeningTables(scenario: scenario, tallies: tallies)
        for c in tables.caseKeys {
            let pair = try #require(tables.paired(0, 1, c))
            #expect(pair.discordant == 0, "\(c)")
        }
        let sock = try #require(tallies.screening[CaseKey(configuration: "with-pillars", object: "mini-phone-3310", location: "ankle-sock", isInnocent: false)])
        #expect(sock.detected > 0 && sock.detected < sock.trials && sock.stages[1].alarms == 0)
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

/// Queues in front of stages: the waiting-time formula against its exact cases.
struct StageQueueTests {
    /// One unit: the exact M/D/1 wait ρt / (2(1 − ρ)); Erlang's C for two units at one
    /// erlang is 1/3; a saturated stage has no mean wait.
    @Test func waitsMatchTheExactCases() throws {
        let md1 = try #require(StageQueue.meanWaitS(arrivalsPerSecond: 1.0 / 60, seconds: 30, units: 1))
        #expect(abs(md1 - 0.5 * 30 / (2 * 0.5)) < 1e-12)
        #expect(abs(StageQueue.erlangC(units: 1, load: 0.7) - 0.7) < 1e-12)
        #expect(abs(StageQueue.erlangC(units: 2, load: 1) - 1.0 / 3) < 1e-12)
        #expect(StageQueue.meanWaitS(arrivalsPerSecond: 1.0 / 30, seconds: 30, units: 1) == nil)
        #expect(StageQueue.meanWaitS(arrivalsPerSecond: 0, seconds: 30, units: 1) == 0)
        // Two units halve the load per unit and wait far less than one at the same load.
        // Two units at 0.75 erlang wait far less than one unit at 0.75 erlang each.
        let two = try #require(StageQueue.meanWaitS(arrivalsPerSecond: 1.5 / 60, seconds: 30, units: 2))
        let one = try #require(StageQueue.meanWaitS(arrivalsPerSecond: 1.5 / 60, seconds: 30, units: 1))
        #expect(two > 0 && two < 0.2 * one)
    }

    /// A configuration's queueing: the busiest stage's utilisation and the waits
    /// weighted by who enters each stage.
    @Test func pipelineWaitsAreWeightedByEntry() throws {
        let configuration = ScreeningConfiguration(name: "c", stages: [
            ScreeningStage(name: "wtmd", kind: ParametricSearch.standard(.manualSearch), entry: .everyone, secondsPerPerson: 6, staff: 1, units: 1),
            ScreeningStage(name: "pat", kind: ParametricSearch.standard(.manualSearch), entry: .onAnyAlarm, secondsPerPerson: 120, staff: 1, units: 1),
        ])
        var tally = ScreeningTally(stagePortalZones: [nil, nil], configurations: 1)
        tally.trials = 100
        tally.stages[0].entered = 100
        tally.stages[1].entered = 20
        let summary = ConfigurationSummary(configuration: configuration, innocent: tally)
        #expect(abs((summary.personsPerHour ?? 0) - 150) < 1e-9)      // 0.2 × 120 s = 24 s per person
        let (utilisation, wait) = summary.queueing(arrivalsPerHour: 90)
        #expect(abs(utilisation - 0.6) < 1e-12)
        let first = 0.5 * (90.0 / 3600 * 6) * 6 / (1 - 90.0 / 3600 * 6)
        let second = 0.5 * 0.6 * 120 / (1 - 0.6)
        #expect(abs((try #require(wait)) - (first + 0.2 * second) / 60) < 1e-12)
        #expect(summary.queueing(arrivalsPerHour: 200).waitMinutes == nil)
    }
}
