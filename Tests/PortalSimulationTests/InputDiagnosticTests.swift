import Testing
@testable import PortalSimulation

struct InputDiagnosticTests {
    let here = PortalSimulation.SourceLocation(file: "s.yaml", line: 3, column: 5)

    @Test func descriptionLeavesOutMissingParts() {
        #expect(InputDiagnostic(location: here, keyPath: "portal.width", message: "must be > 0 m").description
            == "s.yaml:3:5: portal.width: must be > 0 m")
        #expect(InputDiagnostic(location: here, message: "bad").description == "s.yaml:3:5: bad")
        #expect(InputDiagnostic(file: "s.yaml", message: "no such file").description == "s.yaml: no such file")
        #expect(InputDiagnostic(location: nil, keyPath: "a.b", message: "bad").description == "a.b: bad")
        #expect(InputDiagnostic(location: nil, message: "bad").description == "bad")
    }

    @Test func errorsAreSortedByLineThenColumnAndDeduplicated() {
        func at(_ line: Int, _ column: Int, _ message: String) -> InputDiagnostic {
            let location = PortalSimulation.SourceLocation(file: "s.yaml", line: line, column: column)
            return InputDiagnostic(location: location, message: message)
        }
        let errors = InputErrors([at(7, 2, "c"), at(2, 9, "b"), at(2, 3, "a"), at(7, 2, "c"), at(7, 2, "d")])
        #expect(errors.diagnostics.map(\.message) == ["a", "b", "c", "d"])
        #expect(errors.description == "s.yaml:2:3: a\ns.yaml:2:9: b\ns.yaml:7:2: c\ns.yaml:7:2: d")
    }

    @Test func keyPathRendering() {
        let path = YAMLKeyPath.root.appending(key: "portal").appending(key: "zones").appending(index: 2)
            .appending(key: "height")
        #expect(path.description == "portal.zones[2].height")
        #expect(YAMLKeyPath.root.appending(index: 0).appending(key: "name").description == "[0].name")
        #expect(YAMLKeyPath.root.description == "")
    }

    @Test func rangeRequirementsInWords() {
        #expect(AllowedRange.positive.requirement(as: .length) == "> 0 m")
        #expect(AllowedRange.nonNegative.requirement() == ">= 0")
        #expect(AllowedRange.within(0.5...1).requirement(as: .length) == "between 500 mm and 1 m")
        #expect(AllowedRange.positive.and(.atMost(3)).requirement() == "> 0 and <= 3")
        #expect(AllowedRange.positive.contains(0) == false)
        #expect(AllowedRange.nonNegative.contains(0))
    }
}
