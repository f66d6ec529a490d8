import Foundation
import Testing

/// `portalsim qualify` and `portalsim calibrate` as a user runs them: the bundled
/// protocol, exit statuses, the CSV, thread-count independence and bad input.
@Suite struct QualifyCommandTests {
    static var bundled: String { PortalSimBinary.repositoryRoot.appendingPathComponent("scenarios/protocols/nij-steel-sphere.yaml").path }

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-qualify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// At its calibrated setting the bundled protocol passes (exit 0); one lower the
    /// ankles fail (exit 1). The CSV has exactly the documented columns.
    @Test func bundledProtocolPassesAtFiftyFiveAndFailsAtFiftyFour() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let pass = try PortalSimBinary.run(["qualify", Self.bundled, "--sensitivity", "55", "--output", out.appendingPathComponent("55").path])
        #expect(pass.status == 0, "\(pass.stderr)")
        #expect(pass.stdout.contains("sensitivity 55 (threshold 6.30957 µV)"))
        #expect(pass.stdout.contains("weakest: left-ankle, orientation y: min peak 6.38 µV = 1.01 × threshold 6.30957 µV"))
        #expect(pass.stdout.contains("verdict: PASS"))
        let (header, rows) = csvRows(try Self.read(out.appendingPathComponent("55/qualification.csv")))
        #expect(header == ["point", "orientation", "lateral_m", "height_m", "passes", "alarms", "pd", "min_peak_over_threshold", "passed"])
        #expect(rows.count == 27 && rows.allSatisfy { $0[4] == "10" && $0[5] == "10" && $0[6] == "1" && $0[8] == "1" })
        #expect(rows[0].prefix(4) == ["head", "x", "0", "1.7"] && rows[21].prefix(4) == ["left-ankle", "x", "-0.1", "0.1"])
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("55/run.json"))) as? [String: Any]
        #expect(record?["seed"] as? Int == 20250520 && (record?["scenarioHash"] as? String)?.count == 64)

        let fail = try PortalSimBinary.run(["qualify", Self.bundled, "--sensitivity", "54", "--output", out.appendingPathComponent("54").path])
        #expect(fail.status == 1, "\(fail.stderr)")
        #expect(fail.stdout.contains("verdict: FAIL — 5 of 27 cases alarmed in fewer than 10 of 10 passes"))
        let failed = csvRows(try Self.read(out.appendingPathComponent("54/qualification.csv"))).rows.filter { $0[8] == "0" }
        #expect(failed.map { "\($0[0]) \($0[1])" } == ["left-ankle x", "left-ankle y", "left-ankle z", "right-ankle y", "right-ankle z"])
        // The left ankle never alarms; the right one misses two or three passes in ten.
        #expect(failed.map { $0[5] } == ["0", "0", "0", "7", "8"])
        #expect(failed.allSatisfy { (Double($0[7]) ?? 2) < 1 })
    }

    @Test func identicalOutputWithOneAndTwoThreads() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        var outputs: [String] = []
        for threads in ["1", "2"] {
            let r = try PortalSimBinary.run(["qualify", Self.bundled, "--threads", threads, "--output", out.appendingPathComponent(threads).path])
            #expect(r.status == 1, "\(r.stderr)")        // at the file's setting, 50, the ankles fail
            outputs.append(r.stdout)
        }
        #expect(outputs[0] == outputs[1])
        #expect(try Self.read(out.appendingPathComponent("1/qualification.csv")) == Self.read(out.appendingPathComponent("2/qualification.csv")))
    }

    @Test func calibrateFindsTheLowestPassingSetting() throws {
        let r = try PortalSimBinary.run(["calibrate", Self.bundled, "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("calibrated: setting 55 (threshold 6.30957 µV) is the lowest at which the protocol passes"))
        #expect(r.stdout.contains("weakest at 55: left-ankle, orientation y"))
        #expect(r.stdout.contains("setting 54 (threshold 6.91831 µV) fails: left-ankle x, left-ankle y, left-ankle z, right-ankle y, right-ankle z"))
        #expect(r.stdout.contains("closed form: the lowest setting whose threshold is below the critical peak (6.37747 µV) agrees"))
    }

    /// A protocol file with mistakes: every one named with file:line:column and its
    /// field, exit 2, nothing written.
    @Test func badProtocolNamesFileLineAndField() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("bad.yaml")
        try """
            portal: {class: cw-multi-zone, detector: {mode: cw, frequencies: [5 kHz]}}
            protocol:
              object: sphere-steel-25.4mm
              passes: 10
              orientations: [x, q]
              points:
                - {name: ankle, lateral: 1 m, height: 10}
            """.write(to: file, atomically: true, encoding: .utf8)
        for command in ["qualify", "calibrate"] {
            let output = command == "qualify" ? ["--output", out.appendingPathComponent("q").path] : []
            let r = try PortalSimBinary.run([command, file.path] + output)
            #expect(r.status == 2, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("bad.yaml:5:21: protocol.orientations[1]: unknown value 'q'"))
            #expect(r.stderr.contains("bad.yaml:7:30: protocol.points[0].lateral: must be between -380 mm and 380 mm, got 1 m"))
            #expect(r.stderr.contains("bad.yaml:7:43: protocol.points[0].height: missing unit"))
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("q").path))
    }

    @Test func flagsAndThresholdsThatCannotWork() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let range = try PortalSimBinary.run(["qualify", Self.bundled, "--sensitivity", "120", "--output", out.path])
        #expect(range.status == 2 && range.stderr.contains("--sensitivity: must be between 0 and 99, got 120"))

        // A portal with its threshold given directly has no knob to calibrate.
        let direct = out.appendingPathComponent("direct.yaml")
        // (Without its `sensitivity`: a knob beside a direct threshold is refused at decode.)
        try (try Self.read(URL(fileURLWithPath: Self.bundled))).replacingOccurrences(of: "reference_threshold: 10 uV", with: "threshold: 1 mV")
            .replacingOccurrences(of: "    sensitivity: 50", with: "    # sensitivity: 50")
            .write(to: direct, atomically: true, encoding: .utf8)
        let calibrate = try PortalSimBinary.run(["calibrate", direct.path])
        #expect(calibrate.status == 2 && calibrate.stderr.contains("portal.detector.threshold: calibrate sets the sensitivity knob"))
        // qualify runs it as given, and at 1 mV nothing passes: exit 1.
        let qualify = try PortalSimBinary.run(["qualify", direct.path, "--output", out.appendingPathComponent("direct").path])
        #expect(qualify.status == 1 && qualify.stdout.contains("sphere-steel-25.4mm: 9 points × 3 orientations × 10 passes, threshold 1 mV"))

        // No setting makes a 1 V reference threshold catch the sphere: exit 1.
        let deaf = out.appendingPathComponent("deaf.yaml")
        try (try Self.read(URL(fileURLWithPath: Self.bundled))).replacingOccurrences(of: "reference_threshold: 10 uV", with: "reference_threshold: 1 V")
            .write(to: deaf, atomically: true, encoding: .utf8)
        let cannot = try PortalSimBinary.run(["calibrate", deaf.path])
        #expect(cannot.status == 1 && cannot.stderr.contains("sphere-steel-25.4mm cannot be qualified on this portal: the protocol fails even at sensitivity 99"))
    }
}
