/// `portalsim worst-case FILE…`: each threat device's placement that a configuration
/// stops least often, confirmed on passes of its own, into worstcase.csv.
public struct WorstCaseJob: OutputJob {
    public let sources: [SourceFile]
    public let search: WorstCaseSearch
    public let folderChoice: FolderChoice
    public let inputWarnings: [String]
    let context: JobContext

    /// The files' configurations on the first file's people, as `compare` combines
    /// them (one configuration allowed); a scenario without threats is refused.
    public init(_ paths: [String], seed: UInt64?, trials: Int?, settings: WorstCaseSettings, context: JobContext) throws(InputErrors) {
        let (sources, files) = try SourceFile.scenarios(paths)
        var scenario = try ScenarioFile.combined(files)
        if let seed { scenario.seed = seed }
        if let trials { scenario.trials = trials }
        guard let threats = scenario.threats, !threats.objects.isEmpty, !threats.locations.isEmpty else {
            throw InputErrors(InputDiagnostic(file: paths.first ?? "", keyPath: "threats",
                                              message: "no threat objects at any location: there is nothing to hide"))
        }
        self.sources = sources
        search = WorstCaseSearch(scenario: scenario, settings: settings)
        folderChoice = FolderChoice(file: paths.first ?? "", fileFolder: nil, fallback: "out/worst-case-\(scenario.name)")
        inputWarnings = files.flatMap(\.warnings)
        self.context = context
    }

    public var progressTotal: (passes: Int, cases: Int, label: String) { (search.plannedPasses, 0, "worst-case") }

    public func run(folder: String, progress: (@Sendable (Int) -> Void)?) throws -> RunOutputs {
        let scenario = search.scenario, settings = search.settings
        let rerun = ["worst-case"] + sources.map(\.path) + ["--output", folder, "--seed", String(scenario.seed),
                     "--trials", String(scenario.trials), "--search-passes", String(settings.searchPasses),
                     "--confirm-passes", String(settings.confirmPasses), "--evaluations", String(settings.evaluationsPerStart)]
        let record = try context.record(sources: sources, seed: scenario.seed, trials: scenario.trials, rerun: rerun)
        let findings: [WorstCaseFinding]
        do throws(ResultsError) {
            findings = try search.run(threads: context.threads, progress: progress)
        } catch {
            throw ScenarioRunJob.failure(error, file: sources.map(\.path).joined(separator: " "))
        }
        return RunOutputs(files: ["worstcase.csv": try WorstCaseTable.table(findings).bytes], record: record,
                          summary: WorstCaseTable.summary(findings))
    }
}
