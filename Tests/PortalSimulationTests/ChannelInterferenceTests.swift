import Foundation
import Testing
@testable import PortalSimulation

/// Mains, drift and bursts: each raises a clean tester's false-alarm rate, a zero
/// amplitude is the run without it to the bit, and the run stays deterministic.
struct ChannelInterferenceTests {
    /// A clean tester through a 5.003 kHz portal (the carrier 3 Hz off the 100th mains
    /// harmonic, so that the nearest harmonic beats inside the band), filtered noise.
    static func run(_ extra: String, threads: Int = 2, trials: Int = 2000) throws -> (alarms: Int, peaks: [Double]) {
        let run = try ScenarioFile.decode(YAMLDocument(text: """
            name: t
            seed: 9
            trials: \(trials)
            portal:
              class: cw-multi-zone
              detector: {mode: cw, frequencies: [5003 Hz], threshold: 4 uV, noise: 1 uV\(extra)}
            """, file: "t.yaml")).runScenario()
        let (tallies, passes) = try Engine(scenario: run, threads: threads).runRecording(threads: threads, recordPasses: true)
        let tally = try #require(tallies.portals.cases.values.first)
        return (tally.alarms, passes.map(\.peakOverThreshold))
    }

    @Test func eachInterferenceRaisesTheFalseAlarmRate() throws {
        let base = try Self.run("").alarms
        #expect(base < 200, "\(base) of 2000 without interference")
        for extra in [", mains: {amplitude: 1.5 uV}", ", drift: 3 uV/s", ", bursts: {rate: 1 Hz, amplitude: 8 uV, duration: 60 ms}"] {
            let alarms = try Self.run(extra).alarms
            #expect(alarms > base + 100, "\(extra): \(alarms) against \(base)")
        }
    }

    /// A mains harmonic exactly on the carrier beats to 0 Hz, which the high-pass
    /// removes; the ±50 Hz neighbours are above half the sample rate: no effect beyond noise.
    @Test func mainsOnAMultipleOfTheCarrierDoesNotPass() throws {
        let beats = ChannelState.mainsBeats(.init(frequencyHz: 50, amplitudeV: 1e-6, harmonics: 3),
                                            detector: .continuousWave(frequenciesHz: [5000, 5003]), sampleRateHz: 100)
        let onCarrier: [Double] = beats[0].map { $0 / (2 * Double.pi) }
        #expect(onCarrier == [0])
        let offCarrier: [Double] = beats[1].map { ($0 / (2 * Double.pi) * 1000).rounded() / 1000 }
        // Orders 100, 101, 99 (3 nearest): beats −3, +47, −53 Hz; −53 is above f_s/2.
        #expect(offCarrier == [-3, 47])
    }

    @Test func zeroAmplitudeIsTheRunWithout() throws {
        let base = try Self.run("", trials: 600).peaks
        for extra in [", mains: {amplitude: 0 uV, harmonics: 3}", ", drift: 0 uV/s",
                      ", bursts: {rate: 2 Hz, amplitude: 0 uV}", ", bursts: {rate: 0 Hz, amplitude: 5 uV}"] {
            #expect(try Self.run(extra, trials: 600).peaks == base, "\(extra)")
        }
    }

    @Test func interferenceIsDeterministicAcrossThreads() throws {
        let all = ", mains: {frequency: 50 Hz, amplitude: 1 uV, harmonics: 2}, drift: 1 uV/s, bursts: {rate: 1 Hz, amplitude: 5 uV, duration: 30 ms}"
        let one = try Self.run(all, threads: 1, trials: 700), two = try Self.run(all, threads: 2, trials: 700)
        #expect(one.peaks == two.peaks && one.alarms == two.alarms)
    }

    @Test func badInterferenceKeysAreReported() {
        func problems(_ detector: String) -> [String] {
            diagnostics { () throws(InputErrors) in
                _ = try ScenarioFile.decode(YAMLDocument(text: "portal:\n  detector: \(detector)\n", file: "p.yaml")).requirePortal()
            }
        }
        let mains = problems("{mains: {frequency: 400 Hz, amplitude: 1 uV}}").first ?? ""
        #expect(mains.hasPrefix("p.yaml:2:") && mains.contains(": portal.detector.mains.frequency: "), "\(mains)")
        #expect(problems("{mains: {harmonics: 2}}").first?.contains("missing required key 'amplitude'") == true)
        let drift = problems("{drift: 3 uV}").first ?? ""
        #expect(drift.hasPrefix("p.yaml:2:") && drift.contains(": portal.detector.drift: "), "\(drift)")
        #expect(problems("{bursts: {rate: 1 Hz, amplitude: 2 uV, duration: 0 s}}").first?.contains("portal.detector.bursts.duration") == true)
        #expect(problems("{noise_model: correlated}").first?.contains("expected one of: filtered, white-after-filter") == true)
    }
}
