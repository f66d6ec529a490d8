import Foundation
import Testing
@testable import PortalSimulation

/// A traced pass is the pass the run made.
struct EngineTraceTests {
    @Test func tracedPassesMatchTheRecordedOnes() throws {
        let run = try ScenarioFile.decode(YAMLDocument(text: """
            name: t
            seed: 3
            trials: 502
            portal:
              class: cw-multi-zone
              detector: {mode: cw, frequencies: [5 kHz], sensitivity: 60, reference_threshold: 10 uV, noise: 200 nV}
            population:
              items: [{object: belt-buckle, location: waistband-front, probability: 50 %}]
            threats:
              objects: [mini-phone-3310]
              locations: [shoe]
            """, file: "t.yaml")).runScenario()
        let engine = Engine(scenario: run, threads: 2)
        let recorded = try engine.runRecording(threads: 2, recordPasses: true).passes
        let threat = try engine.caseIndex(object: "mini-phone-3310", location: "shoe")
        let innocent = try engine.caseIndex(object: "visitors", location: "-")
        // The first pass, one in the middle of a block, the last of block 0, the first of block 1.
        for (caseIndex, pass) in [(threat, 0), (threat, 137), (threat, 499), (threat, 501), (innocent, 500)] {
            let trace = try engine.trace(caseIndex: caseIndex, pass: pass)
            let record = try #require(recorded.first { $0.key == engine.cases[caseIndex].key(configuration: "t") && $0.pass == pass })
            #expect(trace.peakOverThreshold == record.peakOverThreshold, "\(record.key) pass \(pass)")
            #expect(trace.speedMPerS == record.speedMPerS && trace.alarmed == record.alarmed && trace.loudestZone == record.loudestZone)
            // The lanes give the same peak as the pass's own loop.
            #expect(trace.noisyV.map(abs).max()! / trace.thresholdV == trace.peakOverThreshold)
            #expect(trace.signalV.count == trace.samples * trace.zones * trace.channels && trace.noisyV.count == trace.signalV.count)
        }
        #expect(throws: TraceError.negativePass(-1)) { try engine.trace(caseIndex: threat, pass: -1) }
        #expect(throws: TraceError.self) { try engine.caseIndex(object: "mini-phone-3310", location: "groin") }
    }

    /// trace.csv: a row per sample, channel and zone, the zone fastest.
    @Test func traceTableLayout() throws {
        let trace = PassTrace(key: CaseKey(configuration: "c", object: "o", location: "l", isInnocent: false), pass: 0,
                              female: true, speedMPerS: 1, lateralOffsetM: 0, objectHeightM: 1, sampleRateHz: 100,
                              walkHalfLengthM: 0.9, zones: 2, channels: 2, samples: 2,
                              signalV: [1, 2, 3, 4, 5, 6, 7, 8], noisyV: [1.5, 2, 3, 4, 5, 6, 7, 8.5], thresholdV: 10, zoneThresholdsV: [10, 10],
                              alarmed: false, loudestZone: 2, peakOverThreshold: 0.85)
        let table = try TraceTable.make(trace)
        #expect(table.text == """
            time_s,position_m,zone,channel,signal_v,noisy_v,threshold_v
            0,-0.9,1,1,1,1.5,10
            0,-0.9,2,1,2,2,10
            0,-0.9,1,2,3,3,10
            0,-0.9,2,2,4,4,10
            0.01,-0.89,1,1,5,5,10
            0.01,-0.89,2,1,6,6,10
            0.01,-0.89,1,2,7,7,10
            0.01,-0.89,2,2,8,8.5,10

            """)
    }
}
