import PortalPhysics

/// How every `portalsim` command ends, one meaning per status, so that a CI pipeline
/// can tell a failed check from a bad file from a broken tool:
///
/// - 0: done, and every check it made passed;
/// - 1: a check failed: an expectation of `check`, a qualification protocol, a
///   calibration that finds no setting, a benchmark slower than its baseline;
/// - 2: bad input: a file (named with its line and field) or a flag (named);
/// - 3: an internal failure: the input was good but the tool could not finish (a file
///   it cannot write after the folder was probed, a table with a non-finite number,
///   an external program that failed or is missing, a bug).
///
/// A signal N ends a writing command with 128 + N (``Interruption`` in the tool).
public enum ExitStatus: Int32, Sendable, CaseIterable {
    case success = 0
    case checkFailed = 1
    case badInput = 2
    case internalFailure = 3

    /// The status `error` ends a command with.
    public init(classifying error: any Error) {
        switch error {
        case is CheckFailed: self = .checkFailed
        case is InputErrors, is InputDiagnostic, is EddyCurrentError: self = .badInput
        case let results as ResultsError: self = results.isInputProblem ? .badInput : .internalFailure
        default: self = .internalFailure
        }
    }
}

/// A check that did not pass. The command has already said which and why; this only
/// carries the status (1) up to where the tool exits.
public struct CheckFailed: Error, Sendable, Equatable {
    public init() {}
}

/// A failure that is not the input's: the message says what could not be done.
public struct InternalFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

extension ResultsError {
    /// Whether the error is about the files given (tally files that do not belong
    /// together, a model with a non-finite value from the scenario) rather than the tool.
    public var isInputProblem: Bool {
        if case .cannotEncode = self { return false }
        return true
    }
}
