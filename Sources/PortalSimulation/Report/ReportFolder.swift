import Foundation

/// A finished run folder as the report reads it: its `run.json` (the provenance) and
/// the CSV files that record lists, by name.
///
/// Only a finished folder is read — one with a `run.json` — and only the files that
/// record lists, each checked against the SHA-256 it recorded, so that a report
/// cannot mix a run's provenance with another run's numbers.
public struct ReportFolder: Sendable {
    public let path: String
    public let record: RunRecord
    public let tables: [String: ReportTable]
    /// The scenario file's text, when the file the record names (relative to its
    /// working directory) still has the recorded hash; nil otherwise.
    public let scenarioText: String?

    public init(path: String, record: RunRecord, tables: [String: ReportTable], scenarioText: String?) {
        self.path = path
        self.record = record
        self.tables = tables
        self.scenarioText = scenarioText
    }

    public subscript(name: String) -> ReportTable? { tables[name] }

    /// The files the report reads and, of each, the columns it reads. A folder's file
    /// that lacks one is refused at load, naming it, rather than shown as dashes.
    /// results.csv is read only without screening.csv (a plain portal's detection).
    static let columnsRead: [String: [String]] = [
        "screening.csv": ["configuration", "object", "location", "innocent", "trials", "pd", "pd_low", "pd_high"],
        "results.csv": ["configuration", "object", "location", "trials", "pd", "pd_low", "pd_high"],
        "alarms.csv": ["configuration", "population", "alarm_rate", "rate_low", "rate_high"],
        "configurations.csv": ["configuration", "stages", "nuisance_rate", "nuisance_low", "nuisance_high", "secondary_rate",
                               "persons_per_hour", "bottleneck", "minutes_per_person", "staff_minutes_per_100",
                               "arrivals_per_hour", "utilisation", "queue_minutes"],
        "queues.csv": ["configuration", "stage", "units", "share", "utilisation", "wait_mean_s", "wait_p95_s", "queue_max"],
        "populations.csv": ["configuration", "population", "pooled", "share", "nuisance_rate", "nuisance_low", "nuisance_high",
                            "secondary_rate", "searches_per_day"],
        "site.csv": ["configuration", "currency", "arrivals_per_day", "days_per_year", "attempts_per_year",
                     "phones_through_per_year", "phones_through_low", "phones_through_high", "phones_stopped_per_year",
                     "searches_per_day", "staff_hours_per_year", "cost_per_year", "cost_per_phone_stopped",
                     "extra_phones_stopped", "extra_cost_per_year", "rank"],
        "comparison.csv": ["baseline", "configuration", "object", "location", "innocent", "difference", "difference_low",
                           "difference_high", "baseline_only", "configuration_only", "mcnemar_p"],
        "bodymap.csv": ["configuration", "object", "location", "x_m", "y_m", "z_m", "pd"],
        "worstcase.csv": WorstCaseTable.header.filter { $0 != "trials" && $0 != "evaluations" },
    ]

    /// Reads every folder, reporting the problems of all of them together; a folder
    /// given twice is refused (it would make the same chapter twice).
    public static func loadAll(paths: [String]) throws(InputErrors) -> [ReportFolder] {
        var loaded: [ReportFolder] = [], problems: [InputDiagnostic] = []
        var seen: [String: String] = [:]
        for path in paths {
            let key = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            if let first = seen[key] {
                problems.append(InputDiagnostic(file: path, message: "is given twice (first as \(first)): give each folder once"))
                continue
            }
            seen[key] = path
            do throws(InputErrors) { loaded.append(try load(path: path)) } catch { problems += error.diagnostics }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return loaded
    }

    /// Refuses an output path that is a folder, or one of the files a run wrote into
    /// one of `folders` (the page would replace the results it reports).
    public static func checkOutput(_ output: String, against folders: [ReportFolder]) throws(InputDiagnostic) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputDiagnostic(location: nil, keyPath: "--output", message: "\(output) is a folder: name the HTML file, e.g. \(output)/report.html")
        }
        func canonical(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        let target = canonical(output)
        for folder in folders {
            for name in folder.record.files.keys.sorted() + ["run.json"] where canonical(folder.path + "/" + name) == target {
                throw InputDiagnostic(location: nil, keyPath: "--output", message:
                    "\(output) is a file of the run in \(folder.path): the page would replace it; name another file, e.g. report.html")
            }
        }
    }

    /// Reads the folder at `path`.
    public static func load(path: String) throws(InputErrors) -> ReportFolder {
        let recordPath = path + "/run.json"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputErrors(InputDiagnostic(file: path, message: "is not a folder: give the output folder of a run, compare or merge"))
        }
        guard FileManager.default.fileExists(atPath: recordPath) else {
            throw InputErrors(InputDiagnostic(file: path, message:
                "has no run.json: not a finished PortalSim run folder (run or compare into it first)"))
        }
        let record = try ResultsJSON.decode(RunRecord.self, from: ResultsJSON.readBytes(path: recordPath), path: recordPath)
        var tables: [String: ReportTable] = [:]
        let written = Set(record.files.keys)
        for (name, hash) in record.files.sorted(by: { $0.key < $1.key }) {
            guard let columns = columnsRead[name], name != "results.csv" || !written.contains("screening.csv") else { continue }
            let file = path + "/" + name
            let bytes = try ResultsJSON.readBytes(path: file)
            guard SHA256.hexDigest(bytes) == hash else {
                throw InputErrors(InputDiagnostic(file: file, message:
                    "does not match the SHA-256 run.json recorded for it: the file was changed after the run; run it again"))
            }
            let table = try ReportTable(name: name, path: file, text: String(decoding: bytes, as: UTF8.self))
            if let absent = columns.first(where: { !table.header.contains($0) }) {
                throw InputErrors(InputDiagnostic(location: SourceLocation(file: file, line: 1, column: 1), message:
                    "has no column '\(absent)': not a file this version of PortalSim wrote, or an edited one"))
            }
            tables[name] = table
        }
        guard !tables.isEmpty else {
            throw InputErrors(InputDiagnostic(file: path, message: "holds none of the files a report reads ("
                + columnsRead.keys.sorted().joined(separator: ", ") + "): give the folder of a run, compare, merge or worst-case"))
        }
        return ReportFolder(path: path, record: record, tables: tables, scenarioText: Self.scenarioText(of: record))
    }

    /// The scenario's text if its file is still where the run read it, unchanged.
    static func scenarioText(of record: RunRecord) -> String? {
        let given = record.scenarioPath
        let path = given.hasPrefix("/") ? given : (record.workingDirectory.map { $0 + "/" } ?? "") + given
        guard let data = FileManager.default.contents(atPath: path),
              RunRecord.scenarioHash(of: Array(data)) == record.scenarioHash else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
