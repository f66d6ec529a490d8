import Foundation
import Testing
@testable import PortalSimulation

/// The `expect:` section: what each key means, and every mistake reported at its
/// line and column, all at once.
struct ExpectationDecodingTests {
    static let header = """
        name: t
        trials: 100
        portal: {class: cw-single-zone}
        threats: {objects: [smartphone, mini-phone-3310], locations: [waistband-front, ankle-sock]}

        """

    func decode(_ expect: String) throws(InputErrors) -> [RateExpectation] {
        try ScenarioFile.decode(YAMLDocument(text: Self.header + expect, file: "e.yaml")).expectations
    }

    func problems(_ expect: String) -> [String] {
        diagnostics { () throws(InputErrors) in _ = try decode(expect) }
    }

    @Test func everyKey() throws {
        let expectations = try decode("""
            expect:
              - {metric: detection, object: smartphone, location: waistband-front, at_least: 99 %}
              - {metric: detection, object: '*', location: ankle-sock, at_most: 0.5, confidence: 99 %}
              - {metric: nuisance, configuration: t, population: visitors, at_most: 35 %}
              - metric: detection
                at_least: 10 %
            """)
        try #require(expectations.count == 4)
        let first = expectations[0]
        #expect(first.metric == .detection && first.object == "smartphone" && first.location == "waistband-front")
        #expect(first.configuration == nil)
        #expect(first.bound == .atLeast(0.99) && first.confidence == 0.95)
        #expect(first.origin.item?.location == SourceLocation(file: "e.yaml", line: 6, column: 5))
        #expect(first.origin.fields["object"] == .init(location: SourceLocation(file: "e.yaml", line: 6, column: 33),
                                                        keyPath: "expect[0].object"))
        // '*' and a missing key both mean every one.
        #expect(expectations[1].object == nil && expectations[1].location == "ankle-sock")
        #expect(expectations[1].bound == .atMost(0.5) && expectations[1].confidence == 0.99)
        #expect(expectations[2].metric == .nuisance && expectations[2].object == "visitors" && expectations[2].configuration == "t")
        #expect(expectations[2].location == nil)
        #expect(expectations[3].object == nil && expectations[3].location == nil && expectations[3].bound == .atLeast(0.1))
    }

    @Test func noSectionNoExpectations() throws {
        #expect(try decode("").isEmpty)
    }

    @Test func mistakesAreReportedTogether() {
        let found = problems("""
            expect:
              - {metric: detecton, at_least: 99 %}
              - {metric: detection, objekt: smartphone, at_least: 90 %}
              - {metric: detection, at_least: 90 %, at_most: 95 %}
              - {metric: detection}
              - {metric: nuisance, object: keys, location: shoe, at_most: 10 %}
              - {metric: detection, population: visitors, at_least: 10 %}
              - {metric: detection, at_least: 100 %}
              - {metric: nuisance, at_most: 0}
              - {metric: nuisance, at_most: 120 %, confidence: 1}
              - {metric: detection, object: '', at_least: 5 %}
            """)
        #expect(found == [
            "e.yaml:6:14: expect[0].metric: unknown value 'detecton'; did you mean 'detection'? (expected one of: detection, nuisance)",
            "e.yaml:7:25: expect[1].objekt: unknown key 'objekt'; did you mean 'object'? (expected one of: metric, configuration, object, population, location, at_least, at_most, confidence)",
            "e.yaml:8:41: expect[2].at_most: give one threshold, 'at_least' or 'at_most', not both",
            "e.yaml:9:5: expect[3]: missing the threshold: give 'at_least' or 'at_most' (a fraction such as 99 %)",
            "e.yaml:10:24: expect[4].object: a nuisance expectation names its 'population', not an object",
            "e.yaml:10:38: expect[4].location: a nuisance rate is a whole population's; 'location' applies to detection",
            "e.yaml:11:25: expect[5].population: 'population' selects a nuisance rate; a detection expectation names an 'object' and a 'location'",
            "e.yaml:12:35: expect[6].at_least: can never pass: an interval's lower end stays below 100 % however many passes; write e.g. 99.9 %",
            "e.yaml:13:33: expect[7].at_most: can never pass: an interval's upper end stays above 0 % however many passes; write e.g. 0.1 %",
            "e.yaml:14:33: expect[8].at_most: must be between 0 and 1, got 120 %",
            "e.yaml:14:52: expect[8].confidence: must be between 0.5 and 0.999999, got 1",
            "e.yaml:15:33: expect[9].object: give a name, or '*' (or leave the key out) for every one",
        ])
    }

    @Test func theSectionIsAList() {
        #expect(problems("expect: {metric: detection, at_least: 9 %}\n")
            == ["e.yaml:5:9: expect: expected a sequence, got a mapping"])
        #expect(problems("expect: []\n") == ["e.yaml:5:9: expect: give at least one"])
    }

    /// A misspelt top-level key gets the new key as a suggestion.
    @Test func topLevelKeyIsKnown() {
        #expect(problems("expects: []\n").first?.contains("did you mean 'expect'?") == true)
    }
}
