import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `portalsim check` end to end: verdicts, exit status, JUnit report, and bad input
/// refused before anything runs. The scenarios are tiny (a single-zone portal, 200
/// passes per case) and their seed is fixed, so the verdicts below are the same on
/// every run.
@Suite struct CheckCommandTests {
    /// Two phones at two locations and a clean population through a single-zone portal.
    static func scenario(name: String, expect: String) -> String {
        """
        name: \(name)
        seed: 7
        trials: 200
        portal:
          class: cw-single-zone
          detector: {mode: cw, frequencies: [5 kHz], reference_threshold: 10 uV}
        threats:
          objects: [smartphone, mini-phone-3310]
          locations: [waistband-front, ankle-sock]
        expect:
        \(expect)
        """
    }

    /// The smartphone is caught in every pass (200 of 200: lower end 98.2 %); nobody
    /// clean alarms (0 of 200: upper end 1.8 %).
    static let passing = """
          - {metric: detection, object: smartphone, at_least: 90 %}
          - {metric: nuisance, at_most: 5 %}
        """
    /// The mini phone is caught in 98.5 % of passes in a sock (197 of 200, interval
    /// 95.7–99.7 %, straddling 97 %) and in 98 % at the waistband (far above 80 %).
    static let inconclusive = "  - {metric: detection, object: mini-phone-3310, location: ankle-sock, at_least: 97 %}"
    static let failing = "  - {metric: detection, object: mini-phone-3310, location: waistband-front, at_most: 80 %}"

    static func write(_ text: String, to url: URL) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    static func lines(_ text: String, starting prefix: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.hasPrefix(prefix) }
    }

    /// Every check passes: exit 0; and `check --output` writes the files `portalsim run`
    /// writes, the same names and the same bytes (run.json aside: its command differs).
    @Test func passingChecksExitZeroWithTheRunsCounts() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("pass.yaml")
        try Self.write(Self.scenario(name: "pass", expect: Self.passing), to: file)
        let check = try PortalSimBinary.run(["check", file.path, "--threads", "2", "--output", out.appendingPathComponent("check").path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(Self.lines(check.stdout, starting: "PASS          \(file.path)  pass  ") == [
            // In the file's order: waistband-front is listed before ankle-sock.
            "PASS          \(file.path)  pass  detection of smartphone at waistband-front at least 90%: 100.00% [98.17%, 100.00%] (95% interval), 200 of 200 passes",
            "PASS          \(file.path)  pass  detection of smartphone at ankle-sock at least 90%: 100.00% [98.17%, 100.00%] (95% interval), 200 of 200 passes",
            "PASS          \(file.path)  pass  nuisance alarms of visitors at most 5%: 0.00% [0.00%, 1.83%] (95% interval), 0 of 200 passes",
        ])
        #expect(check.stdout.contains("OK: 3 checks in 1 file: 3 passed, 0 failed, 0 inconclusive"))
        let run = try PortalSimBinary.run(["run", file.path, "--threads", "1", "--output", out.appendingPathComponent("run").path])
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("run").path).sorted()
        #expect(names.contains("bodymap.csv") && names.contains("results.csv"), "\(names)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("check/pass").path).sorted() == names)
        for name in names where name != "run.json" {
            let fromRun = try RunCommandTests.read(out.appendingPathComponent("run/\(name)"))
            #expect(try RunCommandTests.read(out.appendingPathComponent("check/pass/\(name)")) == fromRun, "\(name)")
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("check/pass/run.json").path))
    }

    /// A folder: its scenarios with expectations, in name order, one test suite each;
    /// a failed check makes the exit status 1.
    @Test func failingCheckExitsOneAndTheJUnitReportNamesEveryCase() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let folder = out.appendingPathComponent("ci")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.write(Self.scenario(name: "mixed", expect: [Self.passing, Self.inconclusive, Self.failing].joined(separator: "\n")),
                       to: folder.appendingPathComponent("b-mixed.yaml"))
        try Self.write(Self.scenario(name: "pass", expect: Self.passing), to: folder.appendingPathComponent("a-pass.yaml"))
        try Self.write("name: plain\ntrials: 10\n", to: folder.appendingPathComponent("c-no-expectations.yaml"))
        let junit = out.appendingPathComponent("reports/check.xml")
        let r = try PortalSimBinary.run(["check", folder.path, "--junit", junit.path, "--threads", "2"])
        #expect(r.status == 1, "\(r.stderr)")
        let mixed = folder.appendingPathComponent("b-mixed.yaml").path
        #expect(Self.lines(r.stdout, starting: "INCONCLUSIVE").count == 1)
        #expect(Self.lines(r.stdout, starting: "INCONCLUSIVE  \(mixed)  mixed  detection of mini-phone-3310 at ankle-sock at least 97%: ").first?
            .contains(" of 200 passes; at this rate ") == true, "\(r.stdout)")
        #expect(Self.lines(r.stdout, starting: "FAIL ").count == 1)
        #expect(Self.lines(r.stdout, starting: "FAIL          \(mixed)  mixed  detection of mini-phone-3310 at waistband-front at most 80%: ").count == 1)
        #expect(Self.lines(r.stdout, starting: "PASS").count == 6)
        #expect(!r.stdout.contains("c-no-expectations"))
        #expect(r.stdout.contains("FAILED: 8 checks in 2 files: 6 passed, 1 failed, 1 inconclusive"))

        let document = try XMLDocument(data: Data(contentsOf: junit), options: [])
        let root = try #require(document.rootElement())
        func attribute(_ element: XMLElement, _ name: String) -> String? { element.attribute(forName: name)?.stringValue }
        #expect(attribute(root, "tests") == "8" && attribute(root, "failures") == "1" && attribute(root, "skipped") == "1")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { attribute($0, "name") } == [folder.appendingPathComponent("a-pass.yaml").path, mixed])
        let cases = suites.last?.elements(forName: "testcase") ?? []
        #expect(cases.map { attribute($0, "name") ?? "" } == [
            "detection of smartphone at waistband-front at least 90%",
            "detection of smartphone at ankle-sock at least 90%",
            "nuisance alarms of visitors at most 5%",
            "detection of mini-phone-3310 at ankle-sock at least 97%",
            "detection of mini-phone-3310 at waistband-front at most 80%",
        ])
        #expect(cases.allSatisfy { attribute($0, "classname") == "mixed/mixed" })
        #expect(cases.count == 5 && !cases[3].elements(forName: "skipped").isEmpty && !cases[4].elements(forName: "failure").isEmpty)
    }

    /// An inconclusive check passes the build, unless --strict.
    @Test func inconclusiveExitsZeroUnlessStrict() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("open.yaml")
        try Self.write(Self.scenario(name: "open", expect: Self.inconclusive), to: file)
        let lenient = try PortalSimBinary.run(["check", file.path, "--threads", "2"])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(Self.lines(lenient.stdout, starting: "INCONCLUSIVE").count == 1)
        #expect(lenient.stdout.contains("OK: 1 check in 1 file: 0 passed, 0 failed, 1 inconclusive"))
        let strict = try PortalSimBinary.run(["check", file.path, "--threads", "2", "--strict", "--quiet"])
        #expect(strict.status == 1, "\(strict.stderr)")
        #expect(strict.stdout.contains("FAILED: 1 check in 1 file: 0 passed, 0 failed, 1 inconclusive, failing under --strict"))
        // The same verdict line either way: --strict changes the exit status, not the finding.
        #expect(Self.lines(strict.stdout, starting: "INCONCLUSIVE") == Self.lines(lenient.stdout, starting: "INCONCLUSIVE"))
    }

    /// Mistakes in any file are reported, all of them, with file, line, column and
    /// field, before any scenario runs; nothing is written.
    @Test func badInputExitsTwoBeforeRunning() throws {
        let out = try RunCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let good = out.appendingPathComponent("good.yaml"), bad = out.appendingPathComponent("bad.yaml")
        try Self.write(Self.scenario(name: "good", expect: Self.passing), to: good)
        try Self.write(Self.scenario(name: "bad", expect: """
              - {metric: detection, object: mini-phone-3301, at_least: 60 %}
              - {metric: detection, at_lest: 60 %}
            """), to: bad)
        let junit = out.appendingPathComponent("check.xml")
        let r = try PortalSimBinary.run(["check", good.path, bad.path, out.appendingPathComponent("missing.yaml").path, "--junit", junit.path])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty, "\(r.stdout)")
        #expect(r.stderr.contains("portalsim: error: \(bad.path):12:25: expect[1].at_lest: unknown key 'at_lest'; did you mean 'at_least'?"), "\(r.stderr)")
        #expect(r.stderr.contains("\(bad.path):12:5: expect[1]: missing the threshold"), "\(r.stderr)")
        #expect(r.stderr.contains("\(out.appendingPathComponent("missing.yaml").path): no such file or folder"), "\(r.stderr)")
        // The JUnit report still comes, an error case per refused file, for the CI server.
        let document = try XMLDocument(data: Data(contentsOf: junit), options: [])
        let root = try #require(document.rootElement())
        #expect(root.attribute(forName: "errors")?.stringValue == "2")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { $0.attribute(forName: "name")?.stringValue } == [bad.path, out.appendingPathComponent("missing.yaml").path])
        let error = try #require(suites.first?.elements(forName: "testcase").first?.elements(forName: "error").first)
        #expect(error.stringValue?.contains("\(bad.path):12:25: expect[1].at_lest: unknown key 'at_lest'") == true, "\(error)")
        #expect(error.stringValue?.contains("\(bad.path):12:5: expect[1]: missing the threshold") == true)
        // With the decoding fixed, the misspelt object is found before the run too.
        try Self.write(Self.scenario(name: "bad", expect: "  - {metric: detection, object: mini-phone-3301, at_least: 60 %}"), to: bad)
        let again = try PortalSimBinary.run(["check", bad.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("\(bad.path):11:33: expect[0].object: no detection case has threat object 'mini-phone-3301'; did you mean 'mini-phone-3310'?"),
                "\(again.stderr)")
        #expect(again.stdout.isEmpty)
    }

    /// The bundled CI scenarios pass outright: not one check inconclusive.
    @Test func bundledCIScenariosPassStrictly() throws {
        let folder = PortalSimBinary.repositoryRoot.appendingPathComponent("scenarios/ci").path
        let r = try PortalSimBinary.run(["check", folder, "--strict", "--threads", "2"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(!r.stdout.contains("INCONCLUSIVE") && !r.stdout.contains("FAIL"), "\(r.stdout)")
        #expect(Self.lines(r.stdout, starting: "PASS").count >= 4)
    }
}
