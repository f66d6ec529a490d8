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
                  run.json           tool version, protocol hash, seed, command line
                Exit status: 0 the protocol passes, 1 it fails, 2 bad input.

                Example:
                  portalsim qualify scenarios/protocols/nij-steel-sphere.yaml --sensitivity 60
                """
        )

        @Argument(help: "The protocol file.")
        var file: String

        @Option(help: "The sensitivity setting, 0-99 (default: the portal's).")
        var sensitivity: Int?

        @Option(help: "Worker threads (default: all cores).")
        var threads: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .shortAndLong, help: "The output folder (default: the file's output.folder, else out/NAME).")
        var output: String?

        func validate() throws {
            guard (1...1024).contains(threads) else { throw ValidationError("--threads must be between 1 and 1024") }
        }

        func run() throws {
            var passed = false
            try reportingInputErrors {
                let file = try ProtocolFile.load(path: self.file)
                var settings = file.detector
                if let sensitivity {
                    settings.sensitivity = try checkedSensitivity(sensitivity, for: file)
                }
                let hash = try protocolHash(of: self.file)
                let folder = output ?? file.outputFolder ?? "out/\(file.name)"
                Interruption.install()
                let started = ISO8601DateFormatter().string(from: Date())
                let runner = QualificationRunner(qualification: file.qualification, seed: file.seed, portal: file.portal,
                                                 settings: settings, threads: threads)
                let result = runner.run(threads: threads)
                let record = RunRecord(toolVersion: PortalSimVersion.string, scenarioPath: self.file, scenarioHash: hash, seed: file.seed,
                                       threads: threads, shard: nil, commandLine: CommandLine.arguments, startedAt: started)
                try Interruption.deferred {
                    try QualificationTable.make(result).write(to: folder + "/qualification.csv")
                    try record.write(to: folder + "/run.json")
                }
                print(QualificationSummary.report(file.qualification, result), terminator: "")
                printError("portalsim: wrote \(folder)")
                passed = result.passed
            }
            if !passed { throw ExitCode.failure }
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

/// The SHA-256 of the protocol file's bytes, for run.json.
func protocolHash(of path: String) throws -> String {
    guard let bytes = FileManager.default.contents(atPath: path) else {
        throw InputErrors(InputDiagnostic(file: path, message: "cannot read the file"))
    }
    return RunRecord.scenarioHash(of: [UInt8](bytes))
}
