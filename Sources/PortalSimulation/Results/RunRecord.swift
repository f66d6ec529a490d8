/// `run.json`: what is needed to reproduce a run — the tool version and build, the exact
/// scenario (its path and the SHA-256 of its bytes) and every file it imports, the
/// effective seed, trials, threads and shard, the command line and a command that
/// re-runs it — written next to its results, *last*: a folder with a `run.json` is a
/// finished one, and `files` lists (with their SHA-256) what that run wrote there.
///
/// The start time is passed in by the caller rather than read from the clock here,
/// so that the record is a pure function of its inputs (and testable byte for byte).
/// The file is pretty-printed JSON with sorted keys; `shard` is "i/n" or null.
/// Records written before the newer fields existed read back with them empty.
public struct RunRecord: Codable, Equatable, Sendable {
    /// The version of portalsim that made the run.
    public var toolVersion: String
    /// The scenario file as given on the command line.
    public var scenarioPath: String
    /// SHA-256 (64 lowercase hex digits) of the scenario file's bytes; see
    /// `RunRecord.scenarioHash(of:)`.
    public var scenarioHash: String
    /// The seed the random streams derive from.
    public var seed: UInt64
    /// Worker threads used (results do not depend on it).
    public var threads: Int
    /// The slice of the run this process made, or nil for the whole run.
    public var shard: ShardSpec?
    /// The command line, program name first.
    public var commandLine: [String]
    /// When the run started, ISO 8601 (e.g. "2025-03-01T12:00:00Z"), as the caller
    /// formatted it.
    public var startedAt: String
    /// The build of the tool (`BuildIdentity.current`: the executable's size and time,
    /// and GSL's version, as the signature store names it), nil when unknown.
    public var build: String?
    /// Every file the run read, each with its SHA-256: the scenario first, the files it
    /// imports, then the built-in library's three files (``BuiltInLibrary/files``).
    public var inputs: [HashedFile]
    /// Passes per case as run (the scenario's `trials` or `--trials`); nil when the
    /// trials were decided as the run went (`--precision`) or do not apply.
    public var trials: Int?
    /// The directory relative paths in `commandLine` and `rerun` are relative to.
    public var workingDirectory: String?
    /// A shell command that repeats the run with its effective inputs made explicit
    /// (seed, trials, shard, output folder), from `workingDirectory`. It reproduces the
    /// results if the files in `inputs` still have their hashes.
    public var rerun: String?
    /// The files the run wrote into its folder (run.json aside), name → SHA-256;
    /// filled in by `RunFolder.commit`.
    public var files: [String: String]

    public init(toolVersion: String, scenarioPath: String, scenarioHash: String, seed: UInt64, threads: Int,
                shard: ShardSpec?, commandLine: [String], startedAt: String,
                build: String? = nil, inputs: [HashedFile] = [], trials: Int? = nil,
                workingDirectory: String? = nil, rerun: String? = nil, files: [String: String] = [:]) {
        self.build = build
        self.inputs = inputs
        self.trials = trials
        self.workingDirectory = workingDirectory
        self.rerun = rerun
        self.files = files
        self.toolVersion = toolVersion
        self.scenarioPath = scenarioPath
        self.scenarioHash = scenarioHash
        self.seed = seed
        self.threads = threads
        self.shard = shard
        self.commandLine = commandLine
        self.startedAt = startedAt
    }

    /// The scenario hash of a scenario file's bytes: its SHA-256 in hex.
    public static func scenarioHash(of scenarioBytes: [UInt8]) -> String {
        SHA256.hexDigest(scenarioBytes)
    }

    /// The file's bytes: pretty-printed, sorted-keys JSON and a final newline.
    public func encoded() throws(ResultsError) -> [UInt8] {
        try ResultsJSON.encode(self, pretty: true)
    }

    /// Writes `run.json` atomically.
    public func write(to path: String) throws(FileWriteError) {
        try ResultsJSON.write(self, pretty: true, to: path)
    }

    /// Reads a `run.json`, naming the path if it is unreadable or malformed.
    public static func read(path: String) throws(InputErrors) -> RunRecord {
        try ResultsJSON.decode(RunRecord.self, from: ResultsJSON.readBytes(path: path), path: path)
    }

    private enum CodingKeys: String, CodingKey {
        case toolVersion, scenarioPath, scenarioHash, seed, threads, shard, commandLine, startedAt
        case build, inputs, trials, workingDirectory, rerun, files
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(toolVersion, forKey: .toolVersion)
        try container.encode(scenarioPath, forKey: .scenarioPath)
        try container.encode(scenarioHash, forKey: .scenarioHash)
        try container.encode(seed, forKey: .seed)
        try container.encode(threads, forKey: .threads)
        try container.encode(shard?.description, forKey: .shard)  // null, not absent, when whole
        try container.encode(commandLine, forKey: .commandLine)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(build, forKey: .build)
        try container.encode(inputs, forKey: .inputs)
        try container.encode(trials, forKey: .trials)
        try container.encode(workingDirectory, forKey: .workingDirectory)
        try container.encode(rerun, forKey: .rerun)
        try container.encode(files, forKey: .files)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        toolVersion = try container.decode(String.self, forKey: .toolVersion)
        scenarioPath = try container.decode(String.self, forKey: .scenarioPath)
        scenarioHash = try container.decode(String.self, forKey: .scenarioHash)
        seed = try container.decode(UInt64.self, forKey: .seed)
        threads = try container.decode(Int.self, forKey: .threads)
        if let text = try container.decodeIfPresent(String.self, forKey: .shard) {
            do {
                shard = try ShardSpec.parse(text)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .shard, in: container, debugDescription: error.message)
            }
        } else {
            shard = nil
        }
        commandLine = try container.decode([String].self, forKey: .commandLine)
        startedAt = try container.decode(String.self, forKey: .startedAt)
        build = try container.decodeIfPresent(String.self, forKey: .build)
        inputs = try container.decodeIfPresent([HashedFile].self, forKey: .inputs) ?? []
        trials = try container.decodeIfPresent(Int.self, forKey: .trials)
        workingDirectory = try container.decodeIfPresent(String.self, forKey: .workingDirectory)
        rerun = try container.decodeIfPresent(String.self, forKey: .rerun)
        files = try container.decodeIfPresent([String: String].self, forKey: .files) ?? [:]
    }
}
