import Foundation

/// `portalsim-fuzz PORTALSIM [--count N] [--seed N] [--workers N] [--timeout SECONDS]
/// [--scenarios DIR] [--failures DIR] [--keep]`, parsed by hand: the fuzzer depends on
/// nothing but Yams and Foundation, so that it builds in seconds.
struct FuzzOptions {
    var binary = ""
    var count = 300
    var seed: UInt64 = 20_261_201
    var workers = 2
    var timeoutSeconds = 10.0
    var scenarios = "scenarios"
    var failures = "fuzz-failures"
    var keep = false

    static let usage = """
        usage: portalsim-fuzz PORTALSIM [--count N] [--seed N] [--workers N] [--timeout SECONDS]
                              [--scenarios DIR] [--failures DIR] [--keep]
          Mutates the scenarios in DIR/*.yaml and DIR/ci/*.yaml (default: scenarios) and runs the
          PORTALSIM binary on each mutant. A run that crashes (a signal, or an exit status other than
          0, 1, 2), hangs (more than --timeout of CPU time, default 10 s, or
          five times that on the clock), writes nan or inf into a CSV, or exits 2 without
          naming the file is a failure: its mutant is kept in the failures folder (default:
          fuzz-failures) with the command and what it printed. Exit 0 with no failure, 1 otherwise,
          2 on a bad argument. Defaults: 300 mutants, seed 20261201, 2 workers.
        """

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let v = rest.popFirst() else { throw UsageError("\(flag) needs a value") }
            return v
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--count": count = try Self.number(try value(argument), argument, 1...100_000)
            case "--seed":
                guard let s = UInt64(try value(argument)) else { throw UsageError("--seed must be a whole number ≥ 0") }
                seed = s
            case "--workers": workers = try Self.number(try value(argument), argument, 1...64)
            case "--timeout":
                guard let t = Double(try value(argument)), t > 0, t.isFinite else { throw UsageError("--timeout must be a positive number of seconds") }
                timeoutSeconds = t
            case "--scenarios": scenarios = try value(argument)
            case "--failures": failures = try value(argument)
            case "--keep": keep = true
            case "-h", "--help": throw UsageError(nil)
            default:
                guard binary.isEmpty, !argument.hasPrefix("-") else { throw UsageError("unexpected argument '\(argument)'") }
                binary = argument
            }
        }
        guard !binary.isEmpty else { throw UsageError("the portalsim binary to run is missing") }
    }

    private static func number(_ text: String, _ flag: String, _ range: ClosedRange<Int>) throws -> Int {
        guard let n = Int(text), range.contains(n) else {
            throw UsageError("\(flag) must be a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
        }
        return n
    }
}

struct UsageError: Error {
    let message: String?
    init(_ message: String?) { self.message = message }
}
