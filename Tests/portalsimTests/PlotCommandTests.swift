import Foundation
import Testing

@Suite struct PlotCommandTests {
    /// The environment a user's shell gives, without PORTALSIM_PLOTS unless asked.
    static func environment(path: String? = nil, plots: String? = nil) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PORTALSIM_PLOTS"] = plots
        if let path { environment["PATH"] = path }
        return environment
    }

    /// A folder as a run leaves it, plus files plot must leave alone: every known CSV is
    /// drawn next to itself in both formats, the rest skipped with a note. No --scripts and
    /// a working folder without plots/: the scripts come from the executable's checkout.
    @Test(.enabled(if: PlotSupport.gnuplot != nil, PlotSupport.skipReason))
    func plotsWhatItKnowsAndSkipsTheRest() throws {
        let folder = try PlotSupport.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = ["results.csv": PlotFixtures.results, "sweep.csv": PlotFixtures.sweep, "trace.csv": PlotFixtures.trace,
                     "alarms.csv": "configuration,population,trials,alarms,alarm_rate,rate_low,rate_high,top_zone,top_zone_share,peak_ratio_median,alarms_by_zone,dipole_flagged\nx,visitors,10,1,0.1,0.00253,0.445,1,1,0.3,1,4\n",
                     "notes.csv": "a,b\n1,2\n", "empty-roc.csv": "curve,sensitivity,object,location,pd,pd_low,pd_high,nuisance,nuisance_low,nuisance_high\n"]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let result = try PlotSupport.run(PortalSimBinary.url.path, ["plot", folder.path, "--format", "both"],
                                         environment: Self.environment(), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        for stem in ["results", "sweep", "trace"] {
            #expect(PlotSupport.isPNG(folder.appendingPathComponent("\(stem).png")), "\(stem).png")
            #expect(PlotSupport.isSVG(folder.appendingPathComponent("\(stem).svg")), "\(stem).svg")
            #expect(result.stdout.contains("wrote \(folder.path)/\(stem).png"), "\(result.stdout)")
        }
        let pictures = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".csv") }
        #expect(pictures.sorted() == ["results.png", "results.svg", "sweep.png", "sweep.svg", "trace.png", "trace.svg"])
        #expect(result.stderr.contains("skipped \(folder.path)/notes.csv: not a CSV kind portalsim plot knows"), "\(result.stderr)")
        #expect(result.stderr.contains("skipped \(folder.path)/alarms.csv"))
        #expect(result.stderr.contains("skipped \(folder.path)/empty-roc.csv: no data rows"))
    }

    /// Without gnuplot: exit 3 (the input is good, the tool cannot draw) and the exact
    /// command that installs it.
    @Test func withoutGnuplotSaysHowToInstallIt() throws {
        let folder = try PlotSupport.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try PlotFixtures.results.write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        let result = try PlotSupport.run(PortalSimBinary.url.path, ["plot", folder.path], environment: Self.environment(path: folder.path))
        #expect(result.status == 3)
        #expect(result.stderr.contains("gnuplot is not installed; install it with: sudo apt-get install gnuplot-nox (or run scripts/bootstrap --plots)"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("results.png").path))
    }

    /// A script that fails: its name, the CSV and gnuplot's own message; exit 3; the
    /// other CSVs still drawn; no half-written picture left.
    @Test(.enabled(if: PlotSupport.gnuplot != nil, PlotSupport.skipReason))
    func aFailingScriptIsNamedWithGnuplotsMessage() throws {
        let folder = try PlotSupport.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scripts = folder.appendingPathComponent("scripts")
        try FileManager.default.copyItem(at: PlotSupport.plots, to: scripts)
        try "print undefined_function(1)\n".write(to: scripts.appendingPathComponent("detection.gp"), atomically: true, encoding: .utf8)
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try PlotFixtures.results.write(to: data.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        try PlotFixtures.roc.write(to: data.appendingPathComponent("roc.csv"), atomically: true, encoding: .utf8)
        let result = try PlotSupport.run(PortalSimBinary.url.path, ["plot", data.path, "--scripts", scripts.path], environment: Self.environment())
        #expect(result.status == 3)
        #expect(result.stderr.contains("gnuplot failed (exit status 1) drawing \(data.path)/results.csv with \(scripts.path)/detection.gp"),
                "\(result.stderr)")
        #expect(result.stderr.contains("undefined function"), "\(result.stderr)")
        #expect(PlotSupport.isPNG(data.appendingPathComponent("roc.png")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).sorted() == ["results.csv", "roc.csv", "roc.png"])
    }

    /// Bad input is status 2 and names what is wrong: a path that is not there, a
    /// scripts folder that is not there (by flag or by variable).
    @Test func badPathsAreBadInput() throws {
        let missing = try PlotSupport.run(PortalSimBinary.url.path, ["plot", "/nonexistent/out"], environment: Self.environment())
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/out: no such file or folder"), "\(missing.stderr)")
        guard PlotSupport.gnuplot != nil else { return }   // the scripts are looked for once gnuplot is found
        let folder = try PlotSupport.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let flag = try PlotSupport.run(PortalSimBinary.url.path, ["plot", folder.path, "--scripts", "/nonexistent/plots"], environment: Self.environment())
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("--scripts: /nonexistent/plots is not a folder of plot scripts"), "\(flag.stderr)")
        let variable = try PlotSupport.run(PortalSimBinary.url.path, ["plot", folder.path], environment: Self.environment(plots: "/nonexistent/plots"))
        #expect(variable.status == 2)
        #expect(variable.stderr.contains("PORTALSIM_PLOTS: /nonexistent/plots is not a folder of plot scripts"), "\(variable.stderr)")
    }
}
