import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// The Monte Carlo engine against what can be known exactly.
struct EngineTests {
    static func scenario(_ body: String, trials: Int = 400) throws -> RunScenario {
        try ScenarioFile.decode(YAMLDocument(text: "name: t\nseed: 1\ntrials: \(trials)\n" + body, file: "t.yaml")).runScenario()
    }

    /// With no object and white noise of σ on every channel sample, a clean person
    /// alarms with probability 1 − (1 − 2Q(T/σ))^(samples × zones × channels), averaged
    /// over the walking speeds (samples depend on the speed). Here one channel (5 kHz) and
    /// one speed (sd 0), so the average is the value at 1.1 m/s.
    @Test func cleanTesterFalseAlarmRateMatchesTheGaussianTail() throws {
        let run = try Self.scenario("""
            portal:
              class: cw-multi-zone
              detector: {mode: cw, frequencies: [5 kHz], threshold: 4 uV, noise: 1 uV, filter: none, sample_rate: 100 Hz}
            population:
              walking_speed: {mean: 1.1 m/s, sd: 0 m/s, min: 0.5 m/s, max: 1.5 m/s}
            """, trials: 6000)
        let engine = Engine(scenario: run, threads: 2)
        let tally = try #require(try engine.run(threads: 2).cases.values.first)
        let samples = PassSimulator.sampleCount(halfLengthM: 0.9, speedMPerS: 1.1, sampleRateHz: 100)
        let perSample = erfc(4 / 2.0.squareRoot())          // 2Q(4) = P(|N(0,1)| > 4)
        let expected = 1 - pow(1 - perSample, Double(samples * 6))
        let (low, high) = tally.interval
        #expect(tally.trials == 6000)
        #expect(low <= expected && expected <= high, "expected \(expected), got [\(low), \(high)]")
        #expect(abs(expected - 0.0604) < 0.001)              // the case is not degenerate
    }

    /// A large aluminium sphere through the middle at high sensitivity: every pass alarms.
    @Test func largeSphereIsAlwaysDetected() throws {
        let run = try Self.scenario("""
            portal:
              class: cw-multi-zone
              detector: {mode: cw, frequencies: [5 kHz], sensitivity: 90, reference_threshold: 10 uV, noise: 50 nV}
            threats:
              objects: [sphere-aluminium-25.4mm]
              locations: [waistband-front, chest-pocket, ankle-sock]
            """)
        let tallies = try Engine(scenario: run, threads: 2).run(threads: 2)
        for key in tallies.sortedKeys where !key.isInnocent {
            let tally = try #require(tallies.cases[key])
            #expect(tally.alarms == tally.trials && tally.trials == 400, "\(key)")
        }
    }

    /// Pulse induction runs through the same engine, its channel the gate's mean voltage.
    @Test func pulsePortalSeesASmartphoneNotASim() throws {
        let run = try Self.scenario("""
            portal:
              class: pi-multi-zone
              detector: {mode: pi, gate_start: 20 us, gate_end: 120 us, threshold: 2 uV, noise: 50 nV}
            threats:
              objects: [smartphone, nano-sim]
              locations: [trouser-pocket-front]
            """, trials: 200)
        let tallies = try Engine(scenario: run, threads: 1).run(threads: 1)
        let phone = try #require(tallies.cases[CaseKey(configuration: "t", object: "smartphone", location: "trouser-pocket-front", isInnocent: false)])
        let sim = try #require(tallies.cases[CaseKey(configuration: "t", object: "nano-sim", location: "trouser-pocket-front", isInnocent: false)])
        #expect(phone.alarms == 200)
        #expect(sim.alarms == 0)
    }

    /// The same scenario and seed give the same tallies with 1 or 2 threads, and a
    /// 3-way sharded run merged gives them too.
    @Test func threadsAndShardsDoNotChangeTheResult() throws {
        let run = try Self.scenario("""
            portal:
              class: cw-multi-zone
              detector: {mode: cw, frequencies: [5 kHz], sensitivity: 50, reference_threshold: 10 uV, noise: 1 uV}
            population:
              items: [{object: belt-buckle, location: waistband-front, probability: 50 %}]
            threats:
              objects: [mini-phone-3310]
              locations: [ankle-sock, groin]
            """, trials: 1700)
        let engine = Engine(scenario: run, threads: 2)
        let one = try engine.run(threads: 1)
        let two = try engine.run(threads: 2)
        #expect(one == two)
        var merged = TallySet()
        for i in 0..<3 { try merged.merge(try engine.run(threads: 2, shard: ShardSpec(index: i, count: 3))) }
        #expect(merged == one)
        #expect(try ResultsTables.results(merged).text == ResultsTables.results(one).text)
    }

    /// --precision: every case stops once its interval is narrow enough (or at the cap),
    /// and the stopping points do not depend on the thread count.
    @Test func precisionRunsStopWhenTheIntervalIsNarrow() throws {
        let run = try Self.scenario("""
            portal:
              class: cw-multi-zone
              detector: {mode: cw, frequencies: [5 kHz], sensitivity: 50, reference_threshold: 10 uV, noise: 1 uV}
            threats:
              objects: [mini-phone-3310, smartphone]
              locations: [ankle-sock]
            """)
        let engine = Engine(scenario: run, threads: 2)
        let one = try engine.runUntilPrecise(halfWidth: 0.02, maxTrials: 20_000, threads: 1, roundBlocks: 2)
        let two = try engine.runUntilPrecise(halfWidth: 0.02, maxTrials: 20_000, threads: 2, roundBlocks: 2)
        #expect(one == two)
        for (key, tally) in one.portals.cases {
            let h = ClopperPearson.halfWidth(successes: tally.alarms, trials: tally.trials)
            #expect(h <= 0.02 || tally.trials == 20_000, "\(key)")
            // It stopped at the first round that was narrow enough.
            #expect(tally.trials <= 20_000)
        }
        // A certain detection narrows fastest: one round of two blocks suffices.
        let phone = try #require(one.portals.cases[CaseKey(configuration: "t", object: "smartphone", location: "ankle-sock", isInnocent: false)])
        #expect(phone.trials == 1000 && phone.alarms == 1000)
    }

    /// Streams are a function of (seed, case, pass, stream) alone, and different
    /// quadruples give different streams; their uniforms have the right mean and variance.
    @Test func randomStreamsAreReproducibleAndDistinct() throws {
        let a = RandomStream(), b = RandomStream()
        var seen = Set<Double>()
        for caseIndex in 0..<20 { for pass in 0..<50 {
            a.reseed(seed: 5, caseID: UInt64(caseIndex), pass: pass, stream: 3)
            seen.insert(a.uniform())
        } }
        #expect(seen.count == 1000)
        // Per-pass streams: the same (seed, case, pass, stream), the same draws; any change, new ones.
        a.reseed(seed: 5, caseID: RandomStream.identity("x"), pass: 12, stream: 0)
        b.reseed(seed: 5, caseID: RandomStream.identity("x"), pass: 12, stream: 0)
        #expect((0..<8).map { _ in a.uniform() } == (0..<8).map { _ in b.uniform() })
        seen.removeAll()
        for pass in 0..<200 { for stream: UInt64 in [0, 1] {
            a.reseed(seed: 5, caseID: RandomStream.identity("x"), pass: pass, stream: stream)
            seen.insert(a.uniform())
        } }
        #expect(seen.count == 400)
        #expect(RandomStream.identity("a") == 0xAF63_DC4C_8601_EC8C)   // FNV-1a's published value for "a"
        a.reseed(seed: 9, caseID: 0, pass: 0, stream: 0)
        let u = (0..<100_000).map { _ in a.uniform() }
        let mean = u.reduce(0, +) / 1e5
        let variance = u.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 1e5
        #expect(abs(mean - 0.5) < 0.005 && abs(variance - 1.0 / 12) < 0.002)
    }

    /// The grid the engine interpolates agrees with the exact fields where people walk.
    @Test func sensitivityGridMatchesExactFields() throws {
        let portal = PortalClass.cwMultiZone.portal
        let compiled = CompiledPortal(portal: portal, settings: .standard, threads: 2)
        var buffer = [Double](repeating: 0, count: portal.zones.count * 6)
        var worst = 0.0
        for p in [Vector3(0, 0, 1), Vector3(0.2, 0.31, 0.47), Vector3(-0.25, -0.6, 1.7), Vector3(0.1, 0.05, 0.12)] {
            buffer.withUnsafeMutableBufferPointer { compiled.grid.interpolate(at: p, into: $0) }
            for (z, exact) in portal.sensitivities(at: p).enumerated() {
                let c = exact.components
                let scale = exact.frobeniusNorm
                for k in 0..<6 { worst = max(worst, abs(buffer[z * 6 + k] - c[k]) / scale) }
            }
        }
        #expect(worst < 0.01, "\(worst)")
    }
}
