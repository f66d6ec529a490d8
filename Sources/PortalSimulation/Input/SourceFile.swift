import Foundation

/// An input file's path and bytes, read once: a run parses these bytes and records
/// their SHA-256, so the hash in `run.json` is of the file that ran even if it is
/// edited while the run goes on.
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The file at `path`; a missing file, a folder or an unreadable file is an input
    /// error naming it.
    public init(reading path: String) throws(InputErrors) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputErrors(InputDiagnostic(file: path, message: "no such file"))
        }
        guard !isDirectory.boolValue else {
            throw InputErrors(InputDiagnostic(file: path, message: "is a directory, expected a YAML file"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputErrors(InputDiagnostic(file: path, message: "cannot read file (permission denied?)"))
        }
        self.init(path: path, bytes: [UInt8](data))
    }

    /// The files' bytes one after another hashed, as `run.json`'s `scenarioHash`.
    public static func combinedHash(_ files: [SourceFile]) -> String {
        RunRecord.scenarioHash(of: files.flatMap(\.bytes))
    }

    /// Scenario files read once and decoded, in order; every file's problems reported
    /// together.
    public static func scenarios(_ paths: [String]) throws(InputErrors) -> ([SourceFile], [ScenarioFile]) {
        var sources: [SourceFile] = [], files: [ScenarioFile] = [], problems = DiagnosticCollector()
        for path in paths {
            do throws(InputErrors) {
                let source = try SourceFile(reading: path)
                files.append(try ScenarioFile.decode(YAMLDocument(source)))
                sources.append(source)
            } catch {
                problems.report(contentsOf: error)
            }
        }
        try problems.throwIfAny()
        return (sources, files)
    }
}
