import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand {
    struct WorstCase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "worst-case",
            abstract: "Find where, how turned and how walked each threat device gets through each configuration most often.",
            discussion: """
                Every detection rate of `run` and `compare` is an average over where people happen \
                to carry things. A smuggler chooses. For each screening configuration and threat \
                device this searches the body location (the threats' locations), the device's \
                attitude (yaw, pitch, roll), the walker's lateral offset in the aperture and the \
                walking speed (within the carrier population's range) for the placement the whole \
                pipeline — portal and later stages — stops least often. What stays random per pass \
                is what the smuggler cannot choose: the noise, the gait phase, sex and height, the \
                side and offsets within the location, the population's own items and every later \
                stage's draws.

                Each candidate is judged on the same --search-passes passes (common random numbers, \
                a seed of the search's own), the rate with a tie-breaker from the portal's peak over \
                threshold where the rate is flat; Nelder-Mead searches from three starts per location. \
                The placement found is then run again on --confirm-passes other passes: only that \
                confirmation's rate is reported, with its 95% Clopper-Pearson interval, beside the \
                configuration's average detection of the device (the run `compare` makes, at the \
                scenario's seed and trials, or --seed and --trials). Accepts what `compare` accepts. Writes:
                  worstcase.csv  one row per configuration and device (columns in docs/worst-case.md)
                  run.json       written last: build, input hashes, seed, files written, a rerun command

                Examples:
                  portalsim worst-case scenarios/prison-visitors.yaml --search-passes 200
                  portalsim worst-case today.yaml proposal.yaml -o out/worst
                """
        )

        @Argument(help: "Scenario files; their configurations in order, as `compare` takes them.")
        var scenarios: [String]

        @Option(name: .shortAndLong, help: "The output folder (default: out/worst-case-NAME, NAME the first scenario's).")
        var output: String?

        @OptionGroup var size: RunSizeOptions

        @Option(help: "Override the scenario's seed (the search's and the confirmation's seeds derive from it).")
        var seed: UInt64?

        @Option(help: "Passes per objective evaluation of a candidate placement.")
        var searchPasses: Int = 300

        @Option(help: "Passes of the confirmation run of each placement found.")
        var confirmPasses: Int = 2000

        @Option(help: "Objective evaluations per start of the local search (three starts per location).")
        var evaluations: Int = 60

        func validate() throws {
            guard (1...100_000).contains(searchPasses) else { throw ValidationError("--search-passes must be between 1 and 100000") }
            guard (1...10_000_000).contains(confirmPasses) else { throw ValidationError("--confirm-passes must be between 1 and 10000000") }
            guard (1...10_000).contains(evaluations) else { throw ValidationError("--evaluations must be between 1 and 10000") }
        }

        func run() throws {
            try reportingErrors {
                let settings = WorstCaseSettings(searchPasses: searchPasses, confirmPasses: confirmPasses, evaluationsPerStart: evaluations)
                try write(WorstCaseJob(scenarios, seed: seed, trials: size.trials, settings: settings, context: JobContext(threads: size.threads)),
                          output: output)
            }
        }
    }
}
