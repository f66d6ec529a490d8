import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand {
    struct Qualify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a qualification protocol: a test object at fixed body points and orientations, repeated passes.",
            discussion: """
                A clean tester carries the protocol's test object at each point, in each \
                orientation, for the protocol's passes (NIJ Standard-0601.02, ASTM C1270); the \
                portal qualifies when every point and orientation alarms in the required share \
                of its passes. Prints a table and the weakest point; writes into the output folder:
                  qualification.csv  one row per point and orientation (columns in README.md)
                  run.json           written last: build, input hashes, seed, files written, a rerun command
                Exit status: 0 the protocol passes, 1 it fails, 2 bad input.

                Example:
                  portalsim qualify scenarios/protocols/nij-steel-sphere.yaml --sensitivity 60
                """
        )

        @Argument(help: "The protocol file.")
        var file: String

        @Option(help: "The sensitivity setting, 0-99 (default: the portal's).")
        var sensitivity: Int?

        @Option(help: "Worker threads, by default one per core.")
        var threads: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .shortAndLong, help: "The output folder (default: the file's output.folder, else out/NAME).")
        var output: String?

        func validate() throws {
            guard (1...1024).contains(threads) else { throw ValidationError("--threads must be between 1 and 1024") }
        }

        func run() throws {
            try reportingErrors {
                var job = try QualifyJob(file, context: JobContext(threads: threads))
                if let sensitivity { job = job.at(sensitivity: try checkedSensitivity(sensitivity, for: job.file)) }
                if !(try write(job, output: output).passed) { throw CheckFailed() }
            }
        }
    }
}

/// `--sensitivity`, checked against the knob's range and against a portal whose
/// threshold is given directly (the knob would then change nothing).
func checkedSensitivity(_ value: Int, for file: ProtocolFile) throws -> Int {
    guard SensitivityLaw.range.contains(value) else {
        throw flagError("--sensitivity", "must be between \(SensitivityLaw.range.lowerBound) and \(SensitivityLaw.range.upperBound), got \(value)")
    }
    try requireKnob(file, flag: "--sensitivity")
    return value
}

/// Refuses a portal whose detector gives `threshold` directly, for commands that turn the knob.
func requireKnob(_ file: ProtocolFile, flag: String) throws {
    if file.detector.thresholdOverrideV != nil {
        throw InputDiagnostic(file: file.path, keyPath: "portal.detector.threshold",
                              message: "\(flag) sets the sensitivity knob, but the detector gives its threshold directly; remove 'threshold' to use the knob")
    }
}
