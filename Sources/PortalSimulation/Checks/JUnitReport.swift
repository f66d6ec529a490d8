import Foundation

/// A JUnit XML report of checks, for CI servers (GitLab, Jenkins, GitHub actions)
/// to show which thresholds held.
///
/// One `testsuite` per scenario file, one `testcase` per check. A test case is named
/// by what was expected (`CheckResult.title`), which does not change from run to run,
/// so the server can follow a threshold's history; the measured numbers go in the
/// messages. A failed check is a `failure`; an inconclusive one is a `failure` when
/// strict and otherwise `skipped`, with the advice on how many passes would settle it.
public struct JUnitReport: Sendable {
    /// The checks of one scenario file.
    public struct Suite: Sendable {
        /// The file, as given on the command line.
        public var file: String
        /// The scenario's name.
        public var scenario: String
        public var results: [CheckResult]
        /// How long the file's run and checks took.
        public var seconds: Double

        public init(file: String, scenario: String, results: [CheckResult], seconds: Double) {
            self.file = file
            self.scenario = scenario
            self.results = results
            self.seconds = seconds
        }
    }

    public var suites: [Suite]
    /// Whether inconclusive checks count as failures.
    public var strict: Bool

    public init(suites: [Suite], strict: Bool) {
        self.suites = suites
        self.strict = strict
    }

    /// The counts a `testsuite` or `testsuites` element carries.
    struct Counts {
        var tests = 0, failures = 0, skipped = 0, seconds = 0.0

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
            skipped += other.skipped
            seconds += other.seconds
        }

        var attributes: String {
            "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"\(String(format: "%.3f", seconds))\""
        }
    }

    /// The report as an XML document.
    public var text: String {
        var total = Counts()
        var body = ""
        for suite in suites {
            var counts = Counts(seconds: suite.seconds)
            var cases = ""
            for result in suite.results {
                counts.add(result, strict: strict)
                cases += testCase(result, suite: suite)
            }
            total.add(counts)
            body += "  <testsuite name=\"\(XMLText.attribute(suite.file))\" \(counts.attributes)>\n\(cases)  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"portalsim check\" \(total.attributes)>\n\(body)</testsuites>\n"
    }

    private func testCase(_ result: CheckResult, suite: Suite) -> String {
        let classname = "\(suite.scenario)/\(result.observation.configuration)"
        let open = "    <testcase name=\"\(XMLText.attribute(result.title))\" classname=\"\(XMLText.attribute(classname))\""
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
}
