import Foundation
import Testing
@testable import PortalSimulation

/// A detector whose `threshold` is given directly has no sensitivity knob: a
/// sensitivity laid over it (a configuration's, a sweep's) used to run byte-identical
/// to the baseline, exit 0. It is refused where it is written, as `qualify
/// --sensitivity` refuses it.
struct ThresholdKnobTests {
    static let portal = """
        name: t
        trials: 10
        portal:
          class: cw-multi-zone
          detector: {threshold: 10 uV}
        threats:
          objects: [mini-phone-3310]
          locations: [groin]
        """

    func problems(_ text: String) -> [String] {
        diagnostics { () throws(InputErrors) in _ = try ScenarioFile.decode(YAMLDocument(text: text, file: "t.yaml")) }
    }

    @Test func aConfigurationTurningTheKnobOverAThresholdIsRefused() {
        let text = Self.portal + """

            configurations:
              - {name: baseline}
              - {name: sensitive, portal: {detector: {sensitivity: 65}}}
            """
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("t.yaml:11:56: configurations[1].portal.detector.sensitivity: sets the sensitivity knob, "
            + "but the detector gives its threshold directly (line 5); remove 'threshold' to use the knob") == true, "\(found)")
    }

    @Test func aSweepOverSensitivityOverAThresholdIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("knob-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try (Self.portal + "\nsweep:\n  sensitivity: [30, 50, 70]\n").write(toFile: path, atomically: true, encoding: .utf8)
        let found = diagnostics { () throws(InputErrors) in _ = try SweepPlan.load(path: path) }
        #expect(found == ["\(path):10:16: sweep.sensitivity: sweeps the sensitivity knob, but the portal's detector gives its "
            + "threshold directly (line 5); remove 'threshold' to use the knob"], "\(found)")
    }

    @Test func eitherAloneIsAccepted() throws {
        #expect(problems(Self.portal).isEmpty)
        #expect(problems(Self.portal.replacingOccurrences(of: "threshold: 10 uV", with: "sensitivity: 65")).isEmpty)
        let both = Self.portal.replacingOccurrences(of: "threshold: 10 uV", with: "threshold: 10 uV, sensitivity: 65")
        #expect(problems(both).first?.contains("portal.detector.sensitivity: sets the sensitivity knob") == true)
    }
}
