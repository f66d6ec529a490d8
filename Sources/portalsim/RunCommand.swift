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
            try reportingInputErrors {
                let file = try ScenarioFile.load(path: scenario)
                var run = try file.runScenario()
                file.warnings.forEach(printError)
                let passes = self.passes || file.writePasses
                if precision != nil && passes {
                    throw flagError("--precision", "passes.csv records fixed-trial runs; drop --precision or the scenario's output.passes")
                }
                if let seed { run.seed = seed }
                if let trials = size.trials { run.trials = trials }
                let shardSpec: ShardSpec?
                switch shard {
                case nil:
                    if shardCount != nil { throw flagError("--shard-count", "goes with --shard auto (the index from the scheduler); with --shard i/n the count is n") }
                    shardSpec = nil
                case "auto":
                    guard let spec = try ShardSpec.fromEnvironment(ProcessInfo.processInfo.environment, count: shardCount) else {
                        throw flagError("--shard", "auto needs a batch array's index (SLURM_ARRAY_TASK_ID, SGE_TASK_ID, BATCH_TASK_INDEX, "
                                        + "AWS_BATCH_JOB_ARRAY_INDEX or JOB_COMPLETION_INDEX), and none is set; give --shard i/n")
                    }
                    shardSpec = spec
                case let text?:
                    if shardCount != nil { throw flagError("--shard-count", "goes with --shard auto; --shard \(text) already gives the count") }
                    shardSpec = try ShardSpec.parse(text)
                }
                if let shardSpec {
                    let blocks = Engine.blockCount(trials: run.trials)
                    if shardSpec.trialRange(ofBlocks: blocks).isEmpty {
                        printError("portalsim: warning: shard \(shardSpec) has no blocks to run: \(run.trials) trials per case make "
                                   + "\(blocks) block\(blocks == 1 ? "" : "s") of \(Engine.blockSize) passes, so only \(blocks) of the "
                                   + "\(shardSpec.count) shards do any work; use at most \(blocks) shards or more trials")
                    }
                }
                Interruption.install()
                let folder = try prepareRunFolder(flag: output, fileFolder: file.outputFolder, file: scenario, fallback: "out/\(run.name)")
                var rerun = ["run", scenario, "--output", folder.path, "--seed", String(run.seed)]
                if let precision { rerun += ["--precision", String(precision), "--max-trials", String(maxTrials)] } else { rerun += ["--trials", String(run.trials)] }
                if let shardSpec { rerun += ["--shard", shardSpec.description] }
                if passes { rerun.append("--passes") }
                let record = try makeRunRecord(scenarios: [scenario], seed: run.seed, trials: precision == nil ? run.trials : nil,
                                               threads: size.threads, shard: shardSpec, rerun: rerun)
                let engine = Engine(scenario: run, threads: size.threads)
                let perCase = precision != nil ? maxTrials
                    : shardSpec.map { $0.trialRange(ofBlocks: Engine.blockCount(trials: run.trials)).count * Engine.blockSize } ?? run.trials
                let bar = ProgressBar(total: engine.cases.count * perCase, cases: engine.cases.count, label: run.name)
                let screening = run.isScreening
                let all: RunTallies
                var records: [PassRecord] = []
                do {
                    if let precision {
                        all = try engine.runUntilPrecise(halfWidth: precision, maxTrials: maxTrials, threads: size.threads) { bar.advance(by: $0) }
                    } else {
                        (all, records) = try engine.runRecording(threads: size.threads, shard: shardSpec, recordPasses: passes) { bar.advance(by: $0) }
                    }
                } catch {
                    throw InputErrors(InputDiagnostic(file: scenario, message: "\(error)"))
                }
                bar.finish()
                let tallies = all.portals
                let tables = ScreeningTables(scenario: run, tallies: all)
                // Every table is made before any file is written: a table that cannot be
                // made (a non-finite number) leaves no half-written folder.
                var outputs: [String: CSVTable] = [:]
                if passes { outputs["passes.csv"] = try PassesTable.make(records) }
                if shardSpec == nil {
                    outputs["results.csv"] = try ResultsTables.results(tallies, scenario: run)
                    outputs["alarms.csv"] = try ResultsTables.alarms(tallies, scenario: run)
                    // A plain portal keeps its results.csv; its year and its mixed
                    // populations are written beside it.
                    outputs.merge(try tables.runTables()) { first, _ in first }
                }
                var files = outputs.mapValues(\.bytes)
                if let shardSpec {
                    var file = TallyFile(toolVersion: PortalSimVersion.string, scenarioName: run.name, scenarioHash: record.scenarioHash,
                                         seed: run.seed, trialsPerCase: run.trials, blockSize: Engine.blockSize,
                                         shardIndex: shardSpec.index, shardCount: shardSpec.count, tallies: tallies,
                                         screening: ScreeningTallySet(cases: all.screening))
                    file.caseOrder = CaseOrder(run).keys
                    file.isScreening = run.isScreening
                    files["tallies-\(shardSpec.index)-of-\(shardSpec.count).json"] = try file.encoded()
                }
                try Interruption.deferred {
                    try folder.commit(files, record: record, shardCount: shardSpec?.count)
                }
                if shardSpec == nil {
                    print(screening ? tables.summary() : ResultsTables.summary(tallies, scenario: run))
                    // A shard's passes are only part of the run: `merge` warns for the whole of it.
                    if let warning = ResultsTables.dipoleWarning(tallies, scenario: run) { printError(warning) }
                }
                printError("portalsim: wrote \(folder.path)")
            }
        }
    }
}
