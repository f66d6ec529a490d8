import Foundation
import Testing

@Suite struct TraceCommandTests {
    /// One threat case in a two-frequency portal, so that lanes are zones × channels.
    static func scenario(noise: String) -> String {
        """
        name: trace-test
        seed: 7
        trials: 504
        portal:
          class: cw-multi-zone
          detector: {mode: cw, frequencies: [5 kHz, 20 kHz], sensitivity: 50, reference_threshold: 10 uV, noise: \(noise)}
        threats:
          objects: [mini-phone-3310]
          locations: [ankle-sock]
        """
    }

    struct Trace {
        let header: [String]
        let rows: [[Double]]
    }

    /// Runs the scenario with --passes and traces pass `pass`: the trace and that pass's
    /// row of passes.csv.
    static func traceAndRun(noise: String, pass: Int) throws -> (trace: Trace, passRow: [String], stdout: String) {
        let folder = try PlotSupport.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("s.yaml")
        try scenario(noise: noise).write(to: file, atomically: true, encoding: .utf8)
        let run = try PortalSimBinary.run(["run", file.path, "--passes", "--output", folder.appendingPathComponent("run").path])
        #expect(run.status == 0, "\(run.stderr)")
        let traced = try PortalSimBinary.run(["trace", file.path, "--object", "mini-phone-3310", "--location", "ankle-sock",
                                              "--pass", "\(pass)", "--output", folder.appendingPathComponent("trace").path])
        #expect(traced.status == 0, "\(traced.stderr)")
        let (header, rows) = csvRows(try String(contentsOf: folder.appendingPathComponent("trace/trace.csv"), encoding: .utf8))
        let passes = csvRows(try String(contentsOf: folder.appendingPathComponent("run/passes.csv"), encoding: .utf8)).rows
        let row = try #require(passes.first { $0[1] == "mini-phone-3310" && $0[3] == "\(pass)" })
        return (Trace(header: header, rows: rows.map { $0.map { Double($0) ?? .nan } }), row, traced.stdout)
    }

    /// Pass 503 (the fourth of the second block) traced: its shape, and the same walker
    /// and the same peak, to the last bit, as the run's passes.csv reports for it.
    @Test func traceIsThePassTheRunMade() throws {
        let (trace, passRow, stdout) = try Self.traceAndRun(noise: "50 nV", pass: 503)
        #expect(trace.header == ["time_s", "position_m", "zone", "channel", "signal_v", "noisy_v", "threshold_v"])
        #expect(trace.rows.allSatisfy { $0.count == 7 && $0.allSatisfy(\.isFinite) })
        let speed = try #require(Double(passRow[5]))
        // 1.8 m walked at the pass's speed, sampled at 100 Hz, both ends included.
        let samples = Int((1.8 / speed * 100).rounded(.down)) + 1
        #expect(trace.rows.count == samples * 6 * 2)
        // Rows by sample, then channel, then zone.
        #expect(trace.rows.prefix(12).map { Int($0[2]) } == [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6])
        #expect(trace.rows.prefix(12).map { Int($0[3]) } == [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2])
        #expect(trace.rows[12][0] == 0.01 && trace.rows[0][1] == -0.9)
        #expect(abs(trace.rows.last![1] - (-0.9 + speed * Double(samples - 1) / 100)) < 1e-12)
        // The threshold of sensitivity 50 with T50 = 10 µV, on every row.
        #expect(trace.rows.allSatisfy { $0[6] == 1e-5 })
        let peak = trace.rows.map { abs($0[5]) / $0[6] }.max()!
        #expect(peak == Double(passRow[11]), "trace \(peak), run \(passRow[11])")
        // Noise of 50 nV: the noisy lanes differ from the clean ones by about that.
        let differences = trace.rows.map { $0[5] - $0[4] }
        let sd = (differences.map { $0 * $0 }.reduce(0, +) / Double(differences.count)).squareRoot()
        #expect(sd > 4.5e-8 && sd < 5.5e-8, "noise sd \(sd)")
        #expect(stdout.contains("mini-phone-3310 at ankle-sock, pass 503"), "\(stdout)")
    }

    /// Without noise the clean signal is what the threshold sees, and its largest
    /// |value| / T is the engine's peak ratio for the pass.
    @Test func noiseFreePeakIsTheEnginesPeak() throws {
        let (trace, passRow, _) = try Self.traceAndRun(noise: "0 V", pass: 2)
        #expect(trace.rows.allSatisfy { $0[4] == $0[5] })
        let peak = trace.rows.map { abs($0[4]) }.max()! / 1e-5
        #expect(peak == Double(passRow[11]))
        #expect(peak > 0.01, "the case is not degenerate: \(peak)")
    }

    @Test func unknownCaseNamesTheCases() throws {
        let folder = try PlotSupport.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("s.yaml")
        try Self.scenario(noise: "50 nV").write(to: file, atomically: true, encoding: .utf8)
        let result = try PortalSimBinary.run(["trace", file.path, "--object", "mini-phone-3310", "--location", "shoe",
                                              "--output", folder.appendingPathComponent("o").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path): --object/--location: no case 'mini-phone-3310' at 'shoe'"), "\(result.stderr)")
        #expect(result.stderr.contains("mini-phone-3310@ankle-sock, visitors@-"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("o").path))
    }
}
