import Foundation
import Testing

/// Scenario values the audit found silently misread are refused by `run` with exit 2,
/// the message naming file:line and key, and nothing written.
@Suite struct InputHardeningCommandTests {
    static let base = """
        name: hardening
        seed: 3
        trials: 10
        portal:
          class: cw-multi-zone
          detector: {sensitivity: 50, reference_threshold: 10 uV}
        threats:
          objects: [smartphone]
          locations: [groin]
        """

    func run(_ scenario: String) throws -> (CommandResult, written: Bool) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.yaml").path
        try scenario.write(toFile: path, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try PortalSimBinary.run(["run", path, "--output", out.path])
        return (result, FileManager.default.fileExists(atPath: out.path))
    }

    @Test func octalLookingSensitivityExits2() throws {
        let (result, written) = try run(Self.base.replacingOccurrences(of: "sensitivity: 50", with: "sensitivity: 050"))
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("s.yaml:6:27: portal.detector.sensitivity: write 50, not 050"), "\(result.stderr)")
        #expect(!written)
    }

    @Test func knobOverAThresholdExits2() throws {
        let (result, written) = try run(Self.base.replacingOccurrences(of: "sensitivity: 50, reference_threshold", with: "threshold")
            + "\nconfigurations:\n  - {name: baseline}\n  - {name: turned-up, portal: {detector: {sensitivity: 65}}}\n")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("configurations[1].portal.detector.sensitivity: sets the sensitivity knob"), "\(result.stderr)")
        #expect(!written)
    }

    /// The repro: weight 1e308 ran to pd 0 of 20, exit 0.
    @Test func absurdCoilWeightExits2() throws {
        let coil = """
              class: cw-multi-zone
              transmitter:
                - {shape: rectangle, width: 50 cm, height: 1.9 m, center: [-43 cm, 0 m, 1 m], normal: x, turns: 30, weight: 1e308}
            """
        let (result, written) = try run(Self.base.replacingOccurrences(of: "  class: cw-multi-zone", with: coil))
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("portal.transmitter[0].weight: must be between -100 and 100, got 1e308"), "\(result.stderr)")
        #expect(!written)
    }

    @Test func formulaLikeNameExits2() throws {
        let (result, written) = try run(Self.base.replacingOccurrences(of: "name: hardening", with: "name: \"=HYPERLINK(1)\""))
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("s.yaml:1:7: name: a name must start with a letter or a digit"), "\(result.stderr)")
        #expect(!written)
    }
}
