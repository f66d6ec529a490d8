import Foundation

/// A scenario's run (`portalsim run`), a comparison of configurations (`compare`), or
/// a scenario of `check`: the engine over every case, then ``RunTables``, or for a
/// shard its tally file.
public struct ScenarioRunJob: OutputJob {
    /// The files as read and hashed.
    public let sources: [SourceFile]
    /// The scenario as it runs: the file's, with the options' seed and trials.
    public let scenario: RunScenario
    public let options: RunOptions
    public let folderChoice: FolderChoice
    public let inputWarnings: [String]
    let context: JobContext
    /// The command and arguments of the rerun line, before its output folder.
    let command: [String]

    /// `portalsim run FILE`: the file's seed, trials and `output.passes` unless the
    /// options say otherwise.
    public static func run(_ path: String, options: RunOptions, context: JobContext) throws(InputErrors) -> ScenarioRunJob {
        let source = try SourceFile(reading: path)
        let file = try ScenarioFile.decode(YAMLDocument(source))
        var scenario = try file.runScenario()
        var options = options
        options.recordPasses = options.recordPasses || file.writePasses
        if options.precision != nil && options.recordPasses {
            throw InputErrors(InputDiagnostic(location: nil, keyPath: "--precision",
                                              message: "passes.csv records fixed-trial runs; drop --precision or the scenario's output.passes"))
        }
        if let seed = options.seed { scenario.seed = seed }
        if let trials = options.trials { scenario.trials = trials }
        var warnings = file.warnings
        if let shard = options.shard {
            let blocks = Engine.blockCount(trials: scenario.trials)
            if shard.trialRange(ofBlocks: blocks).isEmpty {
                warnings.append("portalsim: warning: shard \(shard) has no blocks to run: \(scenario.trials) trials per case make "
                                + "\(blocks) block\(blocks == 1 ? "" : "s") of \(Engine.blockSize) passes, so only \(blocks) of the "
                                + "\(shard.count) shards do any work; use at most \(blocks) shards or more trials")
            }
        }
        return ScenarioRunJob(sources: [source], scenario: scenario, options: options,
                              folderChoice: FolderChoice(file: path, fileFolder: file.outputFolder, fallback: "out/\(scenario.name)"),
                              inputWarnings: warnings, context: context, command: ["run", path])
    }

    /// `portalsim compare FILE…`: the files' configurations side by side on the first
    /// file's people; `trials` replaces the first file's.
    public static func compare(_ paths: [String], trials: Int?, context: JobContext) throws(InputErrors) -> ScenarioRunJob {
        let (sources, files) = try SourceFile.scenarios(paths)
        var scenario = try ScenarioFile.comparison(of: files)
        if let trials { scenario.trials = trials }
        return ScenarioRunJob(sources: sources, scenario: scenario, options: RunOptions(trials: trials),
                              folderChoice: FolderChoice(file: paths.first ?? "", fileFolder: nil, fallback: "out/compare-\(scenario.name)"),
                              inputWarnings: files.flatMap(\.warnings), context: context, command: ["compare"] + paths)
    }

    /// A scenario of `check`, run as `run` runs it.
    /// `recordPasses`: the file's `output.passes`, honoured when the check writes a folder.
    public static func check(_ source: SourceFile, scenario: RunScenario, recordPasses: Bool = false,
                             context: JobContext) -> ScenarioRunJob {
        ScenarioRunJob(sources: [source], scenario: scenario, options: RunOptions(recordPasses: recordPasses),
                       folderChoice: FolderChoice(file: source.path, fileFolder: nil, fallback: "out/\(scenario.name)"),
                       inputWarnings: [], context: context, command: ["check", source.path])
    }

    /// Passes per case: the trials, the shard's share of them, or with a precision
    /// target the most a case may take.
    public var progressTotal: (passes: Int, cases: Int, label: String) {
        let cases = (scenario.threats.map { $0.objects.count * $0.locations.count } ?? 0) + scenario.populations.count
        let perCase = options.precision != nil ? options.maxTrials
            : options.shard.map { $0.trialRange(ofBlocks: Engine.blockCount(trials: scenario.trials)).count * Engine.blockSize }
            ?? scenario.trials
        return (cases * perCase, cases, command.first == "compare" ? "compare" : scenario.name)
    }

    public func run(folder: String, progress: (@Sendable (Int) -> Void)?) throws -> RunOutputs {
        let record = try self.record(folder: folder)
        let (tallies, passes) = try simulate(progress: progress)
        return try outputs(record: record, tallies: tallies, passes: passes)
    }

    /// `run.json` of this run into `folder`, made before the first pass (its start time).
    public func record(folder: String) throws(InputErrors) -> RunRecord {
        try context.record(sources: sources, seed: scenario.seed, trials: options.precision == nil ? scenario.trials : nil,
                           shard: options.shard, rerun: rerun(folder: folder))
    }

    /// Every case's passes: the tallies, and each pass when recorded.
    public func simulate(progress: (@Sendable (Int) -> Void)?) throws -> (tallies: RunTallies, passes: [PassRecord]) {
        let engine = Engine(scenario: scenario, threads: context.threads)
        do throws(ResultsError) {
            if let precision = options.precision {
                let tallies = try engine.runUntilPrecise(halfWidth: precision, maxTrials: options.maxTrials, threads: context.threads,
                                                         progress: progress)
                return (tallies, [])
            }
            return try engine.runRecording(threads: context.threads, shard: options.shard, recordPasses: options.recordPasses,
                                           progress: progress)
        } catch {
            throw Self.failure(error, file: sources.map(\.path).joined(separator: " "))
        }
    }

    /// The folder's files from the passes: ``RunTables``, or for a shard its tally file
    /// (and its passes.csv when recorded).
    public func outputs(record: RunRecord, tallies: RunTallies, passes: [PassRecord]) throws -> RunOutputs {
        if let shard = options.shard {
            var file = TallyFile(toolVersion: PortalSimVersion.string, scenarioName: scenario.name, scenarioHash: record.scenarioHash,
                                 seed: scenario.seed, trialsPerCase: scenario.trials, blockSize: Engine.blockSize,
                                 shardIndex: shard.index, shardCount: shard.count, tallies: tallies.portals,
                                 screening: ScreeningTallySet(cases: tallies.screening))
            file.caseOrder = CaseOrder(scenario).keys
            file.isScreening = scenario.isScreening
            var files = options.recordPasses ? ["passes.csv": try PassesTable.make(passes).bytes] : [:]
            files["tallies-\(shard.index)-of-\(shard.count).json"] = try file.encoded()
            // A shard's passes are only part of the run: `merge` prints and warns for the whole of it.
            return RunOutputs(files: files, record: record, shardCount: shard.count)
        }
        let tables = try RunTables(scenario: scenario, tallies: tallies, passes: options.recordPasses ? passes : nil)
        return RunOutputs(files: tables.files, record: record, summary: tables.summary, warnings: tables.warnings)
    }

    /// The arguments that repeat this run into `folder`, its seed and trials explicit.
    func rerun(folder: String) -> [String] {
        // `check --output` names the folder of every scenario's NAME/ subfolder.
        if command.first == "check" { return command + ["--output", (folder as NSString).deletingLastPathComponent] }
        var words = command + ["--output", folder]
        if command.first == "run" { words += ["--seed", String(scenario.seed)] }
        if let precision = options.precision {
            words += ["--precision", String(precision), "--max-trials", String(options.maxTrials)]
        } else {
            words += ["--trials", String(scenario.trials)]
        }
        if let shard = options.shard { words += ["--shard", shard.description] }
        if options.recordPasses { words.append("--passes") }
        return words
    }

    /// A run's error as the tool reports it: a model with a non-finite value is the
    /// scenario's problem (exit 2, the file named); anything else is the tool's.
    static func failure(_ error: ResultsError, file: String) -> any Error {
        if case .nonFiniteModel = error { return InputErrors(InputDiagnostic(file: file, message: "\(error)")) }
        return InternalFailure("the run's tallies: \(error)")
    }
}
