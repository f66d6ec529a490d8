extension ShardSpec {
    /// The shard a batch scheduler assigned through the environment, if any.
    ///
    /// - Slurm job arrays (`sbatch --array=0-9`) set `SLURM_ARRAY_TASK_ID` and
    ///   `SLURM_ARRAY_TASK_COUNT`. The index is the task ID less
    ///   `SLURM_ARRAY_TASK_MIN` (so `--array=1-10` works too); the count is
    ///   `SLURM_ARRAY_TASK_COUNT`, or `SLURM_ARRAY_TASK_MAX − MIN + 1` when COUNT is
    ///   not set. The array must be a contiguous range with step 1.
    /// - Kubernetes indexed Jobs (`completionMode: Indexed`) set
    ///   `JOB_COMPLETION_INDEX` only: the number of shards (the Job's `completions`)
    ///   must come from the command line, `--shard-count`, passed here as `count`.
    ///
    /// With Slurm, `count` is optional but must agree with the array when given.
    /// Slurm's variables win when both schedulers' are set. Returns nil when neither
    /// is set and no count was given; throws when a count was given with no index
    /// to go with it, or when a variable is malformed or out of range.
    public static func fromEnvironment(_ environment: [String: String], count: Int?) throws(InputDiagnostic) -> ShardSpec? {
        if let id = environment["SLURM_ARRAY_TASK_ID"] {
            return try fromSlurm(id: id, environment, count: count)
        }
        if let index = environment["JOB_COMPLETION_INDEX"] {
            return try fromKubernetes(index: index, count: count)
        }
        if let count {
            throw InputDiagnostic(location: nil, keyPath: "--shard-count", message:
                "--shard-count \(count) needs a shard index: pass --shard i/n instead, or run under a "
                + "scheduler that sets SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX")
        }
        return nil
    }

    /// The shard from the environment when the command line gives no count.
    public static func fromEnvironment(_ environment: [String: String]) throws(InputDiagnostic) -> ShardSpec? {
        try fromEnvironment(environment, count: nil)
    }

    private static func fromSlurm(id: String, _ environment: [String: String], count: Int?) throws(InputDiagnostic) -> ShardSpec {
        let taskID = try integer("SLURM_ARRAY_TASK_ID", id)
        var minimum = 0
        if let text = environment["SLURM_ARRAY_TASK_MIN"] {
            minimum = try integer("SLURM_ARRAY_TASK_MIN", text)
        }
        if let step = environment["SLURM_ARRAY_TASK_STEP"], try integer("SLURM_ARRAY_TASK_STEP", step) != 1 {
            throw variable("SLURM_ARRAY_TASK_STEP", "is \(step); shard arrays need a step of 1 (e.g. --array=0-9)")
        }
        var arrayCount: Int?
        if let text = environment["SLURM_ARRAY_TASK_COUNT"] {
            arrayCount = try integer("SLURM_ARRAY_TASK_COUNT", text)
        } else if let text = environment["SLURM_ARRAY_TASK_MAX"] {
            arrayCount = try integer("SLURM_ARRAY_TASK_MAX", text) - minimum + 1
        }
        if let count, let arrayCount, count != arrayCount {
            throw InputDiagnostic(location: nil, keyPath: "--shard-count", message:
                "--shard-count \(count) disagrees with the Slurm array of \(arrayCount) tasks")
        }
        guard let shards = count ?? arrayCount else {
            throw variable("SLURM_ARRAY_TASK_ID", "is set but SLURM_ARRAY_TASK_COUNT and SLURM_ARRAY_TASK_MAX are not; pass --shard-count")
        }
        return try validated(index: taskID - minimum, count: shards, source: "SLURM_ARRAY_TASK_ID")
    }

    private static func fromKubernetes(index: String, count: Int?) throws(InputDiagnostic) -> ShardSpec {
        let shardIndex = try integer("JOB_COMPLETION_INDEX", index)
        guard let count else {
            throw variable("JOB_COMPLETION_INDEX", "gives the shard index only; pass the number of shards "
                           + "(the Job's completions) with --shard-count")
        }
        return try validated(index: shardIndex, count: count, source: "JOB_COMPLETION_INDEX")
    }

    private static func validated(index: Int, count: Int, source: String) throws(InputDiagnostic) -> ShardSpec {
        guard count >= 1 else { throw variable(source, "the number of shards must be at least 1, got \(count)") }
        guard (0..<count).contains(index) else {
            throw variable(source, "gives shard index \(index), but shards of \(count) are numbered 0 to \(count - 1)")
        }
        return ShardSpec(index: index, count: count)
    }

    private static func integer(_ name: String, _ text: String) throws(InputDiagnostic) -> Int {
        guard let value = decimal(Substring(text)) else {
            throw variable(name, "expected a non-negative integer, got '\(text)'")
        }
        return value
    }

    private static func variable(_ name: String, _ message: String) -> InputDiagnostic {
        InputDiagnostic(location: nil, keyPath: name, message: message)
    }
}
