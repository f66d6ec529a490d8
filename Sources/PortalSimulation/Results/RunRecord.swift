/// `run.json`: what is needed to reproduce a run — the tool version, the exact
/// scenario (its path and the SHA-256 of its bytes), the seed, the threads, the
/// shard and the command line — written next to its results.
///
/// The start time is passed in by the caller rather than read from the clock here,
/// so that the record is a pure function of its inputs (and testable byte for byte).
/// The file is pretty-printed JSON with sorted keys; `shard` is "i/n" or null.
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

    public init(toolVersion: String, scenarioPath: String, scenarioHash: String, seed: UInt64, threads: Int,
                shard: ShardSpec?, commandLine: [String], startedAt: String) {
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
    }
}
