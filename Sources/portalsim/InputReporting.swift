import ArgumentParser
import Foundation
import PortalPhysics
import PortalSimulation

/// Runs a command body and ends the process with the status its error means
/// (``ExitStatus``): one clear message on stderr, never a stack trace, and nothing of
/// the run left behind. A failed check (``CheckFailed``) has said why already and ends
/// with 1; ArgumentParser's own errors (help, a bad flag) pass through to `main`.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error where error is CheckFailed || PortalSimCommand.isArgumentParserError(error) {
        throw error
    } catch {
        // Nothing of this run stays behind: no temporaries, no folder made for it.
        Interruption.abandonOutputs()
        let status = ExitStatus(classifying: error)
        printError(errorMessage(error, status: status).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "portalsim: error: \($0)" }.joined(separator: "\n"))
        Foundation.exit(status.rawValue)
    }
}

/// What the user reads of `error`: the diagnostics of bad input as they are, a
/// signature that cannot be computed said so, and a failure of the tool's own marked
/// as one, with where to report it when it is not a file or program the user can fix.
func errorMessage(_ error: any Error, status: ExitStatus) -> String {
    switch error {
    case let error as EddyCurrentError: return "a signature cannot be computed: \(error)"
    case let error as InputErrors: return error.description
    case let error as InputDiagnostic: return error.description
    case let error as FileWriteError: return "\(error)"
    case let error as InternalFailure: return error.message
    default: return status == .internalFailure ? "internal failure: \(error)" : "\(error)"
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// A problem with a command-line flag, reported like a file problem: `--radius: …`.
func flagError(_ flag: String, _ message: String) -> InputDiagnostic {
    InputDiagnostic(location: nil, keyPath: flag, message: message)
}

/// A table that could not be made because a value is not finite (NaN or ±∞), as a
/// problem with the flags that asked for it (exit 2), the cell named.
func nonFinite(_ error: CSVError, flag: String, _ message: String) -> InputDiagnostic {
    guard case let .nonFiniteNumber(column, row, value) = error else {
        return flagError(flag, "\(message) (\(error))")
    }
    return flagError(flag, "\(message): \(column) is \(value) in row \(row)")
}

/// Parses a flag's value as a quantity with a unit, within `range`.
func parseQuantity(_ text: String, flag: String, as dimension: PhysicalDimension,
              range: AllowedRange = .positive) throws -> Double {
    let value: Double
    do {
        value = try QuantityParser.parse(text, as: dimension)
    } catch {
        throw flagError(flag, error.message)
    }
    guard range.contains(value) else {
        throw flagError(flag, "must be \(range.requirement(as: dimension)), got \(text)")
    }
    return value
}

/// Writes a table to a file atomically, or to stdout for "-".
func write(_ table: CSVTable, to path: String) throws {
    if path == "-" {
        FileHandle.standardOutput.write(Data(table.text.utf8))
    } else {
        try table.write(to: path)
    }
}
