import Foundation

/// A JUnit XML report of checks, for CI servers (GitLab, Jenkins, GitHub actions)
/// to show which thresholds held.
///
/// One `testsuite` per scenario file, one `testcase` per check. A test case is named
/// by what was expected (`CheckResult.title`), which does not change from run to run,
/// so the server can follow a threshold's history; the measured numbers go in the
/// messages. A failed check is a `failure`; an inconclusive one is a `failure` when
/// strict and otherwise `skipped`, with the advice on how many passes would settle it.
/// A file refused as bad input is one test case with an `error` holding every message,
/// so that the server shows what to fix rather than a missing report.
///
/// The attributes servers read beyond the counts: `timestamp` (when the file's run
/// started, UTC, without a zone as the JUnit schema has it) and `hostname` on each
/// suite, `file` and `time` on each case. The checks of a file are all decided from
/// one run, so a case's `time` is its file's time shared evenly among its checks: the
/// cases add up to the suite.
public struct JUnitReport: Sendable {
    /// The checks of one scenario file, or the reasons it was refused.
    public struct Suite: Sendable {
        /// The file, as given on the command line.
        public var file: String
        /// The scenario's name (the file, for a refused file).
        public var scenario: String
        public var results: [CheckResult]
        /// How long the file's run and checks took.
        public var seconds: Double
        /// When the file's run started; nil leaves `timestamp` out.
        public var started: Date?
        /// For a refused file, each problem as a line `file:line:column: key: message`;
        /// empty for a file that ran.
        public var errors: [String]

        public init(file: String, scenario: String, results: [CheckResult], seconds: Double,
                    started: Date? = nil, errors: [String] = []) {
            self.file = file
            self.scenario = scenario
            self.results = results
            self.seconds = seconds
            self.started = started
            self.errors = errors
        }

        /// A file refused before or while it ran: one suite per file named by `errors`
        /// (problems naming no file go under "portalsim check"), in the errors' order.
        public static func refused(_ errors: InputErrors, started: Date? = nil) -> [Suite] {
            var order: [String] = [], lines: [String: [String]] = [:]
            for diagnostic in errors.diagnostics {
                let file = diagnostic.file ?? "portalsim check"
                if lines[file] == nil { order.append(file) }
                lines[file, default: []].append(diagnostic.description)
            }
            return order.map { Suite(file: $0, scenario: $0, results: [], seconds: 0, started: started, errors: lines[$0] ?? []) }
        }
    }

    public var suites: [Suite]
    /// Whether inconclusive checks count as failures.
    public var strict: Bool
    /// The machine the checks ran on.
    public var hostname: String

    public init(suites: [Suite], strict: Bool, hostname: String = ProcessInfo.processInfo.hostName) {
        self.suites = suites
        self.strict = strict
        self.hostname = hostname
    }

    /// The counts a `testsuite` or `testsuites` element carries.
    struct Counts {
        var tests = 0, failures = 0, errors = 0, skipped = 0, seconds = 0.0

        mutating func add(_ result: CheckResult, strict: Bool) {
            tests += 1
            if result.fails(strict: strict) {
                failures += 1
            } else if result.verdict == .inconclusive {
                skipped += 1
            }
        }

        mutating func add(_ other: Counts) {
            tests += other.tests
            failures += other.failures
            errors += other.errors
            skipped += other.skipped
            seconds += other.seconds
        }

        var attributes: String {
            "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\" time=\"\(JUnitReport.seconds(seconds))\""
        }
    }

    /// The report as an XML document.
    public var text: String {
        var total = Counts()
        var body = ""
        for suite in suites {
            var counts = Counts(seconds: suite.seconds)
            var cases = ""
            if !suite.errors.isEmpty {
                counts.tests += 1
                counts.errors += 1
                cases += errorCase(suite)
            }
            let share = suite.results.isEmpty ? 0 : suite.seconds / Double(suite.results.count)
            for result in suite.results {
                counts.add(result, strict: strict)
                cases += testCase(result, suite: suite, seconds: share)
            }
            total.add(counts)
            let timestamp = suite.started.map { " timestamp=\"\(Self.timestamp($0))\"" } ?? ""
            body += "  <testsuite name=\"\(XMLText.attribute(suite.file))\" \(counts.attributes)\(timestamp)"
                + " hostname=\"\(XMLText.attribute(hostname))\">\n\(cases)  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"portalsim check\" \(total.attributes)>\n\(body)</testsuites>\n"
    }

    private func testCase(_ result: CheckResult, suite: Suite, seconds: Double) -> String {
        let classname = "\(suite.scenario)/\(result.observation.configuration)"
        let open = "    <testcase name=\"\(XMLText.attribute(result.title))\" classname=\"\(XMLText.attribute(classname))\""
            + " file=\"\(XMLText.attribute(suite.file))\" time=\"\(Self.seconds(seconds))\""
        let line = result.line(file: suite.file)
        let message = result.measurement + (result.advice.map { "; " + $0 } ?? "")
        if result.fails(strict: strict) {
            return open + ">\n      <failure message=\"\(XMLText.attribute(message))\" type=\"\(result.verdict.rawValue)\">"
                + "\(XMLText.escaped(line))</failure>\n    </testcase>\n"
        }
        if result.verdict == .inconclusive {
            return open + ">\n      <skipped message=\"\(XMLText.attribute(message))\"/>\n    </testcase>\n"
        }
        return open + "/>\n"
    }

    /// "the scenario file": the one case of a refused file, its first problem the message.
    private func errorCase(_ suite: Suite) -> String {
        let file = XMLText.attribute(suite.file)
        let first = suite.errors.first ?? ""
        return "    <testcase name=\"the scenario file\" classname=\"\(file)\" file=\"\(file)\" time=\"\(Self.seconds(suite.seconds))\">\n"
            + "      <error message=\"\(XMLText.attribute(first))\" type=\"bad input\">"
            + "\(XMLText.escaped(suite.errors.joined(separator: "\n")))</error>\n    </testcase>\n"
    }

    static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }

    /// "2026-12-01T18:13:30", UTC.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
