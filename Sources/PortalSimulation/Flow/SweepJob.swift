/// `portalsim sweep FILE`: every point of the file's sweep grid on the same people,
/// into sweep.csv (and roc.csv when the sensitivity is swept).
public struct SweepJob: OutputJob {
    public let source: SourceFile
    public let plan: SweepPlan
    public let folderChoice: FolderChoice
    public var inputWarnings: [String] { plan.warnings }
    let context: JobContext

    /// The sweep of the file at `path`, every point at `trials` when given; a file
    /// without `sweep:` is refused.
    public init(_ path: String, trials: Int?, context: JobContext) throws(InputErrors) {
        source = try SourceFile(reading: path)
        guard var plan = try SweepPlan.load(YAMLDocument(source)) else {
            throw InputErrors(InputDiagnostic(file: path, message: "the scenario has no 'sweep' section"))
        }
        if let trials { plan = plan.withTrials(trials) }
        self.plan = plan
        let name = plan.points.first?.scenario.name ?? "scenario"
        folderChoice = FolderChoice(file: path, fileFolder: plan.outputFolder, fallback: "out/sweep-\(name)")
        self.context = context
    }

    public var progressTotal: (passes: Int, cases: Int, label: String) {
        let cases = plan.points.reduce(0) { $0 + $1.scenario.caseKeys.count / Swift.max(1, $1.scenario.configurations.count) }
        return (SweepRunner.totalPasses(plan), cases, "sweep \(plan.points.count) points")
    }

    public func run(folder: String, progress: (@Sendable (Int) -> Void)?) throws -> RunOutputs {
        let trials = plan.points.first?.scenario.trials
        let record = try context.record(sources: [source], seed: plan.points.first?.scenario.seed ?? 1, trials: trials,
                                        rerun: ["sweep", source.path, "--output", folder] + (trials.map { ["--trials", String($0)] } ?? []))
        let results: [RunTallies]
        do throws(ResultsError) {
            results = try SweepRunner.run(plan, threads: context.threads, progress: progress)
        } catch {
            throw ScenarioRunJob.failure(error, file: source.path)
        }
        let tables = SweepTables(plan: plan, results: results)
        var files = ["sweep.csv": try tables.sweep().bytes]
        if let roc = try tables.roc() { files["roc.csv"] = roc.bytes }
        return RunOutputs(files: files, record: record, summary: "", warnings: ["portalsim: \(plan.points.count) points"])
    }
}
