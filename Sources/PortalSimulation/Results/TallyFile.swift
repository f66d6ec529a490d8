/// The tallies one run or one shard writes, with what identifies the run, so that
/// `portalsim merge` can refuse to add up shards of different runs.
///
/// The file is compact JSON with sorted keys (see `ResultsJSON`): identical tallies
/// give identical bytes. A merged file is a whole run: shard 0 of 1.
public struct TallyFile: Codable, Sendable {
    /// The layout version of tally files; readers refuse other versions. 4 adds each
    /// portal tally's `dipoleFlagged`, which a format-3 file cannot supply: reading one
    /// as "no flagged passes" would be a claim it never made. 5 adds `checksum`: a
    /// format-4 file cannot be told apart from a hand-edited one. 6 adds the scenario's
    /// row order (`caseOrder`), whether it is a screening run (`isScreening`) and the
    /// screening tallies' routes, so that a merge without `--scenario` writes the bytes
    /// the unsharded run wrote.
    public static let formatVersion = 6

    /// The version of portalsim that wrote the file.
    public var toolVersion: String
    /// The scenario's `name`.
    public var scenarioName: String
    /// SHA-256 (hex) of the scenario file's bytes.
    public var scenarioHash: String
    /// The run's seed.
    public var seed: UInt64
    /// Which shard this is, 0 ≤ shardIndex < shardCount.
    public var shardIndex: Int
    /// How many shards the run was split into; 1 for a whole run.
    public var shardCount: Int
    /// Passes per case of the whole run and the block size it was cut in: shards of
    /// runs with different `--trials` cover different blocks and must not be added.
    public var trialsPerCase: Int
    public var blockSize: Int
    /// The counts: the portal stages', as results.csv reports them.
    public var tallies: TallySet
    /// Every configuration's pipeline counts, for screening.csv and comparison.csv.
    public var screening: ScreeningTallySet
    /// The scenario's cases in file order (`CaseOrder`), for the rows of a merge made
    /// without the scenario file.
    public var caseOrder: [CaseKey] = []
    /// Whether the scenario is a screening run (`RunScenario.isScreening`): then
    /// results.csv holds the portal stages' alarm rate.
    public var isScreening = false
    /// The file this was read from, used to name it in messages; not stored in it.
    public var sourcePath: String?

    public init(toolVersion: String, scenarioName: String, scenarioHash: String, seed: UInt64,
                trialsPerCase: Int, blockSize: Int,
                shardIndex: Int, shardCount: Int, tallies: TallySet, screening: ScreeningTallySet = ScreeningTallySet()) {
        precondition(shardCount >= 1 && (0..<shardCount).contains(shardIndex),
                     "TallyFile: shard \(shardIndex) of \(shardCount)")
        self.toolVersion = toolVersion
        self.scenarioName = scenarioName
        self.scenarioHash = scenarioHash
        self.seed = seed
        self.trialsPerCase = trialsPerCase
        self.blockSize = blockSize
        self.shardIndex = shardIndex
        self.shardCount = shardCount
        self.tallies = tallies
        self.screening = screening
        self.sourcePath = nil
    }

    /// The file's bytes: compact, sorted-keys JSON and a final newline.
    public func encoded() throws(ResultsError) -> [UInt8] {
        try ResultsJSON.encode(self, pretty: false)
    }

    /// Writes the file atomically.
    public func write(to path: String) throws(FileWriteError) {
        try ResultsJSON.write(self, pretty: false, to: path)
    }

    /// Reads a tally file; an unreadable, malformed or inconsistent file is reported
    /// naming the path (and the key path of the bad value when there is one).
    public static func read(path: String) throws(InputErrors) -> TallyFile {
        try decode(ResultsJSON.readBytes(path: path), path: path)
    }

    /// Decodes the bytes of a tally file read from `path`, and checks its checksum: a
    /// file whose counts were edited (or damaged) but still agree with each other is
    /// refused here rather than added into a merged result.
    public static func decode(_ bytes: [UInt8], path: String) throws(InputErrors) -> TallyFile {
        var file = try ResultsJSON.decode(TallyFile.self, from: bytes, path: path)
        let expected: String
        do { expected = try file.contentChecksum() } catch {
            throw InputErrors(InputDiagnostic(file: path, message: error.description))
        }
        guard file.storedChecksum == expected else {
            throw InputErrors(InputDiagnostic(file: path, keyPath: "checksum", message:
                "does not match the file's content (SHA-256 \(expected)): the file was edited or damaged; run this shard again"))
        }
        file.sourcePath = path
        return file
    }

    /// The checksum read from the file (nil for one made in memory); `decode` compares
    /// it with `contentChecksum()`.
    private var storedChecksum: String?

    /// SHA-256 (hex) of the file's bytes without the `checksum` key: every other key,
    /// compact and sorted as written, so a reader recomputes it from the decoded values.
    func contentChecksum() throws(ResultsError) -> String {
        SHA256.hexDigest(try ResultsJSON.encode(Content(file: self), pretty: false))
    }

    /// The file's content without its checksum, the bytes the checksum is taken of.
    private struct Content: Encodable {
        let file: TallyFile
        func encode(to encoder: any Encoder) throws { try file.encodeContent(to: encoder) }
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion, toolVersion, scenarioName, scenarioHash, seed, trialsPerCase, blockSize, shardIndex, shardCount, tallies, screening
        case caseOrder, isScreening, checksum
    }

    public func encode(to encoder: any Encoder) throws {
        try encodeContent(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(try contentChecksum(), forKey: .checksum)
    }

    private func encodeContent(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.formatVersion, forKey: .formatVersion)
        try container.encode(toolVersion, forKey: .toolVersion)
        try container.encode(scenarioName, forKey: .scenarioName)
        try container.encode(scenarioHash, forKey: .scenarioHash)
        try container.encode(seed, forKey: .seed)
        try container.encode(trialsPerCase, forKey: .trialsPerCase)
        try container.encode(blockSize, forKey: .blockSize)
        try container.encode(shardIndex, forKey: .shardIndex)
        try container.encode(shardCount, forKey: .shardCount)
        try container.encode(tallies, forKey: .tallies)
        try container.encode(screening, forKey: .screening)
        try container.encode(caseOrder, forKey: .caseOrder)
        try container.encode(isScreening, forKey: .isScreening)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .formatVersion)
        guard version == Self.formatVersion else {
            let why = version < Self.formatVersion
                ? "written by an older portalsim; run the shards again with this one"
                : "written by a newer portalsim"
            throw DecodingError.dataCorruptedError(
                forKey: .formatVersion, in: container,
                debugDescription: "tally file format \(version) (\(why)); this portalsim reads format \(Self.formatVersion)")
        }
        toolVersion = try container.decode(String.self, forKey: .toolVersion)
        scenarioName = try container.decode(String.self, forKey: .scenarioName)
        scenarioHash = try container.decode(String.self, forKey: .scenarioHash)
        seed = try container.decode(UInt64.self, forKey: .seed)
        trialsPerCase = try container.decode(Int.self, forKey: .trialsPerCase)
        blockSize = try container.decode(Int.self, forKey: .blockSize)
        guard blockSize >= 1 else {
            throw DecodingError.dataCorruptedError(forKey: .blockSize, in: container,
                                                   debugDescription: "must be at least 1, got \(blockSize)")
        }
        // Room for a whole last block, so that block arithmetic cannot overflow.
        guard trialsPerCase >= 0, trialsPerCase <= Int.max - blockSize else {
            throw DecodingError.dataCorruptedError(forKey: .trialsPerCase, in: container,
                                                   debugDescription: "\(trialsPerCase) is out of range (0 to \(Int.max - blockSize))")
        }
        shardCount = try container.decode(Int.self, forKey: .shardCount)
        guard shardCount >= 1 else {
            throw DecodingError.dataCorruptedError(forKey: .shardCount, in: container,
                                                   debugDescription: "must be at least 1, got \(shardCount)")
        }
        shardIndex = try container.decode(Int.self, forKey: .shardIndex)
        guard (0..<shardCount).contains(shardIndex) else {
            throw DecodingError.dataCorruptedError(
                forKey: .shardIndex, in: container,
                debugDescription: "shard \(shardIndex) of \(shardCount); indices run from 0 to \(shardCount - 1)")
        }
        tallies = try container.decode(TallySet.self, forKey: .tallies)
        screening = try container.decode(ScreeningTallySet.self, forKey: .screening)
        caseOrder = try container.decode([CaseKey].self, forKey: .caseOrder)
        isScreening = try container.decode(Bool.self, forKey: .isScreening)
        storedChecksum = try container.decode(String.self, forKey: .checksum)
        sourcePath = nil
    }

    /// The passes each case of this shard should hold: those of its blocks, the last
    /// block of the run ending at `trialsPerCase`.
    public var expectedTrialsPerCase: Int {
        let blocks = (trialsPerCase + blockSize - 1) / blockSize
        let range = ShardSpec(index: shardIndex, count: shardCount).trialRange(ofBlocks: blocks)
        guard !range.isEmpty else { return 0 }
        return Swift.min(range.upperBound * blockSize, trialsPerCase) - range.lowerBound * blockSize
    }
}
