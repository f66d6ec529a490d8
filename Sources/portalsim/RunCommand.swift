import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk the scenario's people through its portal and write detection rates.",
            discussion: """
                Every threat object at every body location is a case, and so is the innocent \
                population; each case runs the scenario's trials. Writes into the output folder:
                  results.csv  probability of detection per case, with its 95% Clopper-Pearson interval
                  alarms.csv   the innocent population's nuisance-alarm rate
                  run.json     written last: build, hashes of the scenario and its imports, seed, trials, files written, a rerun command
                  passes.csv   with --passes: every pass's walker, object height and outcome
                A scenario with screening configurations also writes screening.csv, stages.csv, \
                configurations.csv, with two or more comparison.csv and with arrivals queues.csv (see `portalsim compare`); its results.csv is then each portal stage's alarm rate.
                With --shard i/n only this shard's tallies (tallies-i-of-n.json) are written; \
                `portalsim merge` adds shards into the same files an unsharded run gives. \
                With --shard auto the index comes from the batch scheduler's array: Slurm \
                (SLURM_ARRAY_TASK_ID), Grid Engine (SGE_TASK_ID), Google Batch (BATCH_TASK_INDEX), \
                AWS Batch (AWS_BATCH_JOB_ARRAY_INDEX) or a Kubernetes indexed Job \
                (JOB_COMPLETION_INDEX); the last two need --shard-count. Without --shard the \
                environment is ignored. To re-run one failed shard, give --shard i/n, or submit \
                that one task (e.g. sbatch --array=7) with --shard auto --shard-count n.

                The folder is made and checked before the first pass; PortalSim outputs of an \
                earlier run that this one does not write are removed (README: Output folders).

                Example:
                  portalsim run scenarios/example-run.yaml --output out/example-run
                """
        )

        @Argument(help: "The scenario file.")
        var scenario: String

        @Option(name: .shortAndLong, help: "The output folder (default: the scenario's output.folder, else out/NAME).")
        var output: String?

        @OptionGroup var size: RunSizeOptions

        @Option(help: "Override the scenario's seed.")
        var seed: UInt64?

        @Option(help: "Run shard i of n (0-based), e.g. 2/10; or 'auto': the shard the batch scheduler's array index gives.")
        var shard: String?

        @Option(help: "With --shard auto: the number of shards, when the scheduler does not say (AWS Batch, Kubernetes) or when re-running a subset of the array's tasks.")
        var shardCount: Int?

        @Option(help: "Run each case until its 95% interval's half-width is below this (e.g. 0.01), instead of a fixed number of trials.")
        var precision: Double?

        @Option(help: "With --precision: the most passes a case may take.")
        var maxTrials: Int = 100_000

        @Flag(help: "Also write passes.csv: every pass's draws and outcome (large for big runs).")
        var passes = false

        func validate() throws {
            if let precision, !(precision > 0 && precision < 0.5) { throw ValidationError("--precision must be a half-width between 0 and 0.5") }
            if precision != nil && passes { throw ValidationError("--passes records fixed-trial runs; drop --precision") }
            if precision != nil && (shard != nil || shardCount != nil) { throw ValidationError("--precision decides the trials as it goes, so it cannot be sharded; give --trials instead") }
            if maxTrials < 1 { throw ValidationError("--max-trials must be at least 1") }
        }

        func run() throws {
            try reportingErrors {
                let job = try ScenarioRunJob.run(scenario, options: RunOptions(seed: seed, trials: size.trials, shard: try shardSpec(),
                                                                               precision: precision, maxTrials: maxTrials, recordPasses: passes),
                                                 context: JobContext(threads: size.threads))
                try write(job, output: output)
            }
        }

        /// `--shard`: i/n as given, or with `auto` the scheduler's array index.
        func shardSpec() throws -> ShardSpec? {
            switch shard {
            case nil:
                if shardCount != nil { throw flagError("--shard-count", "goes with --shard auto (the index from the scheduler); with --shard i/n the count is n") }
                return nil
            case "auto":
                guard let spec = try ShardSpec.fromEnvironment(ProcessInfo.processInfo.environment, count: shardCount) else {
                    throw flagError("--shard", "auto needs a batch array's index (SLURM_ARRAY_TASK_ID, SGE_TASK_ID, BATCH_TASK_INDEX, "
                                    + "AWS_BATCH_JOB_ARRAY_INDEX or JOB_COMPLETION_INDEX), and none is set; give --shard i/n")
                }
                return spec
            case let text?:
                if shardCount != nil { throw flagError("--shard-count", "goes with --shard auto; --shard \(text) already gives the count") }
                return try ShardSpec.parse(text)
            }
        }
    }
}
