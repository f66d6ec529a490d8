import ArgumentParser
import Foundation
import PortalPhysics
import PortalSimulation

/// The `portalsim` tool: argument parsing and reporting only; the physics and the
/// simulation live in the libraries below it.
@main
struct PortalSimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portalsim",
        abstract: "Simulate walk-through metal detector portals and the metal people carry through them.",
        discussion: """
            Values with units are written as a number and a unit, e.g. "12 mm", "5 kHz", "15 us", \
            "58 MS/m". Output CSV columns are documented in README.md. Exit status, for every \
            command: 0 done, 1 a check failed (check, qualify, calibrate, bench --compare), \
            2 bad input (the message names the file, line and field, or the flag), 3 an \
            internal failure (a file that cannot be written, gnuplot missing or failing, a \
            bug), 128 + N when stopped by signal N (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP).
            """,
        version: PortalSimVersion.string,
        subcommands: [Run.self, Compare.self, WorstCase.self, Sweep.self, Qualify.self, Calibrate.self, Check.self, Trace.self, Plot.self,
                      Merge.self, Report.self, Field.self, Signature.self, Objects.self, Locations.self, Portals.self, Bench.self]
    )

    /// Parses and runs as ArgumentParser's own `main` does, but every way of ending
    /// has its ``ExitStatus``: a bad command line (an unknown flag, a bad value, a
    /// failed `validate()`) exits 2, the status every other input problem gets, not
    /// ArgumentParser's 64 (EX_USAGE); a failed check 1; an error of the tool's 3, not
    /// ArgumentParser's 1.
    static func main() {
        GSLRuntime.start()
        do {
            // Before parsing: `signature --help` lists the library's metals, so even help
            // needs it, and a broken installation is said so before anything else.
            try checkLibrary()
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            let status = exitStatus(for: error)
            if isArgumentParserError(error) {
                // Help and version as ArgumentParser ends them; a bad command line with 2.
                guard status == usageStatus else { exit(withError: error) }
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            } else if !(error is CheckFailed) {
                // (A failed check has said which.)
                let message = errorMessage(error, status: ExitStatus(classifying: error))
                let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { "portalsim: error: \($0)" }
                FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            }
            Foundation.exit(status)
        }
    }

    /// The status of a bad command line.
    static let usageStatus: Int32 = ExitStatus.badInput.rawValue

    /// The status `error` ends the tool with: ArgumentParser's for its own errors (help
    /// and version 0, a bad command line 2 instead of 64), ``ExitStatus`` for the rest.
    static func exitStatus(for error: any Error) -> Int32 {
        guard isArgumentParserError(error) else { return ExitStatus(classifying: error).rawValue }
        let code = exitCode(for: error)
        return code == .validationFailure ? usageStatus : code.rawValue
    }

    /// Whether ArgumentParser made `error` (parsing, validation, help, an exit code of
    /// its own): those it reports itself. Its parse errors are not public types, but it
    /// names them with a status other than EXIT_FAILURE, which no error of ours meets.
    static func isArgumentParserError(_ error: any Error) -> Bool {
        if error is ValidationError || error is ExitCode || error is CleanExit { return true }
        if error is CheckFailed || error is InternalFailure { return false }
        return exitCode(for: error) != .failure
    }
}
