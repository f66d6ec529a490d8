import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand {
    struct Sweep: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every point of the scenario's sweep grid and write detection against the parameters.",
            discussion: """
                The scenario's 'sweep:' section lists values of one or more parameters; every \
                combination is a point, run on the same people (the scenario's seed). Parameters:
                \(SweepPlan.parameters.map { "  \($0.key): \($0.summary)" }.joined(separator: "\n"))
                Writes:
                  sweep.csv  one row per point, device and location (and the innocent population)
                  roc.csv    when the sensitivity is swept: each device's detection against the \
                nuisance-alarm rate
                  run.json   written last: build, input hashes, seed, files written, a rerun command

                Example:
                  portalsim sweep scenarios/sensitivity-sweep.yaml --output out/sweep
                """
        )

        @Argument(help: "The scenario file, with a 'sweep:' section.")
        var scenario: String

        @Option(name: .shortAndLong, help: "The output folder (default: the scenario's output.folder, else out/sweep-NAME).")
        var output: String?

        @OptionGroup var size: RunSizeOptions


        func run() throws {
            try reportingInputErrors {
                guard var plan = try SweepPlan.load(path: scenario) else {
                    throw InputErrors(InputDiagnostic(file: scenario, message: "the scenario has no 'sweep' section"))
                }
                if let trials = size.trials { plan = plan.withTrials(trials) }
                plan.warnings.forEach(printError)
                let name = plan.points.first?.scenario.name ?? "scenario"
                Interruption.install()
                let folder = try prepareRunFolder(flag: output, fileFolder: plan.outputFolder, file: scenario, fallback: "out/sweep-\(name)")
                let trials = plan.points.first?.scenario.trials
                let record = try makeRunRecord(scenarios: [scenario], seed: plan.points.first?.scenario.seed ?? 1, trials: trials,
                                               threads: size.threads,
                                               rerun: ["sweep", scenario, "--output", folder.path] + (trials.map { ["--trials", String($0)] } ?? []))
                let bar = ProgressBar(total: SweepRunner.totalPasses(plan), cases: plan.points.reduce(0) { $0 + $1.scenario.caseKeys.count / Swift.max(1, $1.scenario.configurations.count) }, label: "sweep \(plan.points.count) points")
                let results: [RunTallies]
                do {
                    results = try SweepRunner.run(plan, threads: size.threads) { bar.advance(by: $0) }
                } catch {
                    throw InputErrors(InputDiagnostic(file: scenario, message: "\(error)"))
                }
                bar.finish()
                let tables = SweepTables(plan: plan, results: results)
                var files = ["sweep.csv": try tables.sweep().bytes]
                if let roc = try tables.roc() { files["roc.csv"] = roc.bytes }
                try Interruption.deferred {
                    try folder.commit(files, record: record)
                }
                printError("portalsim: \(plan.points.count) points; wrote \(folder.path)")
            }
        }
    }
}
