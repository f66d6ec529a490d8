import Foundation
import Testing

@Suite struct WorstCaseCommandTests {
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-worst-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A plain portal scenario at `sensitivity`, named `name`: two of them compare.
    static func scenario(_ name: String, sensitivity: Int, threats: Bool = true) -> String {
        """
        name: \(name)
        seed: 11
        trials: 200
        portal:
          class: cw-multi-zone
          detector: {mode: cw, frequencies: [5 kHz], sensitivity: \(sensitivity), reference_threshold: 10 uV, noise: 50 nV,
                     sample_rate: 100 Hz, filter: {low: 0.3 Hz, high: 10 Hz}}
        population:
          walking_speed: {mean: 1.1 m/s, sd: 0.2 m/s, min: 0.7 m/s, max: 1.4 m/s}
        """ + (threats ? "\nthreats: {objects: [mini-phone-3310], locations: [ankle-sock, groin], attitude: typical}\n" : "\n")
    }

    static func files(in folder: URL) throws -> [String] {
        var paths: [String] = []
        for (name, sensitivity) in [("today", 50), ("turned-up", 62)] {
            let url = folder.appendingPathComponent("\(name).yaml")
            try scenario(name, sensitivity: sensitivity).write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        return paths
    }

    /// Two files as `compare` takes them: a row per configuration and device, the same
    /// bytes for 1 and 2 threads, a run.json listing the table, a summary in words.
    @Test func twoFilesOneAndTwoThreads() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenarios = try Self.files(in: folder)
        var tables: [String] = []
        for threads in ["1", "2"] {
            let out = folder.appendingPathComponent("out-\(threads)")
            let r = try PortalSimBinary.run(["worst-case"] + scenarios + ["--threads", threads, "--search-passes", "40", "--evaluations", "12",
                                                                        "--confirm-passes", "300", "--output", out.path])
            #expect(r.status == 0, "\(r.stderr)")
            tables.append(try String(contentsOf: out.appendingPathComponent("worstcase.csv"), encoding: .utf8))
            let record = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("run.json"))) as? [String: Any]
            #expect((record?["files"] as? [String: String])?.keys.sorted() == ["worstcase.csv"])
            #expect(record?["seed"] as? Int == 11)
            #expect(r.stdout.contains("worst placement of mini-phone-3310 through 'today': "), "\(r.stdout)")
            #expect(r.stdout.contains("ranking for mini-phone-3310, on average: "), "\(r.stdout)")
        }
        #expect(tables[0] == tables[1])
        let (header, rows) = csvRows(tables[0])
        #expect(header == ["configuration", "object", "location", "yaw_deg", "pitch_deg", "roll_deg", "lateral_offset_m", "speed_m_per_s",
                           "trials", "pd", "pd_low", "pd_high", "average_pd", "average_pd_low", "average_pd_high",
                           "rank_average", "rank_worst", "evaluations"])
        #expect(rows.map { $0[0] } == ["today", "turned-up"])
        for row in rows {
            #expect(["ankle-sock", "groin"].contains(row[2]))
            #expect(row[8] == "300")
            let speed = Double(row[7]) ?? 0, pd = Double(row[9]) ?? -1, average = Double(row[12]) ?? -1
            #expect(speed >= 0.7 && speed <= 1.4)
            #expect(pd >= 0 && pd <= average + 0.1, "worst \(pd), average \(average)")
            #expect((Int(row[17]) ?? 0) > 12 && (Int(row[17]) ?? 0) <= 2 * 3 * 12)
        }
        // The turned-up portal stops the phone more often on average.
        #expect(rows[1][15] == "1" && rows[0][15] == "2")
    }

    /// Bad flags and a scenario with nothing to hide exit 2, naming the flag or the file.
    /// The location is chosen on passes of its own, not by the search's values: at the
    /// bundled entrance the search's values favoured the groin (its placement can be
    /// fitted to the search's few passes), whose confirmed rate, 5.4 % [4.5, 6.5], lay
    /// above the body cavity carried as usual, 3.35 % [2.6, 4.2]. The worst case's
    /// interval must reach down to the least-detected location's carried as usual.
    @Test func worstCaseIsNoBetterThanTheWeakestLocationAsUsual() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-worst-selection-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let root = PortalSimBinary.repositoryRoot
        let worst = try PortalSimBinary.run(["worst-case", "scenarios/prison-entrance.yaml", "--output", scratch.appendingPathComponent("worst").path],
                                            in: root)
        #expect(worst.status == 0, "\(worst.stderr)")
        let compare = try PortalSimBinary.run(["compare", "scenarios/prison-entrance.yaml", "--output", scratch.appendingPathComponent("as-usual").path],
                                              in: root)
        #expect(compare.status == 0, "\(compare.stderr)")
        let usual = try ReportCommandTests.rows(scratch.appendingPathComponent("as-usual"), "screening.csv").filter { $0["innocent"] == "0" }
        for row in try ReportCommandTests.rows(scratch.appendingPathComponent("worst"), "worstcase.csv") {
            let weakest = usual.filter { $0["configuration"] == row["configuration"] && $0["object"] == row["object"] }
                .compactMap { Double($0["pd_high"] ?? "") }.min() ?? 1
            #expect(Double(row["pd_low"] ?? "") ?? 1 <= weakest, "\(row) against the weakest location as usual (upper end \(weakest))")
        }
    }

    @Test func badInputExitsTwo() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenarios = try Self.files(in: folder)
        let out = folder.appendingPathComponent("out").path
        for (flags, named) in [(["--search-passes", "0"], "--search-passes"), (["--confirm-passes", "many"], "--confirm-passes"),
                               (["--evaluations", "-3"], "--evaluations"), (["--threads", "0"], "--threads"), (["--seed", "-1"], "--seed")] {
            let r = try PortalSimBinary.run(["worst-case", scenarios[0], "--output", out] + flags)
            #expect(r.status == 2, "\(flags): \(r.stderr)")
            #expect(r.stderr.contains(named), "\(flags): \(r.stderr)")
        }
        let empty = folder.appendingPathComponent("empty.yaml")
        try Self.scenario("empty", sensitivity: 50, threats: false).write(to: empty, atomically: true, encoding: .utf8)
        let r = try PortalSimBinary.run(["worst-case", empty.path, "--output", out])
        #expect(r.status == 2 && r.stderr.contains("empty.yaml") && r.stderr.contains("threats"), "\(r.stderr)")
        let missing = try PortalSimBinary.run(["worst-case", folder.appendingPathComponent("none.yaml").path, "--output", out])
        #expect(missing.status == 2 && missing.stderr.contains("none.yaml"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out), "nothing written on bad input")
    }
}
