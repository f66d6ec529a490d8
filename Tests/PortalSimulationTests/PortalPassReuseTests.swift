import Testing
@testable import PortalSimulation

/// One simulated portal pass per person serves every configuration whose portal makes
/// the same passes: it changes no number, and it happens where it should.
struct PortalPassReuseTests {
    /// Three configurations on one portal (one more sensitive, one with a second stage),
    /// a pulse portal and a second portal stage on another stream.
    static let body = """
        portals:
          pulse:
            class: pi-multi-zone
            detector: {mode: pi, gate_start: 10 us, gate_end: 60 us, pulse_rate: 100 Hz, sensitivity: 50, reference_threshold: 10 uV}
        screening:
          - {name: wtmd, kind: portal}
          - {name: pat-down, kind: manual-search, enters: on-alarm}
        configurations:
          - {name: today}
          - {name: sensitive, portal: {detector: {sensitivity: 65}}}
          - name: re-walk
            screening:
              - {name: wtmd, kind: portal}
              - {name: again, kind: portal, enters: on-alarm}
              - {name: pat-down, kind: manual-search, enters: {on_alarm: [again]}}
          - name: pulse
            screening:
              - {name: wtmd, kind: portal, portal: pulse}
              - {name: pat-down, kind: manual-search, enters: on-alarm}
        """

    @Test func portalsThatMakeTheSamePassShareAGroup() throws {
        let scenario = try EngineTests.scenario(ScreeningTests.portal + Self.body, trials: 500)
        let engine = Engine(scenario: scenario, threads: 2)
        // today, sensitive (another threshold), pulse: three compiled portals, two groups.
        #expect(engine.portals.count == 3)
        #expect(engine.passGroups == [0, 0, 2])
        #expect(engine.portals[0].thresholdV != engine.portals[1].thresholdV)
    }

    /// Tallies, per configuration and case, and every recorded pass are the same with
    /// the passes reused and with every pass simulated afresh.
    @Test func reuseChangesNoNumber() throws {
        let scenario = try EngineTests.scenario(ScreeningTests.portal + Self.body, trials: 1500)
        let reused = try Engine(scenario: scenario, threads: 2).runRecording(threads: 2, recordPasses: true)
        let fresh = try Engine(scenario: scenario, threads: 2, reusesPortalPasses: false).runRecording(threads: 2, recordPasses: true)
        #expect(reused.tallies == fresh.tallies)
        #expect(reused.passes.count == fresh.passes.count)
        #expect(zip(reused.passes, fresh.passes).allSatisfy {
            $0.key == $1.key && $0.pass == $1.pass && $0.alarmed == $1.alarmed
                && $0.loudestZone == $1.loudestZone && $0.peakOverThreshold == $1.peakOverThreshold
        })
        // Not vacuous: the sensitive portal alarms more than today's on the same people,
        // and the second walk through the same portal is not a copy of the first.
        let innocent = { (c: String) in CaseKey(configuration: c, object: "visitors", location: "-", isInnocent: true) }
        let today = try #require(reused.tallies[innocent("today")]), sensitive = try #require(reused.tallies[innocent("sensitive")])
        #expect(sensitive.stages[0].alarms > today.stages[0].alarms)
        let rewalk = try #require(reused.tallies[innocent("re-walk")])
        #expect(rewalk.stages[0].alarms == today.stages[0].alarms)
        // The second walk draws its own noise: its peaks are not the first walk's.
        let first = Dictionary(reused.passes.filter { $0.key.configuration == "re-walk/wtmd" }.map { ("\($0.key.object)@\($0.key.location)@\($0.pass)", $0.peakOverThreshold) },
                               uniquingKeysWith: { a, _ in a })
        let second = reused.passes.filter { $0.key.configuration == "re-walk/again" }
        #expect(!second.isEmpty)
        #expect(second.allSatisfy { first["\($0.key.object)@\($0.key.location)@\($0.pass)"] != $0.peakOverThreshold })
    }
}
