import Foundation

/// One run from its input files to the files of one output folder — `run`, `compare`,
/// `sweep`, `qualify`, and each scenario of `check --output` — as a value the tool
/// drives the same way for all of them:
///
/// 1. the job is made from the files, already read once, decoded and validated (bad
///    input fails here, before any folder exists);
/// 2. the tool picks and prepares the folder (``folderChoice``) and shows progress
///    over ``progressTotal`` passes;
/// 3. ``run(folder:progress:)`` runs it and builds every file and the record;
/// 4. the tool commits them with ``RunFolder/commit(_:record:shardCount:)``: every file
///    written, then `run.json` last, listing them.
public protocol OutputJob: Sendable {
    /// The scenario's own folder (`output.folder`) and the fallback made from its name.
    var folderChoice: FolderChoice { get }
    /// Passes the run makes in all, and the cases they are split into, for a progress bar.
    var progressTotal: (passes: Int, cases: Int, label: String) { get }
    /// Warnings found while reading the input (printed before the run).
    var inputWarnings: [String] { get }
    /// Runs and builds the outputs; `folder` is the path the record's rerun line names.
    func run(folder: String, progress: (@Sendable (Int) -> Void)?) throws -> RunOutputs
}

/// Where a job writes when `--output` does not say: the file's `output.folder`, else
/// `fallback` (out/NAME), each named to the user by `file` and its key.
public struct FolderChoice: Sendable, Equatable {
    public let file: String
    public let fileFolder: String?
    public let fallback: String

    public init(file: String, fileFolder: String?, fallback: String) {
        self.file = file
        self.fileFolder = fileFolder
        self.fallback = fallback
    }

    /// `flag` (the command's --output) first, then the file's key, then the fallback,
    /// with the origin a refusal names.
    public func resolved(flag: String?) -> (path: String, origin: RunFolder.Origin) {
        if let flag { return (flag, .flag("--output")) }
        if let fileFolder { return (fileFolder, .key(file: file, keyPath: "output.folder")) }
        return (fallback, .key(file: file, keyPath: "name"))
    }
}

/// How a job was started, for its `run.json`: the run's threads and this process's
/// command line, start time and working directory.
public struct JobContext: Sendable {
    public var threads: Int
    public var commandLine: [String]
    public var workingDirectory: String

    public init(threads: Int, commandLine: [String] = CommandLine.arguments,
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.threads = threads
        self.commandLine = commandLine
        self.workingDirectory = workingDirectory
    }

    /// `run.json` of a run of `sources` (their bytes hashed, as read; the files they
    /// import hashed now; then the built-in library's files, hashed as the process read
    /// them), started now, with `rerun` the arguments repeating it.
    func record(sources: [SourceFile], seed: UInt64, trials: Int?, shard: ShardSpec? = nil,
                rerun: [String]) throws(InputErrors) -> RunRecord {
        RunRecord(toolVersion: PortalSimVersion.string, scenarioPath: sources.map(\.path).joined(separator: " "),
                  scenarioHash: SourceFile.combinedHash(sources), seed: seed, threads: threads, shard: shard,
                  commandLine: commandLine, startedAt: ISO8601DateFormatter().string(from: Date()),
                  build: BuildIdentity.current, inputs: try RunRecord.inputs(sources: sources) + BuiltInLibrary.check().files,
                  trials: trials,
                  workingDirectory: workingDirectory, rerun: RunRecord.shellCommand(["portalsim"] + rerun))
    }
}
