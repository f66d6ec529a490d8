/// Everything a run leaves behind, made before anything is written: the files of its
/// output folder, its `run.json`, and what the tool prints after writing them.
public struct RunOutputs: Sendable {
    /// File name → bytes, every one built (a table that cannot be made, say a
    /// non-finite number, fails the run before the folder is touched).
    public var files: [String: [UInt8]]
    /// `run.json` without its `files`, which ``RunFolder/commit(_:record:shardCount:)``
    /// fills in from what it writes.
    public var record: RunRecord
    /// A shard's folder keeps the tally files of its siblings (same count).
    public var shardCount: Int?
    /// The tables in words, for standard output, a line end added (empty: nothing to print).
    public var summary: String
    /// Notes for standard error after the summary (the dipole warning).
    public var warnings: [String]
    /// False when the run itself is a check that failed (a qualification protocol):
    /// the files are still written, then the command ends with status 1.
    public var passed: Bool

    public init(files: [String: [UInt8]], record: RunRecord, shardCount: Int? = nil, summary: String = "",
                warnings: [String] = [], passed: Bool = true) {
        self.files = files
        self.record = record
        self.shardCount = shardCount
        self.summary = summary
        self.warnings = warnings
        self.passed = passed
    }
}
