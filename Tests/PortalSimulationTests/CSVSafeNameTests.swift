import Testing
@testable import PortalSimulation

/// Names become CSV text cells; one a reader takes for a number, a missing value or a
/// formula (`nan`, `-inf`, `1e5`, `=cmd|…`) is refused where it is written.
struct CSVSafeNameTests {
    func problems(_ text: String) -> [String] {
        diagnostics { () throws(InputErrors) in _ = try ScenarioFile.decode(YAMLDocument(text: text, file: "c.yaml")) }
    }

    @Test func theRule() {
        for bad in ["nan", "NaN", "-inf", "inf", "Infinity", "1e5", "12", "0.5", "=cmd|' /C calc'!A0", "+1", "-x", "@SUM(A1)",
                    "NA", "n/a", "null", "None", "TRUE", "false", "", " visitors", "'quoted"] {
            #expect(CSVSafeName.problem(with: bad) != nil, "\(bad)")
        }
        for good in ["visitors", "cw-5kHz", "2-zone", "sensitivity-65", "Zone 1", "énergie", "1st", "nano-sim", "info"] {
            #expect(CSVSafeName.problem(with: good) == nil, "\(good)")
        }
    }

    @Test func scenarioConfigurationStageZoneAndObjectNamesAreChecked() {
        #expect(problems("name: nan") == ["c.yaml:1:7: name: 'nan' reads as a number or a missing value in CSV readers (pandas, spreadsheets); give a name with a letter in it, such as 'nan-1' or 'xnan'"])
        #expect(problems("""
            portal: {class: cw-multi-zone}
            configurations:
              - {name: "=cmd|' /C calc'!A0"}
            """).first?.hasPrefix("c.yaml:3:12: configurations[0].name: a name must start with a letter or a digit") == true)
        #expect(problems("""
            portal: {class: cw-multi-zone}
            screening:
              - {name: -inf, kind: portal}
            """).first?.contains("screening[0].name: a name must start with a letter or a digit") == true)
        #expect(problems("""
            portal:
              zones:
                - name: 1e5
                  coils: [{shape: circle, radius: 20 cm, center: [40 cm, 0 m, 1 m], normal: x}]
            """).first?.contains("portal.zones[0].name: '1e5' reads as a number") == true)
        #expect(problems("""
            objects:
              "+1":
                parts: [{object: keys}]
            """).first?.hasPrefix("c.yaml:2:3: objects.+1: a name must start with a letter or a digit") == true)
        #expect(problems("population: {name: '@visitors'}").first?.contains("population.name: a name must start") == true)
    }
}
