import Foundation
import Testing

/// `portalsim calibrate SCENARIO --nuisance-rate R` as a user runs it: the setting found
/// with its neighbours and the ranges, exit statuses, and flags refused with exit 2.
@Suite struct CalibrateNuisanceCommandTests {
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-nuisance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Clean testers whose alarms are the noise's (as in NuisanceCalibrationTests).
    static func scenario(in folder: URL, detector: String = "{sensitivity: 50, reference_threshold: 4 uV, noise: 1 uV}") throws -> String {
        let file = folder.appendingPathComponent("site.yaml")
        try """
            name: site
            seed: 13
            trials: 3000
            portal:
              class: cw-single-zone
              detector: \(detector)
            population: {name: clean-testers}
            """.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func findsTheSettingAndReportsItsNeighbours() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.scenario(in: folder)
        let r = try PortalSimBinary.run(["calibrate", path, "--nuisance-rate", "30%", "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("target: 30.0%\n"))
        #expect(r.stdout.contains("calibrated: setting 53 (threshold 3.034 µV) gives 30.9% (928 of 3000; 95% interval "), "\(r.stdout)")
        #expect(r.stdout.contains("  below: setting 52 (threshold 3.327 µV) gives 13.1% (394 of 3000;"))
        #expect(r.stdout.contains("simulated intervals containing 30.0%: setting 53\n"))
        // The same passes on one thread: the same report.
        let one = try PortalSimBinary.run(["calibrate", path, "--nuisance-rate", "0.3", "--threads", "1"])
        #expect(one.status == 0 && one.stdout == r.stdout)

        // A count: its Wilson interval maps onto settings; 20 % lies in the jump 52 → 53 (exit 1).
        let count = try PortalSimBinary.run(["calibrate", path, "--nuisance-rate", "40/200", "--threads", "2"])
        #expect(count.status == 1, "\(count.stderr)")
        #expect(count.stdout.contains("target: 20.0% (40 of 200; 95% Wilson interval 15.0%-26.1%)"), "\(count.stdout)")
        #expect(count.stdout.contains(": NOT reproduced\n  the rate jumps past the target between neighbouring settings"))
        #expect(count.stdout.contains("the observed interval 15.0%-26.1% lies between two neighbouring settings' rates"))
    }

    @Test func aThresholdGivenDirectlyIsCalibrated() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.scenario(in: folder, detector: "{threshold: 4 uV, noise: 1 uV}")
        let r = try PortalSimBinary.run(["calibrate", path, "--nuisance-rate", "40/200", "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("every threshold decided on the same passes"))
        #expect(r.stdout.contains("the observed interval 15.0%-26.1% maps onto thresholds "), "\(r.stdout)")
    }

    /// With several populations, calibrate works on the one named (default: the first).
    @Test func calibratesOnTheNamedPopulation() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.scenario(in: folder)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "population: {name: clean-testers}", with: """
            populations:
              - {name: clean-testers, share: 90 %}
              - {name: buckled, share: 10 %, items: [{object: belt-buckle, location: waistband-front}]}
            """)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let named = try PortalSimBinary.run(["calibrate", path, "--nuisance-rate", "20%", "--trials", "500", "--population", "buckled"])
        #expect(named.stdout.contains("population 'buckled'"), "\(named.stdout)\(named.stderr)")
        let first = try PortalSimBinary.run(["calibrate", path, "--nuisance-rate", "20%", "--trials", "500"])
        #expect(first.stdout.contains("population 'clean-testers'"), "\(first.stdout)\(first.stderr)")
        // Each on its own people: the buckled reach 20 % at a lower setting than the clean.
        func setting(_ text: String) -> Int? {
            text.split(separator: "\n").first { $0.hasPrefix("calibrated: setting ") }
                .flatMap { Int($0.dropFirst("calibrated: setting ".count).prefix { $0.isNumber }) }
        }
        let (buckled, clean) = (try #require(setting(named.stdout)), try #require(setting(first.stdout)))
        #expect(buckled < clean, "\(buckled) against \(clean)")
        let unknown = try PortalSimBinary.run(["calibrate", path, "--nuisance-rate", "20%", "--population", "staff"])
        #expect(unknown.status == 2 && unknown.stderr.contains("--population: no population named 'staff'")
                && unknown.stderr.contains("(its populations: clean-testers, buckled)"), "\(unknown.stderr)")
    }

    @Test func badFlagsExitTwoNamingTheFlag() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.scenario(in: folder)
        for bad in ["0", "1", "120%", "-5%", "often", "300/200"] {
            let r = try PortalSimBinary.run(["calibrate", path, "--nuisance-rate=\(bad)"])
            #expect(r.status == 2 && r.stderr.contains("portalsim: error: --nuisance-rate: "), "\(bad): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let range = try PortalSimBinary.run(["calibrate", path, "--nuisance-rate", "150%"])
        #expect(range.stderr.contains("--nuisance-rate: must lie strictly between 0 and 1 (0 % and 100 %), got '150%'"), "\(range.stderr)")
        let trials = try PortalSimBinary.run(["calibrate", path, "--trials", "100"])
        #expect(trials.status == 2 && trials.stderr.contains("--trials: applies to --nuisance-rate"), "\(trials.stderr)")
        let population = try PortalSimBinary.run(["calibrate", path, "--population", "clean-testers"])
        #expect(population.status == 2 && population.stderr.contains("--population: applies to --nuisance-rate"), "\(population.stderr)")
        let protocolFile = PortalSimBinary.repositoryRoot.appendingPathComponent("scenarios/protocols/nij-steel-sphere.yaml").path
        let wrong = try PortalSimBinary.run(["calibrate", protocolFile, "--nuisance-rate", "18%"])
        #expect(wrong.status == 2 && wrong.stderr.contains("unknown key 'protocol'"), "\(wrong.stderr)")
    }
}
