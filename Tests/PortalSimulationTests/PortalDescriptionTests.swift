import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// The `portal:` section: built-in classes with overrides, coils written out, and
/// every mistake reported at its line and column.
struct PortalDescriptionTests {
    func decode(_ text: String) throws(InputErrors) -> Portal {
        try ScenarioFile.decode(YAMLDocument(text: text, file: "p.yaml")).requirePortal()
    }

    func problems(_ text: String) -> [String] {
        diagnostics { () throws(InputErrors) in _ = try decode(text) }
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func bundledScenariosDecode() throws {
        let example = try ScenarioFile.load(path: Self.repositoryRoot.appendingPathComponent("scenarios/example-portal.yaml").path).requirePortal()
        #expect(example.zones.count == 6)
        #expect(example.detector == .continuousWave(frequenciesHz: [5000]))
        #expect(example.aperture == Aperture(widthM: 0.76, heightM: 2.03, panelDepthM: 0.55))

        let custom = try ScenarioFile.load(path: Self.repositoryRoot.appendingPathComponent("scenarios/portal-custom-coils.yaml").path).requirePortal()
        #expect(custom.transmitter.coils.count == 2)
        #expect(custom.zones.map(\.name) == ["low", "high"])
        #expect(custom.zones[0].coils.map(\.weight) == [1, -1])
        #expect(custom.detector == .continuousWave(frequenciesHz: [2000, 8000, 20000]))
        // A gradiometer zone does not see a uniform field: far from the portal its
        // reciprocal field is that of two opposed dipoles, much weaker than one's.
        let far = Vector3(0, 30, 1)
        let single = custom.zones[0].coils[0].coil.fieldPerAmpere(at: far).norm
        #expect(custom.zones[0].fieldPerAmpere(at: far).norm < 0.1 * single)
    }

    @Test func classDefaultsAndOverrides() throws {
        let portal = try decode("""
            portal:
              class: pi-multi-zone
              transmitter_current: 1500 mA
              detector: {mode: pi, gate_start: 15 us, gate_end: 60 us, pulse_rate: 400 Hz}
            """)
        #expect(portal.zones.count == 8)
        #expect(portal.transmitterCurrentA == 1.5)
        #expect(portal.detector == .pulseInduction(gate: PulseGate(startS: 15e-6, endS: 60e-6), pulseRateHz: 400))
    }

    /// A rectangle given in the file is the same coil as the built-in panel coil.
    @Test func explicitCoilMatchesTheBuiltInOne() throws {
        let portal = try decode("""
            portal:
              class: cw-single-zone
              transmitter:
                - {shape: rectangle, width: 50 cm, height: 1.9 m, center: [-43 cm, 0 m, 1 m], normal: x, turns: 30}
            """)
        let builtIn = PortalClass.cwSingleZone.portal
        for p in [Vector3(0, 0, 1), Vector3(0.2, 0.3, 0.4), Vector3(-0.43, 0.25, 1.95)] {
            let a = portal.transmitFieldPerAmpere(at: p), b = builtIn.transmitFieldPerAmpere(at: p)
            #expect((a - b).norm <= 1e-12 * b.norm)
        }
    }

    @Test func eachMistakeAtItsLineAndColumn() {
        let found = problems("""
            portal:
              clas: cw-multi-zone
              transmitter_current: 0.5
              detector:
                mode: cw
                frequencies: [5 kHz, -3 kHz]
                gate_end: 40 us
              zones:
                - name: one
                  coils:
                    - {shape: circle, radius: 20 cm, center: [0.4 m, 0 m], normal: w, turns: 0}
            """)
        #expect(found == [
            "p.yaml:2:3: portal.clas: unknown key 'clas'; did you mean 'class'? (expected one of: class, aperture, transmitter_current, detector, transmitter, zones, zone_count)",
            "p.yaml:3:24: portal.transmitter_current: missing unit: write e.g. \"0.5 A\"",
            "p.yaml:6:26: portal.detector.frequencies[1]: must be between 10 Hz and 1 MHz, got -3 kHz",
            "p.yaml:7:15: portal.detector.gate_end: 'gate_end' applies to mode pi, not cw",
            "p.yaml:11:50: portal.zones[0].coils[0].center: expected [x, y, z] with units, got 2 values",
            "p.yaml:11:72: portal.zones[0].coils[0].normal: unknown value 'w' (expected one of: x, -x, y, -y, z, -z)",
            "p.yaml:11:82: portal.zones[0].coils[0].turns: must be > 0 and <= 100000, got 0",
        ])
    }

    @Test func polygonAndShapeSpecificKeys() {
        let found = problems("""
            portal:
              transmitter:
                - shape: polygon
                  vertices: [[0 m, 0 m, 0 m], [1 m, 0 m, 0 m]]
                  center: [0 m, 0 m, 0 m]
                - shape: rectangle
                  width: 10 cm
                  radius: 3 cm
            """)
        #expect(found.count == 6)
        #expect(found.contains("p.yaml:4:17: portal.transmitter[0].vertices: a polygon needs at least 3 vertices, got 2"))
        #expect(found.contains("p.yaml:5:15: portal.transmitter[0].center: a polygon's vertices are in the portal frame; remove 'center'"))
        #expect(found.contains { $0.hasPrefix("p.yaml:8:15: portal.transmitter[1].radius: 'radius' applies to shape circle") })
        for key in ["height", "center", "normal"] {
            #expect(found.contains("p.yaml:6:7: portal.transmitter[1]: missing required key '\(key)'"))
        }
    }

    @Test func detectorSettingsAndOutput() throws {
        let file = try ScenarioFile.decode(YAMLDocument(text: """
            trials: 10
            portal:
              detector: {mode: cw, frequencies: [5 kHz], sensitivity: 75, reference_threshold: 10 uV, noise: 20 nV,
                         sample_rate: 200 Hz, filter: {low: 0.5 Hz, high: 20 Hz}, demodulation_phase: 45 deg}
            output: {folder: out/x, passes: true}
            """, file: "p.yaml"))
        let s = file.detector
        #expect(s.sensitivity == 75 && s.noiseV == 2e-8 && s.sampleRateHz == 200)
        #expect(s.filter == .bandPass(lowHz: 0.5, highHz: 20))
        #expect(abs(s.demodulationPhaseRad - Double.pi / 4) < 1e-15)
        // Sensitivity 75 is a decade below sensitivity 50.
        #expect(abs(s.thresholdV - 1e-6) < 1e-18)
        #expect(file.outputFolder == "out/x" && file.writePasses)
    }

    @Test func filterMustFitTheSampleRate() {
        let found = problems("""
            portal:
              detector: {mode: cw, frequencies: [5 kHz], sample_rate: 30 Hz, filter: {low: 0.3 Hz, high: 20 Hz}}
            """)
        #expect(found == ["p.yaml:2:74: portal.detector.filter: the filter's upper corner must be below half the sample rate (15 Hz)"])
    }
}
