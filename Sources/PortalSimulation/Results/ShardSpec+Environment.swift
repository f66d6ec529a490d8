extension ShardSpec {
    /// The shard a batch scheduler assigned through the environment, if any. Read only
    /// when asked for (`--shard auto`): a plain `run` inside an array task (an array
    /// over scenario files, or a job submitted from inside one) must not shard itself.
    ///
    /// - Slurm job arrays (`sbatch --array=0-9`) set `SLURM_ARRAY_TASK_ID` and
    ///   `SLURM_ARRAY_TASK_COUNT`. The index is the task ID less
    ///   `SLURM_ARRAY_TASK_MIN` (so `--array=1-10` works too); the count is
    ///   `SLURM_ARRAY_TASK_COUNT`, or `SLURM_ARRAY_TASK_MAX − MIN + 1` when COUNT is
    ///   not set. The array must be a contiguous range with step 1.
    /// - Grid Engine array jobs (`qsub -t 1-10`) set `SGE_TASK_ID`, `SGE_TASK_FIRST`,
    ///   `SGE_TASK_LAST` and `SGE_TASK_STEPSIZE`, 1-based: the index is
    ///   (ID − FIRST) / STEPSIZE, the count (LAST − FIRST) / STEPSIZE + 1. A job that
    ///   is not an array has `SGE_TASK_ID=undefined`, which counts as not set.
    /// - Google Batch sets `BATCH_TASK_INDEX` (0-based) and `BATCH_TASK_COUNT`.
    /// - AWS Batch array jobs set `AWS_BATCH_JOB_ARRAY_INDEX` only (0-based), and
    ///   Kubernetes indexed Jobs (`completionMode: Indexed`) `JOB_COMPLETION_INDEX`
    ///   only: the number of shards (the array size, the Job's `completions`) must come
    ///   from the command line, `--shard-count`, passed here as `count`.
    ///
    /// Re-running one failed shard: a `count` that differs from the array's size means
    /// the array is a subset of the shards (`sbatch --array=7`, `qsub -t 8`), so the task
    /// ID itself is the shard index — as is for Slurm and Google Batch, less one for
    /// Grid Engine's 1-based IDs. With the array's own size, `count` must agree.
    ///
    /// The first scheduler found in the order Slurm, Grid Engine, Google Batch, AWS
    /// Batch, Kubernetes wins. Returns nil when none is set and no count was given;
    /// throws when a count was given with no index to go with it, or when a variable
    /// is malformed or out of range.
    public static func fromEnvironment(_ environment: [String: String], count: Int?) throws(InputDiagnostic) -> ShardSpec? {
        if let id = environment["SLURM_ARRAY_TASK_ID"] {
            return try fromSlurm(id: id, environment, count: count)
        }
        if let id = environment["SGE_TASK_ID"], id != "undefined" {
            return try fromGridEngine(id: id, environment, count: count)
        }
        if let index = environment["BATCH_TASK_INDEX"] {
            let taskIndex = try integer("BATCH_TASK_INDEX", index)
            let tasks = try environment["BATCH_TASK_COUNT"].map { text throws(InputDiagnostic) in try integer("BATCH_TASK_COUNT", text) }
            guard let shards = count ?? tasks else {
                throw variable("BATCH_TASK_INDEX", "is set but BATCH_TASK_COUNT is not; pass --shard-count")
            }
            return try validated(index: taskIndex, count: shards, source: "BATCH_TASK_INDEX")
        }
        for name in ["AWS_BATCH_JOB_ARRAY_INDEX", "JOB_COMPLETION_INDEX"] {
            guard let index = environment[name] else { continue }
            let shardIndex = try integer(name, index)
            guard let count else {
                throw variable(name, "gives the shard index only; pass the number of shards "
                               + (name == "JOB_COMPLETION_INDEX" ? "(the Job's completions)" : "(the array size)")
                               + " with --shard-count")
            }
            return try validated(index: shardIndex, count: count, source: name)
        }
        if let count {
            throw InputDiagnostic(location: nil, keyPath: "--shard-count", message:
                "--shard-count \(count) needs a shard index: pass --shard i/n instead, or run under a scheduler that sets "
                + "SLURM_ARRAY_TASK_ID, SGE_TASK_ID, BATCH_TASK_INDEX, AWS_BATCH_JOB_ARRAY_INDEX or JOB_COMPLETION_INDEX")
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
        if let count, count != arrayCount {
            // A subset of the shards (re-running failed ones): the task ID is the index.
            return try validated(index: taskID, count: count, source: "SLURM_ARRAY_TASK_ID")
        }
        guard let shards = arrayCount else {
            throw variable("SLURM_ARRAY_TASK_ID", "is set but SLURM_ARRAY_TASK_COUNT and SLURM_ARRAY_TASK_MAX are not; pass --shard-count")
        }
        return try validated(index: taskID - minimum, count: shards, source: "SLURM_ARRAY_TASK_ID")
    }

    private static func fromGridEngine(id: String, _ environment: [String: String], count: Int?) throws(InputDiagnostic) -> ShardSpec {
        let taskID = try integer("SGE_TASK_ID", id)
        guard taskID >= 1 else { throw variable("SGE_TASK_ID", "is 0; Grid Engine task IDs start at 1") }
        func value(_ name: String) throws(InputDiagnostic) -> Int? {
            guard let text = environment[name], text != "undefined" else { return nil }
            return try integer(name, text)
        }
        let first = try value("SGE_TASK_FIRST") ?? 1
        let step = try value("SGE_TASK_STEPSIZE") ?? 1
        guard step >= 1 else { throw variable("SGE_TASK_STEPSIZE", "must be at least 1, got \(step)") }
        guard taskID >= first, (taskID - first) % step == 0 else {
            throw variable("SGE_TASK_ID", "is \(taskID), not one of the tasks from SGE_TASK_FIRST \(first) in steps of \(step)")
        }
        let arrayCount = try value("SGE_TASK_LAST").map { last in last < first ? 0 : (last - first) / step + 1 }
        if let count, count != arrayCount {
            return try validated(index: taskID - 1, count: count, source: "SGE_TASK_ID")
        }
        guard let shards = arrayCount else {
            throw variable("SGE_TASK_ID", "is set but SGE_TASK_LAST is not; pass --shard-count")
        }
        return try validated(index: (taskID - first) / step, count: shards, source: "SGE_TASK_ID")
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
