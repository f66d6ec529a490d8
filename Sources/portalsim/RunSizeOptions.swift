import ArgumentParser
import Foundation

/// The options every command that runs passes shares: how many threads, and how many
/// passes per case in place of the scenario's `trials`.
struct RunSizeOptions: ParsableArguments {
    @Option(help: "Worker threads, by default one per core.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Override the scenario's trials (passes per case).")
    var trials: Int?

    func validate() throws {
        guard (1...1024).contains(threads) else { throw ValidationError("--threads must be between 1 and 1024") }
        if let trials, !(1...100_000_000).contains(trials) { throw ValidationError("--trials must be between 1 and 100000000") }
    }
}
