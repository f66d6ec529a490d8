import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `portalsim report`: the page parses, every table is there and carries the run's own
/// numbers, a browser draws it, and a folder it cannot trust is refused naming it.
@Suite(.serialized)
struct ReportCommandTests {
    /// One comparison run of the bundled entrance (site, populations, queues, three
    /// improvements), made once for the suite.
    static let run: Result<URL, any Error> = Result(catching: {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-report-\(UUID().uuidString)")
        let r = try PortalSimBinary.run(["compare", "scenarios/prison-entrance.yaml", "--trials", "200", "--output", folder.path],
                                        in: PortalSimBinary.repositoryRoot)
        guard r.status == 0 else { throw CommandFailure(result: r) }
        return folder
    })

    struct CommandFailure: Error { let result: CommandResult }

    /// SHA-256 in hex, by `sha256sum` (an implementation independent of PortalSim's).
    static func sha256(_ data: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-sha-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try data.write(to: file)
        return String(try runProgram("/usr/bin/sha256sum", [file.path]).stdout.prefix(64))
    }

    /// A CSV file of the run as rows of named fields.
    static func rows(_ folder: URL, _ name: String) throws -> [[String: String]] {
        let lines = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    /// The page's tables by id, each as rows of cell texts (header row first).
    static func tables(_ root: XMLElement) throws -> [String: [[String]]] {
        var found: [String: [[String]]] = [:]
        for case let table as XMLElement in try root.nodes(forXPath: "//*[local-name()='table']") {
            // attribute(forName:) misses attributes in a default namespace on Linux.
            guard let id = table.attributes?.first(where: { $0.name == "id" })?.stringValue else { continue }
            found[id] = try table.nodes(forXPath: ".//*[local-name()='tr']").map { row in
                try row.nodes(forXPath: "./*").map { $0.stringValue ?? "" }
            }
        }
        return found
    }

    static func report(_ folder: URL) throws -> (URL, CommandResult) {
        let page = folder.appendingPathComponent("report.html")
        return (page, try PortalSimBinary.run(["report", folder.path, "--output", page.path]))
    }

    @Test func pageParsesAndCarriesTheRunsNumbers() throws {
        let folder = try Self.run.get()
        let (page, result) = try Self.report(folder)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try XMLDocument(data: Data(contentsOf: page), options: [])
        let root = try #require(document.rootElement())
        #expect(root.localName == "html")
        let tables = try Self.tables(root)
        for id in ["configurations-1", "year-1", "queues-1", "populations-1", "paired-1", "provenance-1", "files-1"] {
            #expect(tables[id] != nil, "table \(id) missing; have \(tables.keys.sorted())")
        }
        // The year: every configuration's phones through, stopped and cost, as site.csv has them.
        let year = try #require(tables["year-1"])
        let site = try Self.rows(folder, "site.csv")
        #expect(year.count == site.count + 1)
        for (row, csv) in zip(year.dropFirst(), site) {
            #expect(row[0] == csv["configuration"])
            #expect(row[1] == Self.amount(csv["phones_through_per_year"]), "\(row) against \(csv)")
            #expect(row[3] == Self.amount(csv["phones_stopped_per_year"]))
            #expect(row[6] == Self.amount(csv["cost_per_year"]))
            #expect(row[10] == (csv["rank"]?.isEmpty == false ? csv["rank"]! : "baseline"))
        }
        // Detection: each device's table holds screening.csv's rate of every case.
        for csv in try Self.rows(folder, "screening.csv") where csv["innocent"] == "0" {
            let table = try #require(tables["detection-1-\(csv["object"]!)"])
            let column = try #require(table[0].firstIndex(of: csv["configuration"]!))
            let row = try #require(table.first { $0.first == csv["location"] })
            #expect(row[column].hasPrefix(Self.percent(csv["pd"]!)), "\(row[column]) for \(csv)")
        }
        // The body maps: one picture per device and configuration, two dots per location.
        let text = try String(contentsOf: page, encoding: .utf8)
        let map = try Self.rows(folder, "bodymap.csv")
        let pictures = Set(map.map { "\($0["object"]!)|\($0["configuration"]!)" }).count
        #expect(text.components(separatedBy: "<svg").count - 1 == pictures + 1)        // + the bar chart
        #expect(text.components(separatedBy: "<circle").count - 1 == 2 * map.count)
        // Provenance: the scenario's hash and the seed.
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("run.json"))) as? [String: Any]
        let provenance = try #require(tables["provenance-1"]).map { $0.joined(separator: " ") }.joined(separator: "\n")
        #expect(provenance.contains(try #require(record?["scenarioHash"] as? String) + " (the file is unchanged)"))
        #expect(provenance.contains("seed \(try #require(record?["seed"] as? Int))"))
        #expect(text.range(of: "\\b(nan|inf|infinity)\\b", options: [.regularExpression, .caseInsensitive]) == nil)
    }

    /// Formats as the report does (ReportFormat), independently written: amounts below
    /// 10 with two decimals, below 100 one, else whole with separators.
    static func amount(_ text: String?) -> String {
        guard let text, let x = Double(text) else { return "–" }
        if abs(x) >= 100 {
            var digits = String(format: "%.0f", abs(x)), grouped = ""
            while digits.count > 3 { grouped = "," + digits.suffix(3) + grouped; digits.removeLast(3) }
            return (x < 0 ? "−" : "") + digits + grouped
        }
        return String(format: abs(x) < 10 ? "%.2f" : "%.1f", x)
    }

    /// The file's rate as a percentage with one decimal (two below 1 %), rounded half
    /// up on its decimal text, as a reader would by hand.
    static func percent(_ text: String) -> String {
        guard let x = Double(text) else { return "–" }
        if x == 0 || x == 1 { return "\(Int(x * 100)) %" }
        let scale: Int16 = x < 0.01 ? 2 : 1
        let handler = NSDecimalNumberHandler(roundingMode: .plain, scale: scale, raiseOnExactness: false, raiseOnOverflow: false,
                                             raiseOnUnderflow: false, raiseOnDivideByZero: false)
        let p = NSDecimalNumber(string: text).multiplying(byPowerOf10: 2).rounding(accordingToBehavior: handler)
        return String(format: scale == 2 ? "%.2f %%" : "%.1f %%", p.doubleValue)
    }

    /// Names from a scenario file with the characters HTML and XML give meaning to come
    /// through as text; the page still parses.
    @Test func namesWithMarkupCharactersStayText() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-report-names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let original = try String(contentsOf: PortalSimBinary.repositoryRoot.appendingPathComponent("scenarios/prison-entrance.yaml"),
                                  encoding: .utf8)
        let name = "a<b & \"c\" 'd'"
        let edited = original.replacingOccurrences(of: "  - name: pillars                 #", with: "  - name: 'a<b & \"c\" ''d'''  #")
        #expect(edited != original)
        let scenario = scratch.appendingPathComponent("entrance.yaml")
        try edited.write(to: scenario, atomically: true, encoding: .utf8)
        let run = try PortalSimBinary.run(["compare", scenario.path, "--trials", "100", "--output", scratch.appendingPathComponent("out").path])
        #expect(run.status == 0, "\(run.stderr)")
        let (page, result) = try Self.report(scratch.appendingPathComponent("out"))
        #expect(result.status == 0, "\(result.stderr)")
        let document = try XMLDocument(data: Data(contentsOf: page), options: [])
        let tables = try Self.tables(try #require(document.rootElement()))
        #expect(try #require(tables["year-1"]).contains { $0.first == name }, "\(tables["year-1"] ?? [])")
        #expect(try #require(tables["configurations-1"]).contains { $0.first == name })
        // No cell shows a dash where the file has a figure: the year's columns are all read.
        for row in try #require(tables["year-1"]).dropFirst(2) { #expect(!row.contains("–"), "\(row)") }
    }

    /// A worst-case folder makes its own chapter; its table carries worstcase.csv's rates.
    @Test func worstCaseFolderIsItsOwnChapter() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-report-worst-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("worst")
        let run = try PortalSimBinary.run(["worst-case", "scenarios/prison-entrance.yaml", "--trials", "100", "--search-passes", "40",
                                           "--evaluations", "8", "--confirm-passes", "200", "--output", folder.path],
                                          in: PortalSimBinary.repositoryRoot)
        #expect(run.status == 0, "\(run.stderr)")
        let (page, result) = try Self.report(folder)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try XMLDocument(data: Data(contentsOf: page), options: [])
        let root = try #require(document.rootElement())
        let table = try #require(try Self.tables(root)["worstcase-1"])
        let csv = try Self.rows(folder, "worstcase.csv")
        #expect(table.count == csv.count + 1)
        for (row, line) in zip(table.dropFirst(), csv) {
            #expect(row[0] == line["object"] && row[1] == line["configuration"] && row[2] == line["location"])
            #expect(row[6].hasPrefix(Self.percent(line["pd"]!)), "\(row[6]) for \(line)")
            #expect(row[7].hasPrefix(Self.percent(line["average_pd"]!)))
            #expect(row[8] == line["rank_worst"] && row[9] == line["rank_average"])
        }
        let text = try String(contentsOf: page, encoding: .utf8)
        #expect(text.contains("prison-entrance: the smuggler’s choice"))
    }

    @Test func foldersItCannotTrustAreRefusedNamingThem() throws {
        let folder = try Self.run.get()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-report-bad-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let page = scratch.appendingPathComponent("report.html")
        // Not a run folder.
        var r = try PortalSimBinary.run(["report", scratch.path, "--output", page.path])
        #expect(r.status == 2 && r.stderr.contains(scratch.path) && r.stderr.contains("has no run.json"), "\(r.stderr)")
        // A missing folder.
        r = try PortalSimBinary.run(["report", scratch.path + "/none", "--output", page.path])
        #expect(r.status == 2 && r.stderr.contains("is not a folder"), "\(r.stderr)")
        // A CSV edited after the run.
        let copy = scratch.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: folder, to: copy)
        let site = copy.appendingPathComponent("site.csv")
        try (String(contentsOf: site, encoding: .utf8).replacingOccurrences(of: "EUR", with: "USD")).write(to: site, atomically: true, encoding: .utf8)
        r = try PortalSimBinary.run(["report", copy.path, "--output", page.path])
        #expect(r.status == 2 && r.stderr.contains(site.path) && r.stderr.contains("SHA-256"), "\(r.stderr)")
        // The same folder twice; a folder as --output; a file of the run as --output.
        r = try PortalSimBinary.run(["report", folder.path, folder.path + "/", "--output", page.path])
        #expect(r.status == 2 && r.stderr.contains("is given twice"), "\(r.stderr)")
        r = try PortalSimBinary.run(["report", folder.path, "--output", scratch.path])
        #expect(r.status == 2 && r.stderr.contains("--output") && r.stderr.contains("is a folder"), "\(r.stderr)")
        r = try PortalSimBinary.run(["report", folder.path, "--output", folder.appendingPathComponent("site.csv").path])
        #expect(r.status == 2 && r.stderr.contains("--output") && r.stderr.contains("would replace it"), "\(r.stderr)")
        // A finished folder with none of the files a report reads.
        let empty = scratch.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let record = try String(contentsOf: folder.appendingPathComponent("run.json"), encoding: .utf8)
        let start = try #require(record.range(of: "\"files\" : {"))
        let end = try #require(record.range(of: "},", range: start.upperBound..<record.endIndex))
        try record.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "\"files\" : {},")
            .write(to: empty.appendingPathComponent("run.json"), atomically: true, encoding: .utf8)
        r = try PortalSimBinary.run(["report", empty.path, "--output", page.path])
        #expect(r.status == 2 && r.stderr.contains("holds none of the files a report reads"), "\(r.stderr)")
        // A file without a column the report reads, its hash updated as if the run wrote it.
        let renamed = scratch.appendingPathComponent("renamed")
        try FileManager.default.copyItem(at: folder, to: renamed)
        let queues = renamed.appendingPathComponent("queues.csv")
        let original = try Data(contentsOf: queues)
        let edited = String(decoding: original, as: UTF8.self).replacingOccurrences(of: "wait_p95_s", with: "wait_p96_s")
        try edited.write(to: queues, atomically: true, encoding: .utf8)
        let json = renamed.appendingPathComponent("run.json")
        try String(contentsOf: json, encoding: .utf8).replacingOccurrences(of: try Self.sha256(original), with: try Self.sha256(Data(edited.utf8)))
            .write(to: json, atomically: true, encoding: .utf8)
        r = try PortalSimBinary.run(["report", renamed.path, "--output", page.path])
        #expect(r.status == 2 && r.stderr.contains(queues.path + ":1:1") && r.stderr.contains("no column 'wait_p95_s'"), "\(r.stderr)")
        // An empty --output.
        r = try PortalSimBinary.run(["report", folder.path, "--output", " "])
        #expect(r.status == 2 && r.stderr.contains("--output"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: page.path))
    }
}

/// The page in a real browser: headless Chromium draws it, and the picture is not a
/// blank page; the DOM it built carries the key numbers.
@Suite(.enabled(if: Chromium.path != nil, Chromium.skipReason))
struct ReportRenderingTests {
    @Test func chromiumDrawsAPageThatIsNotBlank() throws {
        let folder = try ReportCommandTests.run.get()
        let (page, result) = try ReportCommandTests.report(folder)
        #expect(result.status == 0, "\(result.stderr)")
        let blank = folder.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/></head><body></body></html>".write(to: blank, atomically: true, encoding: .utf8)
        let shot = try Chromium.screenshot(page), empty = try Chromium.screenshot(blank)
        // A white page compresses to almost nothing; tables, text and pictures do not.
        #expect(empty.count < 20_000, "blank page screenshot \(empty.count) bytes")
        #expect(shot.count > 10 * empty.count, "report \(shot.count) bytes against blank \(empty.count)")
        let dom = try Chromium.dom(page)
        let site = try ReportCommandTests.rows(folder, "site.csv")
        #expect(dom.contains("The year and the budget") && dom.contains("Where the portal is blind"))
        for row in site { #expect(dom.contains(ReportCommandTests.amount(row["phones_through_per_year"]))) }
    }
}

enum Chromium {
    static let path: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap { name -> String? in
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }.first

    static let skipReason: Comment = "Chromium is not installed: sudo apt-get install chromium (or scripts/bootstrap --report)"

    static let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                        "--disable-dev-shm-usage", "--window-size=1200,2400"]

    static func screenshot(_ page: URL) throws -> Data {
        let picture = page.deletingPathExtension().appendingPathExtension("png")
        let r = try runProgram("/usr/bin/timeout", ["120", path ?? "chromium"] + flags + ["--screenshot=\(picture.path)", page.absoluteString])
        #expect(r.status == 0, "\(r.stderr)")
        return try Data(contentsOf: picture)
    }

    static func dom(_ page: URL) throws -> String {
        let r = try runProgram("/usr/bin/timeout", ["120", path ?? "chromium"] + flags + ["--dump-dom", page.absoluteString])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }
}
