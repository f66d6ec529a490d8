import ArgumentParser
import Foundation

/// The `portalsim` tool: argument parsing and reporting only; the physics and the
/// simulation live in the libraries below it.
@main
struct PortalSimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portalsim",
        abstract: "Simulate walk-through metal detector portals and the metal people carry through them.",
        discussion: """
            Values with units are written as a number and a unit, e.g. "12 mm", "5 kHz", "15 us", \
            "58 MS/m". Output CSV columns are documented in README.md. Exit status: 0 success, \
            2 bad input (the message names the file, line and field, or the flag), 1 any other \
            failure, 128 + N when stopped by signal N (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP).
            """,
        version: PortalSimVersion.string,
        subcommands: [Run.self, Compare.self, WorstCase.self, Sweep.self, Qualify.self, Calibrate.self, Check.self, Trace.self, Plot.self,
                      Merge.self, Report.self, Field.self, Signature.self, Objects.self, Locations.self, Portals.self, Bench.self]
    )

    /// Parses and runs as ArgumentParser's own `main` does, but a bad command line
    /// (an unknown flag, a bad value, a failed `validate()`) exits 2, the status every
    /// other input problem gets, not ArgumentParser's 64 (EX_USAGE).
    static func main() {
        do {
            try checkLibrary()
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            let status = exitStatus(for: error)
            guard status == Self.usageStatus else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(status)
        }
    }

    /// The status of a bad command line.
    static let usageStatus: Int32 = 2

    /// ArgumentParser's status for `error`, with its usage status (64) replaced by 2.
    static func exitStatus(for error: any Error) -> Int32 {
        let code = exitCode(for: error)
        return code == .validationFailure ? usageStatus : code.rawValue
    }
}
