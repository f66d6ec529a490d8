import Testing
@testable import PortalSimulation

/// Every dimensional key has a physical range: absurd magnitudes, which overflowed to
/// non-finite signals (a run then counted "not detected", exit 0) or hung the coil
/// integrals, are refused at decode time naming the key.
struct PhysicalRangeTests {
    func problems(_ text: String) -> [String] {
        diagnostics { () throws(InputErrors) in _ = try ScenarioFile.decode(YAMLDocument(text: text, file: "r.yaml")) }
    }

    func firstProblem(_ text: String) -> String { problems(text).first ?? "accepted" }

    static func transmitter(_ extra: String, center: String = "[-43 cm, 0 m, 1 m]") -> String {
        """
        portal:
          class: cw-multi-zone
          transmitter:
            - {shape: rectangle, width: 50 cm, height: 1.9 m, center: \(center), normal: x, turns: 30\(extra)}
        """
    }

    @Test func coilsAreBounded() {
        #expect(firstProblem(Self.transmitter(", weight: 1e308")) == "r.yaml:4:113: portal.transmitter[0].weight: must be between -100 and 100, got 1e308")
        #expect(firstProblem(Self.transmitter("").replacingOccurrences(of: "turns: 30", with: "turns: 1e200"))
            .contains("portal.transmitter[0].turns: must be > 0 and <= 100000, got 1e200"))
        #expect(firstProblem(Self.transmitter("", center: "[43 cm, 0 m, -1e308 m]"))
            .contains("portal.transmitter[0].center[2]: must be between -10 m and 10 m, got -1e308 m"))
        #expect(firstProblem(Self.transmitter("", center: "[43 cm, 0 m, 2 km]")).contains("center[2]: must be between -10 m and 10 m"))
        #expect(problems(Self.transmitter(", weight: -1")).isEmpty)
    }

    @Test func detectorKeysAreBounded() {
        #expect(firstProblem("portal: {detector: {demodulation_phase: 1e9 deg}}")
            == "r.yaml:1:41: portal.detector.demodulation_phase: must be between -360 deg and 360 deg, got 1e9 deg")
        #expect(problems("portal: {detector: {demodulation_phase: -360 deg}}").isEmpty)
        #expect(firstProblem("portal: {detector: {frequencies: [9.2e21 Hz]}}")
            .contains("portal.detector.frequencies[0]: must be between 10 Hz and 1 MHz, got 9.2e21 Hz"))
        #expect(firstProblem("portal: {class: pi-multi-zone, detector: {mode: pi, gate_start: 10 us, gate_end: 1e14 s}}")
            .contains("portal.detector.gate_end: must be > 0 s and <= 100 ms, got 1e14 s"))
        #expect(firstProblem("portal: {detector: {threshold: 1e30 V}}").contains("portal.detector.threshold: must be > 0 V and <= 1 V"))
        #expect(firstProblem("portal: {transmitter_current: 1e9 A}").contains("transmitter_current: must be > 0 A and <= 100 A"))
    }

    @Test func objectPartsAreBounded() {
        func part(_ fields: String) -> String {
            "objects:\n  thing:\n    parts:\n      - {name: p, \(fields)}"
        }
        #expect(firstProblem(part("shape: sphere, radius: 1e300 m, material: steel"))
            .contains("objects.thing.parts[0].radius: must be between 10 nm and 5 m, got 1e300 m"))
        #expect(firstProblem(part("shape: ellipsoid, semi_axes: [1e-300 m, 1 mm, 1 mm], material: steel"))
            .contains("objects.thing.parts[0].semi_axes[0]: must be between 10 nm and 5 m, got 1e-300 m"))
        #expect(firstProblem(part("shape: ellipsoid, semi_axes: [-1 mm, 1 mm, 1 mm], material: steel"))
            .contains("semi_axes[0]: must be between 10 nm and 5 m"))
        #expect(firstProblem(part("shape: sphere, radius: 5 mm, conductivity: 1e20 S/m"))
            .contains("parts[0].conductivity: must be between 1 S/m and 100 MS/m"))
        #expect(firstProblem(part("shape: sphere, radius: 5 mm, conductivity: 5 MS/m, mur: 1e300"))
            .contains("parts[0].mur: must be between 1 and 1000000"))
        #expect(problems(part("shape: plate, length: 30 mm, width: 18 mm, thickness: 12 um, material: aluminium")).isEmpty)
    }

    @Test func confidenceAndTheDimensionDefaults() {
        #expect(firstProblem("expect:\n  - {metric: detection, object: keys, at_least: 50 %, confidence: 1e-7 %}")
            .contains("expect[0].confidence: must be between 0.5 and 0.999999, got 1e-7 %"))
        // A key with no range of its own still meets its dimension's.
        #expect(firstProblem("population: {walking_speed: {mean: 1e300 m/s}}").contains("must be between 0.1 m/s and 5 m/s"))
        // A walk, not a creep: 1e-300 m/s would make a pass of more samples than an Int holds.
        #expect(firstProblem("population: {walking_speed: {min: 1e-300 m/s}}").contains("walking_speed.min: must be between 0.1 m/s and 5 m/s"))
        #expect(firstProblem("population: {walking_speed: {sd: 0 m/s}}") == "accepted")
        #expect(AllowedRange.positive.intersected(with: .within(0...1)).requirement() == "> 0 and <= 1")
        #expect(AllowedRange.within(2...3).intersected(with: .within(0...10)).requirement() == "between 2 and 3")
    }
}
