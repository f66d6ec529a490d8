import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand {
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run screening configurations side by side on the same people and compare them.",
            discussion: """
                Every configuration meets the same people, items and attitudes (common random \
                numbers: the same seed, trials, population and threats), so differences are sharp. \
                The first configuration is the baseline. Give several scenario files (the people come \
                from the first; the others must agree), or one file with 'configurations:'. Writes:
                  comparison.csv      each configuration against the baseline: the difference in \
                detection and nuisance alarms with its paired 95% interval and discordant passes
                  screening.csv       every configuration's detection per device and location
                  configurations.csv  nuisance alarms, secondary load, persons per hour, staff time, simulated queueing time
                  queues.csv          with arrivals_per_hour or arrivals_by_hour: each stage's simulated waits (mean with 95% interval, percentiles), queue lengths, utilisation, the formula beside them
                  stages.csv          what each stage saw
                  results.csv         each portal stage's alarm rate (own metal included), alarms.csv, run.json

                Examples:
                  portalsim compare scenarios/prison-visitors.yaml
                  portalsim compare today.yaml proposal.yaml -o out/compare
                """
        )

        @Argument(help: "Scenario files; their configurations in order, the first the baseline.")
        var scenarios: [String]

        @Option(name: .shortAndLong, help: "The output folder (default: out/compare-NAME, NAME the first scenario's).")
        var output: String?

        @OptionGroup var size: RunSizeOptions


        func run() throws {
            try reportingErrors {
                try write(ScenarioRunJob.compare(scenarios, trials: size.trials, context: JobContext(threads: size.threads)), output: output)
            }
        }
    }
}
