/// What a command line may change of a scenario's run.
public struct RunOptions: Sendable, Equatable {
    /// Replaces the file's seed.
    public var seed: UInt64?
    /// Replaces the file's trials per case.
    public var trials: Int?
    /// Runs only this shard's blocks and writes its tallies.
    public var shard: ShardSpec?
    /// Runs each case until its 95 % interval's half-width is below this.
    public var precision: Double?
    /// With `precision`: the most passes a case may take.
    public var maxTrials: Int
    /// Writes passes.csv (also when the file's `output.passes` asks).
    public var recordPasses: Bool

    public init(seed: UInt64? = nil, trials: Int? = nil, shard: ShardSpec? = nil, precision: Double? = nil,
                maxTrials: Int = 100_000, recordPasses: Bool = false) {
        self.seed = seed
        self.trials = trials
        self.shard = shard
        self.precision = precision
        self.maxTrials = maxTrials
        self.recordPasses = recordPasses
    }
}
