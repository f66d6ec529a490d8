import Testing
@testable import PortalSimulation

struct ResultsShardSpecTests {
    func message(_ body: () throws(InputDiagnostic) -> ShardSpec?) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.description
        }
    }

    @Test func parsesIndexSlashCount() throws {
        #expect(try ShardSpec.parse("0/4") == ShardSpec(index: 0, count: 4))
        #expect(try ShardSpec.parse("3/4") == ShardSpec(index: 3, count: 4))
        #expect(try ShardSpec.parse("0/1") == .whole)
        #expect(ShardSpec(index: 2, count: 5).description == "2/5")
    }

    @Test(arguments: ["", "3", "1/", "/4", "a/4", "1/4/5", "-1/4", "+1/4", " 1/4", "1.0/4"])
    func refusesMalformedText(text: String) {
        #expect(message { () throws(InputDiagnostic) in try ShardSpec.parse(text) }
            == "--shard: expected i/n, the 0-based shard index and the number of shards (e.g. 0/4), got '\(text)'")
    }

    @Test func refusesOutOfRangeValues() {
        #expect(message { () throws(InputDiagnostic) in try ShardSpec.parse("4/4") }
            == "--shard: shard index 4 is out of range: shards of 4 are numbered 0 to 3")
        #expect(message { () throws(InputDiagnostic) in try ShardSpec.parse("0/0") }
            == "--shard: the number of shards must be at least 1, got '0/0'")
    }

    @Test func blocksAreSplitEvenlyEarlierShardsTakingTheRemainder() {
        let ranges = (0..<3).map { ShardSpec(index: $0, count: 3).trialRange(ofBlocks: 10) }
        #expect(ranges == [0..<4, 4..<7, 7..<10])
        #expect(ShardSpec.whole.trialRange(ofBlocks: 10) == 0..<10)
        let many = (0..<4).map { ShardSpec(index: $0, count: 4).trialRange(ofBlocks: 2) }
        #expect(many == [0..<1, 1..<2, 2..<2, 2..<2])
        // Every split tiles the blocks in order, sizes differing by at most one.
        for count in 1...9 {
            for blocks in 0...30 {
                let parts = (0..<count).map { ShardSpec(index: $0, count: count).trialRange(ofBlocks: blocks) }
                #expect(parts.first?.lowerBound == 0 && parts.last?.upperBound == blocks)
                #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
                let sizes = parts.map(\.count)
                #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
                #expect(sizes == sizes.sorted(by: >))
            }
        }
    }

    @Test func slurmArrays() throws {
        #expect(try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_COUNT": "8"])
            == ShardSpec(index: 3, count: 8))
        #expect(try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "7", "SLURM_ARRAY_TASK_MIN": "0",
                                               "SLURM_ARRAY_TASK_MAX": "7"]) == ShardSpec(index: 7, count: 8))
        // --array=1-10: task IDs from 1.
        #expect(try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "10", "SLURM_ARRAY_TASK_MIN": "1",
                                               "SLURM_ARRAY_TASK_MAX": "10", "SLURM_ARRAY_TASK_COUNT": "10"])
            == ShardSpec(index: 9, count: 10))
        #expect(try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "2"], count: 5) == ShardSpec(index: 2, count: 5))
        #expect(try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_COUNT": "5"], count: 5)
            == ShardSpec(index: 2, count: 5))
    }

    @Test func slurmErrors() {
        #expect(message { () throws(InputDiagnostic) in
            try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "x", "SLURM_ARRAY_TASK_COUNT": "4"])
        } == "SLURM_ARRAY_TASK_ID: expected a non-negative integer, got 'x'")
        #expect(message { () throws(InputDiagnostic) in
            try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_COUNT": "4"])
        } == "SLURM_ARRAY_TASK_ID: gives shard index 4, but shards of 4 are numbered 0 to 3")
        #expect(message { () throws(InputDiagnostic) in
            try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "2"])
        } == "SLURM_ARRAY_TASK_ID: is set but SLURM_ARRAY_TASK_COUNT and SLURM_ARRAY_TASK_MAX are not; pass --shard-count")
        #expect(message { () throws(InputDiagnostic) in
            try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_COUNT": "4",
                                           "SLURM_ARRAY_TASK_STEP": "2"])
        } == "SLURM_ARRAY_TASK_STEP: is 2; shard arrays need a step of 1 (e.g. --array=0-9)")
    }

    /// Re-running one failed shard (#10 item 7): an array of fewer tasks than
    /// --shard-count is a subset of the shards, its task IDs the shard indices.
    @Test func rerunningOneShardOfAnArray() throws {
        // sbatch --array=7 … --shard auto --shard-count 10
        #expect(try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "7", "SLURM_ARRAY_TASK_MIN": "7",
                                               "SLURM_ARRAY_TASK_MAX": "7", "SLURM_ARRAY_TASK_COUNT": "1"], count: 10)
            == ShardSpec(index: 7, count: 10))
        #expect(try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_COUNT": "4"], count: 5)
            == ShardSpec(index: 2, count: 5))
        // The whole array with its own size: less the first ID, as without a count.
        #expect(try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "10", "SLURM_ARRAY_TASK_MIN": "1",
                                               "SLURM_ARRAY_TASK_MAX": "10", "SLURM_ARRAY_TASK_COUNT": "10"], count: 10)
            == ShardSpec(index: 9, count: 10))
        // qsub -t 8 … --shard-count 10: Grid Engine's ID 8 is shard 7.
        #expect(try ShardSpec.fromEnvironment(["SGE_TASK_ID": "8", "SGE_TASK_FIRST": "8", "SGE_TASK_LAST": "8",
                                               "SGE_TASK_STEPSIZE": "1"], count: 10) == ShardSpec(index: 7, count: 10))
        #expect(message { () throws(InputDiagnostic) in
            try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "12", "SLURM_ARRAY_TASK_COUNT": "1"], count: 10)
        } == "SLURM_ARRAY_TASK_ID: gives shard index 12, but shards of 10 are numbered 0 to 9")
    }

    @Test func gridEngineArrays() throws {
        // qsub -t 1-10: IDs 1…10.
        #expect(try ShardSpec.fromEnvironment(["SGE_TASK_ID": "1", "SGE_TASK_FIRST": "1", "SGE_TASK_LAST": "10",
                                               "SGE_TASK_STEPSIZE": "1"]) == ShardSpec(index: 0, count: 10))
        // qsub -t 2-20:2: IDs 2, 4, …, 20.
        #expect(try ShardSpec.fromEnvironment(["SGE_TASK_ID": "8", "SGE_TASK_FIRST": "2", "SGE_TASK_LAST": "20",
                                               "SGE_TASK_STEPSIZE": "2"]) == ShardSpec(index: 3, count: 10))
        // Not an array job.
        #expect(try ShardSpec.fromEnvironment(["SGE_TASK_ID": "undefined", "SGE_TASK_FIRST": "undefined"]) == nil)
        #expect(message { () throws(InputDiagnostic) in
            try ShardSpec.fromEnvironment(["SGE_TASK_ID": "3", "SGE_TASK_FIRST": "2", "SGE_TASK_LAST": "20", "SGE_TASK_STEPSIZE": "2"])
        } == "SGE_TASK_ID: is 3, not one of the tasks from SGE_TASK_FIRST 2 in steps of 2")
        #expect(message { () throws(InputDiagnostic) in try ShardSpec.fromEnvironment(["SGE_TASK_ID": "3"]) }
            == "SGE_TASK_ID: is set but SGE_TASK_LAST is not; pass --shard-count")
    }

    @Test func googleAndAWSBatch() throws {
        #expect(try ShardSpec.fromEnvironment(["BATCH_TASK_INDEX": "4", "BATCH_TASK_COUNT": "5"]) == ShardSpec(index: 4, count: 5))
        #expect(try ShardSpec.fromEnvironment(["BATCH_TASK_INDEX": "4"], count: 8) == ShardSpec(index: 4, count: 8))
        #expect(message { () throws(InputDiagnostic) in try ShardSpec.fromEnvironment(["BATCH_TASK_INDEX": "5", "BATCH_TASK_COUNT": "5"]) }
            == "BATCH_TASK_INDEX: gives shard index 5, but shards of 5 are numbered 0 to 4")
        #expect(try ShardSpec.fromEnvironment(["AWS_BATCH_JOB_ARRAY_INDEX": "0"], count: 3) == ShardSpec(index: 0, count: 3))
        #expect(message { () throws(InputDiagnostic) in try ShardSpec.fromEnvironment(["AWS_BATCH_JOB_ARRAY_INDEX": "1"]) }
            == "AWS_BATCH_JOB_ARRAY_INDEX: gives the shard index only; pass the number of shards (the array size) with --shard-count")
    }

    @Test func kubernetesIndexedJobs() throws {
        #expect(try ShardSpec.fromEnvironment(["JOB_COMPLETION_INDEX": "4"], count: 5) == ShardSpec(index: 4, count: 5))
        #expect(message { () throws(InputDiagnostic) in try ShardSpec.fromEnvironment(["JOB_COMPLETION_INDEX": "4"]) }
            == "JOB_COMPLETION_INDEX: gives the shard index only; pass the number of shards (the Job's completions) with --shard-count")
        #expect(message { () throws(InputDiagnostic) in
            try ShardSpec.fromEnvironment(["JOB_COMPLETION_INDEX": "5"], count: 5)
        } == "JOB_COMPLETION_INDEX: gives shard index 5, but shards of 5 are numbered 0 to 4")
        #expect(message { () throws(InputDiagnostic) in
            try ShardSpec.fromEnvironment(["JOB_COMPLETION_INDEX": "0"], count: 0)
        } == "JOB_COMPLETION_INDEX: the number of shards must be at least 1, got 0")
    }

    @Test func noSchedulerMeansNoShard() throws {
        #expect(try ShardSpec.fromEnvironment(["PATH": "/usr/bin"]) == nil)
        #expect(message { () throws(InputDiagnostic) in try ShardSpec.fromEnvironment([:], count: 3) }?
            .hasPrefix("--shard-count: --shard-count 3 needs a shard index") == true)
    }
}
