import ArgumentParser
import Foundation
import PortalPhysics
import PortalSimulation

/// Runs a command body and turns input problems into one clear message on stderr and
/// exit status 2, never a stack trace.
func reportingInputErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as InputErrors {
        fail(error.description)
    } catch let error as InputDiagnostic {
        fail(error.description)
    } catch let error as EddyCurrentError {
        fail("a signature cannot be computed: \(error)")
    } catch let error as FileWriteError {
        Interruption.abandonOutputs()
        printError("portalsim: error: \(error)")
        throw ExitCode.failure
    } catch let error as CSVError {
        Interruption.abandonOutputs()
        printError("portalsim: error: \(error)")
        throw ExitCode.failure
    }
    func fail(_ message: String) -> Never {
        // Nothing of this run stays behind: no temporaries, no folder made for it.
        Interruption.abandonOutputs()
        printError(message.split(separator: "\n").map { "portalsim: error: \($0)" }.joined(separator: "\n"))
        Foundation.exit(2)
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
