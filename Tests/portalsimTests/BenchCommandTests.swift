import Foundation
import Testing

/// `portalsim bench --json` and `--compare` as a user runs them, on tiny measurements:
/// a saved baseline compares clean with itself, a doctored one names the slower line
/// (exit 1), and a bad file is named (exit 2) before anything is measured.
@Suite struct BenchCommandTests {
    static let tiny = ["bench", "--seconds", "0.01", "--passes", "1000"]

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func savedFiguresCompareWithThemselvesAndADoctoredLineIsNamed() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("baseline.json").path
        let save = try PortalSimBinary.run(Self.tiny + ["--json", path])
        #expect(save.status == 0, "\(save.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let lines = try #require(json["lines"] as? [[String: Any]])
        let names = lines.compactMap { $0["name"] as? String }
        // Every line bench prints is saved, with the machine's cores and the build.
        #expect(names.first == "passes/s, 1 thread" && names.contains("tensor contractions/s (M : S)") && names.count >= 6, "\(names)")
        for name in names { #expect(save.stdout.contains(name)) }
        #expect(json["cores"] as? Int == ProcessInfo.processInfo.activeProcessorCount)
        #expect(json["formatVersion"] as? Int == 1 && json["build"] is String)

        // Against itself, with a tolerance no tiny measurement on a loaded machine trips.
        let same = try PortalSimBinary.run(Self.tiny + ["--compare", path, "--tolerance", "99%"])
        #expect(same.status == 0, "\(same.stdout)\n\(same.stderr)")
        #expect(same.stdout.contains("no line is more than 99 % slower than the baseline"))
        #expect(same.stdout.contains("baseline") && same.stdout.contains("ratio"))

        // A baseline 100× faster at one kernel: that kernel is named as slower now (the
        // others' tiny measurements may stray on a loaded machine: not asserted).
        var doctored = json
        doctored["lines"] = lines.map { line -> [String: Any] in
            var line = line
            if line["name"] as? String == "tensor contractions/s (M : S)" { line["perSecond"] = (line["perSecond"] as? Double ?? 1) * 100 }
            return line
        }
        let doctoredPath = out.appendingPathComponent("doctored.json").path
        try JSONSerialization.data(withJSONObject: doctored).write(to: URL(fileURLWithPath: doctoredPath))
        let slower = try PortalSimBinary.run(Self.tiny + ["--compare", doctoredPath, "--tolerance", "90"])
        #expect(slower.status == 1, "\(slower.stdout)\n\(slower.stderr)")
        let named = slower.stdout.split(separator: "\n").filter { $0.hasPrefix("slower: ") }
        #expect(named.contains { $0.hasPrefix("slower: tensor contractions/s (M : S): 0.0") }, "\(slower.stdout)")
    }

    /// A missing file, a corrupt one and one with a nonsense rate: exit 2, the file named,
    /// and nothing measured first.
    @Test func aBadBaselineIsNamedAndExitsTwo() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let corrupt = out.appendingPathComponent("corrupt.json")
        try Data("{\"formatVersion\": 1, \"lines\": [".utf8).write(to: corrupt)
        let negative = out.appendingPathComponent("negative.json")
        try Data("""
            {"formatVersion": 1, "toolVersion": "0", "cores": 2, "secondsPerKernel": 1, "passesPerEngineLine": 1000,
             "lines": [{"name": "passes/s, 1 thread", "perSecond": -5}]}
            """.utf8).write(to: negative)
        let missing = out.appendingPathComponent("missing.json")
        for (file, says) in [(corrupt, "not valid JSON"), (negative, "must be a positive number"), (missing, "no such file")] {
            let result = try PortalSimBinary.run(Self.tiny + ["--compare", file.path])
            #expect(result.status == 2, "\(file.lastPathComponent): \(result.stderr)")
            #expect(result.stderr.contains(file.path) && result.stderr.contains(says), "\(result.stderr)")
            #expect(!result.stdout.contains("passes/s"), "measured before reading the baseline")
        }
        let badTolerance = try PortalSimBinary.run(Self.tiny + ["--tolerance", "150%"])
        #expect(badTolerance.status != 0 && badTolerance.stderr.contains("--tolerance"))
    }
}
