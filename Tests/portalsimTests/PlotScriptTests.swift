import Foundation
import Testing

/// What the plot tests need from the machine.
enum PlotSupport {
    /// gnuplot on PATH; without it the picture tests are skipped, saying why.
    static let gnuplot: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/gnuplot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static let skipReason: Comment = "gnuplot is not installed: sudo apt-get install gnuplot-nox (or scripts/bootstrap --plots)"

    static var plots: URL { PortalSimBinary.repositoryRoot.appendingPathComponent("plots") }

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-plot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs a program with exactly `environment` (nil: this process's).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    in directory: URL? = nil) throws -> CommandResult {
        try runProgram(executable, arguments, environment: environment, in: directory)
    }

    /// gnuplot run on one script as the README says: -e "datafile='…'; outfile='…'".
    static func render(_ script: String, data: URL, to picture: URL) throws -> CommandResult {
        try run(gnuplot ?? "gnuplot", ["-e", "datafile='\(data.path)'; outfile='\(picture.path)'",
                                       plots.appendingPathComponent(script).path])
    }

    /// A PNG file: its eight signature bytes, then an IHDR chunk, and some picture.
    static func isPNG(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url), data.count > 1000 else { return false }
        return Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            && String(decoding: data[12..<16], as: UTF8.self) == "IHDR"
    }

    /// An SVG file from gnuplot: XML with an svg element that is closed, and drawn paths.
    static func isSVG(_ url: URL) -> Bool {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return false }
        return text.hasPrefix("<?xml") && text.contains("<svg") && text.contains("</svg>") && text.contains("<path")
    }
}

/// Every plot script draws a small CSV of its kind to PNG and to SVG, without a warning.
@Suite(.enabled(if: PlotSupport.gnuplot != nil, PlotSupport.skipReason))
struct PlotScriptTests {
    @Test(arguments: [
        ("detection.gp", "results.csv", PlotFixtures.results),
        ("comparison.gp", "screening.csv", PlotFixtures.screening),
        ("configurations.gp", "configurations.csv", PlotFixtures.configurations),
        ("configurations.gp", "configurations-untimed.csv", PlotFixtures.configurationsUntimed),
        ("difference.gp", "comparison.csv", PlotFixtures.comparison),
        ("sweep.gp", "sweep.csv", PlotFixtures.sweep),
        ("sweep.gp", "sweep-classes.csv", PlotFixtures.sweepOfClasses),
        ("roc.gp", "roc.csv", PlotFixtures.roc),
        ("bodymap.gp", "bodymap.csv", PlotFixtures.bodyMap),
        ("qualification.gp", "qualification.csv", PlotFixtures.qualification),
        ("trace.gp", "trace.csv", PlotFixtures.trace),
    ])
    func scriptDrawsPNGAndSVG(script: String, file: String, csv: String) throws {
        let folder = try PlotSupport.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent(file)
        try csv.write(to: data, atomically: true, encoding: .utf8)
        for ext in ["png", "svg"] {
            let picture = folder.appendingPathComponent("picture.\(ext)")
            let result = try PlotSupport.render(script, data: data, to: picture)
            #expect(result.status == 0, "\(script) → \(ext): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(script) → \(ext) warned: \(result.stderr)")
            #expect(ext == "png" ? PlotSupport.isPNG(picture) : PlotSupport.isSVG(picture), "\(script) → \(ext)")
        }
    }

    /// A configuration named with a comma (an RFC 4180 quoted field) stays one name.
    @Test func quotedNamesStayWhole() throws {
        let folder = try PlotSupport.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("screening.csv")
        try PlotFixtures.screening.write(to: data, atomically: true, encoding: .utf8)
        let picture = folder.appendingPathComponent("screening.svg")
        let result = try PlotSupport.render("comparison.gp", data: data, to: picture)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: picture, encoding: .utf8)
        // The key names both configurations; the comma became a semicolon.
        #expect(svg.contains("portal; then wand") && svg.contains("portal-s50"))
    }

    /// The field map of `portalsim field` and the spectrum of `portalsim signature`;
    /// the map draws its zone's coils (3-pixel lines) only when the coil file is there.
    @Test func fieldMapWithCoilsAndSignature() throws {
        let folder = try PlotSupport.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("map.csv")
        let field = try PortalSimBinary.run(["field", "--portal", "cw-multi-zone", "--plane", "y=0", "--grid", "9x15", "--output", map.path])
        #expect(field.status == 0, "\(field.stderr)")
        let coils = folder.appendingPathComponent("map-coils.csv")
        #expect(FileManager.default.fileExists(atPath: coils.path))
        for ext in ["png", "svg"] {
            let picture = folder.appendingPathComponent("map.\(ext)")
            let result = try PlotSupport.render("field-map.gp", data: map, to: picture)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
            #expect(ext == "png" ? PlotSupport.isPNG(picture) : PlotSupport.isSVG(picture))
        }
        let withCoils = try String(contentsOf: folder.appendingPathComponent("map.svg"), encoding: .utf8)
        try FileManager.default.removeItem(at: coils)
        let bare = folder.appendingPathComponent("bare.svg")
        #expect(try PlotSupport.render("field-map.gp", data: map, to: bare).status == 0)
        #expect(withCoils.contains("stroke-width=\"3.00\""))
        #expect(!(try String(contentsOf: bare, encoding: .utf8)).contains("stroke-width=\"3.00\""))

        let spectrum = folder.appendingPathComponent("sphere.csv")
        let signature = try PortalSimBinary.run(["signature", "--shape", "sphere", "--radius", "1 cm", "--conductivity", "6 MS/m",
                                                 "--from", "10 Hz", "--to", "1 MHz", "--count", "21", "--output", spectrum.path])
        #expect(signature.status == 0, "\(signature.stderr)")
        for ext in ["png", "svg"] {
            let picture = folder.appendingPathComponent("sphere.\(ext)")
            let result = try PlotSupport.render("signature.gp", data: spectrum, to: picture)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
            #expect(ext == "png" ? PlotSupport.isPNG(picture) : PlotSupport.isSVG(picture))
        }
    }
}
