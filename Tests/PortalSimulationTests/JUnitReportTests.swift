import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PortalSimulation

/// The JUnit XML report: well-formed whatever the names, one test case per check,
/// counts that add up, and inconclusive checks skipped or failed by --strict.
struct JUnitReportTests {
    static let origin = ExpectationOrigin(file: "r.yaml")

    static func result(_ object: String, _ bound: RateExpectation.Bound, _ k: Int, _ n: Int,
                       configuration: String = "ci") -> CheckResult {
        CheckResult(expectation: RateExpectation(metric: .detection, bound: bound, origin: origin),
                    observation: Observation(configuration: configuration, object: object, location: "ankle-sock",
                                             isInnocent: false, successes: k, trials: n))
    }

    /// One check of each verdict: 500/500 ≥ 99 % passes, 480/500 ≥ 99 % fails,
    /// 300/300 ≥ 99 % is inconclusive.
    static let suite = JUnitReport.Suite(file: "scenarios/ci/a.yaml", scenario: "ci", results: [
        result("smartphone", .atLeast(0.99), 500, 500),
        result("feature-phone", .atLeast(0.99), 480, 500),
        result("mini-phone-3310", .atLeast(0.99), 300, 300),
    ], seconds: 1.25)

    static func parse(_ text: String) throws -> XMLElement {
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        return try #require(document.rootElement())
    }

    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attribute(forName: name)?.stringValue
    }

    @Test func oneCasePerCheckWithCounts() throws {
        let root = try Self.parse(JUnitReport(suites: [Self.suite], strict: false).text)
        #expect(root.name == "testsuites")
        #expect(Self.attribute(root, "tests") == "3" && Self.attribute(root, "failures") == "1" && Self.attribute(root, "skipped") == "1")
        let suites = root.elements(forName: "testsuite")
        try #require(suites.count == 1)
        #expect(Self.attribute(suites[0], "name") == "scenarios/ci/a.yaml")
        #expect(Self.attribute(suites[0], "time") == "1.250")
        let cases = suites[0].elements(forName: "testcase")
        #expect(cases.map { Self.attribute($0, "name") } == [
            "detection of smartphone at ankle-sock at least 99%",
            "detection of feature-phone at ankle-sock at least 99%",
            "detection of mini-phone-3310 at ankle-sock at least 99%",
        ])
        #expect(cases.allSatisfy { Self.attribute($0, "classname") == "ci/ci" })
        #expect(cases[0].children == nil || cases[0].children?.isEmpty == true)
        let failure = try #require(cases[1].elements(forName: "failure").first)
        #expect(Self.attribute(failure, "type") == "FAIL")
        #expect(Self.attribute(failure, "message")?.hasPrefix("96.00% [") == true)
        #expect(failure.stringValue?.hasPrefix("FAIL          scenarios/ci/a.yaml  ci  detection of feature-phone") == true)
        let skipped = try #require(cases[2].elements(forName: "skipped").first)
        #expect(Self.attribute(skipped, "message")?.hasSuffix("at this rate 368 passes would decide it (PASS)") == true)
        #expect(cases[2].elements(forName: "failure").isEmpty)
    }

    /// What servers read besides the counts: when and where a suite ran, each case's file
    /// and time (the file's time shared among its checks, so that they add up).
    @Test func timestampHostnameFileAndTime() throws {
        var suite = Self.suite
        suite.started = Date(timeIntervalSince1970: 1_796_148_810)       // 2026-12-01 18:13:30 UTC
        let root = try Self.parse(JUnitReport(suites: [suite], strict: false, hostname: "ci-runner-7").text)
        let testSuite = try #require(root.elements(forName: "testsuite").first)
        #expect(Self.attribute(testSuite, "timestamp") == "2026-12-01T18:13:30")
        #expect(Self.attribute(testSuite, "hostname") == "ci-runner-7")
        let cases = testSuite.elements(forName: "testcase")
        #expect(cases.count == 3)
        #expect(cases.allSatisfy { Self.attribute($0, "file") == "scenarios/ci/a.yaml" })
        #expect(cases.allSatisfy { Self.attribute($0, "time") == "0.417" })     // 1.25 s / 3
        // Without a start time the attribute is left out rather than made up.
        let plain = try Self.parse(JUnitReport(suites: [Self.suite], strict: false, hostname: "h").text)
        #expect(Self.attribute(try #require(plain.elements(forName: "testsuite").first), "timestamp") == nil)
    }

    /// A refused file is one test case with an error holding every message, after the
    /// files that ran; the error counts on the suite and in the total.
    @Test func refusedFileIsAnErrorCase() throws {
        let errors = InputErrors([
            InputDiagnostic(location: SourceLocation(file: "ci/b.yaml", line: 12, column: 25), keyPath: "expect[1].at_lest",
                            message: "unknown key 'at_lest'; did you mean 'at_least'?"),
            InputDiagnostic(file: "ci/missing.yaml", message: "no such file or folder"),
            InputDiagnostic(location: SourceLocation(file: "ci/b.yaml", line: 12, column: 5), keyPath: "expect[1]",
                            message: "missing the threshold"),
        ])
        let refused = JUnitReport.Suite.refused(errors)
        #expect(refused.map(\.file) == ["ci/b.yaml", "ci/missing.yaml"])
        let root = try Self.parse(JUnitReport(suites: [Self.suite] + refused, strict: false, hostname: "h").text)
        #expect(Self.attribute(root, "tests") == "5" && Self.attribute(root, "errors") == "2" && Self.attribute(root, "failures") == "1")
        let suites = root.elements(forName: "testsuite")
        try #require(suites.count == 3)
        #expect(Self.attribute(suites[0], "errors") == "0")
        #expect(Self.attribute(suites[1], "name") == "ci/b.yaml" && Self.attribute(suites[1], "errors") == "1"
                && Self.attribute(suites[1], "tests") == "1")
        let testCase = try #require(suites[1].elements(forName: "testcase").first)
        #expect(Self.attribute(testCase, "name") == "the scenario file" && Self.attribute(testCase, "file") == "ci/b.yaml")
        let error = try #require(testCase.elements(forName: "error").first)
        #expect(Self.attribute(error, "message") == "ci/b.yaml:12:5: expect[1]: missing the threshold")
        #expect(error.stringValue == "ci/b.yaml:12:5: expect[1]: missing the threshold\n"
                + "ci/b.yaml:12:25: expect[1].at_lest: unknown key 'at_lest'; did you mean 'at_least'?")
        let missing = try #require(suites[2].elements(forName: "testcase").first?.elements(forName: "error").first)
        #expect(missing.stringValue == "ci/missing.yaml: no such file or folder")
    }

    @Test func strictFailsInconclusiveChecks() throws {
        let root = try Self.parse(JUnitReport(suites: [Self.suite, Self.suite], strict: true).text)
        #expect(Self.attribute(root, "tests") == "6" && Self.attribute(root, "failures") == "4" && Self.attribute(root, "skipped") == "0")
        #expect(Self.attribute(root, "time") == "2.500")
        let cases = root.elements(forName: "testsuite")[1].elements(forName: "testcase")
        let failure = try #require(cases[2].elements(forName: "failure").first)
        #expect(Self.attribute(failure, "type") == "INCONCLUSIVE")
        #expect(cases[2].elements(forName: "skipped").isEmpty)
    }

    /// Names come from scenario files and may hold anything.
    @Test func namesAreEscaped() throws {
        let awkward = "a&b <c> \"d\" 'e'\tf\u{1}g"
        let suite = JUnitReport.Suite(file: "x&y.yaml", scenario: "s<1>", results: [Self.result(awkward, .atMost(0.5), 1, 10, configuration: "c\"2")],
                                      seconds: 0)
        let root = try Self.parse(JUnitReport(suites: [suite], strict: false).text)
        let testSuite = try #require(root.elements(forName: "testsuite").first)
        #expect(Self.attribute(testSuite, "name") == "x&y.yaml")
        let testCase = try #require(testSuite.elements(forName: "testcase").first)
        #expect(Self.attribute(testCase, "name") == "detection of a&b <c> \"d\" 'e'\tf\u{FFFD}g at ankle-sock at most 50%")
        #expect(Self.attribute(testCase, "classname") == "s<1>/c\"2")
    }

    @Test func xmlTextEscaping() {
        #expect(XMLText.escaped("a<b & \"c\"\n") == "a&lt;b &amp; \"c\"\n")
        #expect(XMLText.attribute("a<b & \"c\"\n'") == "a&lt;b &amp; &quot;c&quot;&#10;&apos;")
        #expect(XMLText.escaped("\u{0}\u{7}\u{FFFE}ok") == "\u{FFFD}\u{FFFD}\u{FFFD}ok")
    }
}
