import PortalPhysics
import Testing
@testable import PortalSimulation

/// The engine hook of `worst-case`: a threat case's walker and attitude fixed for every pass.
struct PlacementOverrideTests {
    /// Visitors with their everyday metal carry a phone past a portal and a pat-down.
    static let scenario = """
        portal:
          class: cw-multi-zone
          detector: {mode: cw, frequencies: [5 kHz], sensitivity: 50, reference_threshold: 10 uV, noise: 50 nV,
                     sample_rate: 100 Hz, filter: {low: 0.3 Hz, high: 10 Hz}}
        screening:
          - {name: wtmd, kind: portal, time: 6 s}
          - {name: pat-down, kind: manual-search, enters: on-alarm, time: 2 min}
        population:
          items:
            - {object: belt-buckle, location: waistband-front, probability: 30 %}
            - {object: jeans, location: groin, probability: 40 %}
        threats:
          objects: [mini-phone-3310]
          locations: [waistband-front, ankle-sock]
          attitude: typical
          carrier: population
        """

    /// An override equal to what the sampler draws for a pass changes nothing of that
    /// pass (the other draws keep their order); one that differs changes its signal.
    @Test func overrideEqualToTheDrawChangesNothing() throws {
        for seed in [1, 2, 3] {
            let run = try ScenarioFile.decode(YAMLDocument(text: "name: t\nseed: \(seed)\ntrials: 1\n" + Self.scenario, file: "t.yaml")).runScenario()
            let engine = Engine(scenario: run, threads: 1)
            let plain = try engine.runRecording(threads: 1, recordPasses: true)
            for (c, runCase) in engine.cases.enumerated() {
                guard case .threat(_, let location, let attitude) = runCase.content else { continue }
                let random = RandomStream()
                random.reseed(seed: run.seed, caseID: runCase.identity, pass: 0, stream: 0)
                let sampler = engine.sampler(for: runCase)
                let walker = sampler.walker(random)
                let drawn = sampler.placement(at: location, for: walker, attitude: attitude, random)
                let same = PlacementOverride(attitude: drawn.attitude, lateralOffsetM: walker.lateralOffsetM, speedMPerS: walker.speedMPerS)
                let placed = try engine.placing(same, inCase: c).runRecording(threads: 1, recordPasses: true)
                #expect(placed.tallies == plain.tallies)
                #expect(placed.passes.map(\.peakOverThreshold) == plain.passes.map(\.peakOverThreshold))
                #expect(placed.passes.map(\.speedMPerS) == plain.passes.map(\.speedMPerS))

                var other = same
                other.lateralOffsetM = walker.lateralOffsetM > 0 ? walker.lateralOffsetM - 0.1 : walker.lateralOffsetM + 0.1
                let moved = try engine.placing(other, inCase: c).runRecording(threads: 1, recordPasses: true)
                let mine = { (passes: [PassRecord]) in passes.filter { $0.key.object == runCase.object && $0.key.location == runCase.location } }
                #expect(mine(moved.passes).map(\.peakOverThreshold) != mine(plain.passes).map(\.peakOverThreshold))
                #expect(mine(moved.passes).allSatisfy { $0.lateralOffsetM == other.lateralOffsetM })
            }
        }
    }

}
