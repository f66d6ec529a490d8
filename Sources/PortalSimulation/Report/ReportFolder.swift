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
        for (name, hash) in record.files.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".csv") {
            let file = path + "/" + name
            let bytes = try ResultsJSON.readBytes(path: file)
            guard SHA256.hexDigest(bytes) == hash else {
                throw InputErrors(InputDiagnostic(file: file, message:
                    "does not match the SHA-256 run.json recorded for it: the file was changed after the run; run it again"))
            }
            tables[name] = try ReportTable(name: name, path: file, text: String(decoding: bytes, as: UTF8.self))
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
