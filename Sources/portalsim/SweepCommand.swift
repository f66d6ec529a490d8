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
            try reportingErrors {
                try write(SweepJob(scenario, trials: size.trials, context: JobContext(threads: size.threads)), output: output)
            }
        }
    }
}
