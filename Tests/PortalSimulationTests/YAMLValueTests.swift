import Testing
@testable import PortalSimulation

/// Decoding by hand with `YAMLValue`: every problem found in one pass, each at its
/// exact line, column and key path.
struct YAMLValueTests {
    enum Waveform: String, CaseIterable { case cw, pi }

    struct Portal {
        var width: Double?
        var height: Double?
        var frequencyHz: Double?
        var gap: Double?
        var waveform: Waveform?
        var zones: [YAMLValue]?
        var enabled: Bool?
        var count: Int?
        var speed: Double?
        var depth: Double?
    }

    static let keys = ["width", "height", "frequency", "gap", "mode", "zones", "enabled", "count", "speed", "depth"]

    /// Decodes `text` the way scenario code will, collecting every diagnostic.
    func decodePortal(_ text: String) throws -> (Portal, [InputDiagnostic]) {
        let document = try YAMLDocument(text: text, file: "s.yaml")
        var diagnostics = DiagnosticCollector()
        var portal = Portal()
        if let root = document.root.mapping(allowedKeys: ["portal"], reporting: &diagnostics),
           let mapping = root.required("portal", reporting: &diagnostics)?
               .mapping(allowedKeys: Self.keys, reporting: &diagnostics) {
            portal.width = mapping.required("width", reporting: &diagnostics)?
                .quantity(.length, range: .positive, reporting: &diagnostics)
            portal.height = mapping.optional("height")?.quantity(.length, range: .positive, reporting: &diagnostics)
            portal.frequencyHz = mapping.optional("frequency")?.quantity(.frequency, reporting: &diagnostics)
            portal.gap = mapping.optional("gap")?.quantity(.length, range: .positive, reporting: &diagnostics)
            portal.waveform = mapping.optional("mode")?.choice(of: Waveform.self, reporting: &diagnostics)
            portal.zones = mapping.optional("zones")?.sequence(reporting: &diagnostics)
            portal.enabled = mapping.optional("enabled")?.bool(reporting: &diagnostics)
            portal.count = mapping.optional("count")?.int(range: .atLeast(1), reporting: &diagnostics)
            portal.speed = mapping.optional("speed")?.quantity(.speed, reporting: &diagnostics)
            portal.depth = mapping.optional("depth")?.quantity(.length, reporting: &diagnostics)
        }
        return (portal, diagnostics.errors.diagnostics)
    }

    func at(_ line: Int, _ column: Int) -> PortalSimulation.SourceLocation {
        PortalSimulation.SourceLocation(file: "s.yaml", line: line, column: column)
    }

    @Test func validInputDecodesToSI() throws {
        let (portal, diagnostics) = try decodePortal("""
            portal:
              width: 0.8 m
              height: 2.1 m
              frequency: 5 kHz
              mode: pi
              enabled: true
              count: 3
              speed: 1.1 m/s
              depth: 0
              zones: [a, b]
            """)
        #expect(diagnostics.isEmpty)
        #expect(portal.width == 0.8)
        #expect(portal.height == 2.1)
        #expect(portal.frequencyHz == 5000)
        #expect(portal.waveform == .pi)
        #expect(portal.enabled == true)
        #expect(portal.count == 3)
        #expect(portal.speed == 1.1)
        #expect(portal.depth == 0)
        #expect(portal.zones?.map(\.keyPath.description) == ["portal.zones[0]", "portal.zones[1]"])
    }

    @Test func everyProblemIsReportedAtOnceInLineOrder() throws {
        let (portal, diagnostics) = try decodePortal("""
            portal:
              widht: 0.8 m
              height: 12
              frequency: 5 kHz
              gap: -12 mm
              mode: pie
              zones: 3
              enabled: maybe
              count: 2.5
              speed: 1.1 m/s
              depth: 12 kg
            """)
        let expected = [
            InputDiagnostic(location: at(2, 3), keyPath: "portal.widht", message:
                "unknown key 'widht'; did you mean 'width'? (expected one of: "
                + Self.keys.joined(separator: ", ") + ")"),
            InputDiagnostic(location: at(2, 3), keyPath: "portal", message: "missing required key 'width'"),
            InputDiagnostic(location: at(3, 11), keyPath: "portal.height",
                            message: #"missing unit: write e.g. "12 mm" or "0.012 m""#),
            InputDiagnostic(location: at(5, 8), keyPath: "portal.gap", message: "must be > 0 m and <= 100 m, got -12 mm"),
            InputDiagnostic(location: at(6, 9), keyPath: "portal.mode",
                            message: "unknown value 'pie'; did you mean 'pi'? (expected one of: cw, pi)"),
            InputDiagnostic(location: at(7, 10), keyPath: "portal.zones",
                            message: "expected a sequence, got a number (3)"),
            InputDiagnostic(location: at(8, 12), keyPath: "portal.enabled",
                            message: #"expected true or false, got a string ("maybe")"#),
            InputDiagnostic(location: at(9, 10), keyPath: "portal.count",
                            message: "expected a whole number, got a number (2.5)"),
            InputDiagnostic(location: at(11, 10), keyPath: "portal.depth",
                            message: "'12 kg' is a mass, expected a length (m, cm, mm, um, nm, km, in, ft)"),
        ]
        #expect(diagnostics == expected)
        // Good values next to bad ones are still decoded.
        #expect(portal.frequencyHz == 5000)
        #expect(portal.speed == 1.1)
        let firstLine = "s.yaml:2:3: portal.widht: unknown key 'widht'; did you mean 'width'? (expected one of: "
            + Self.keys.joined(separator: ", ") + ")"
        let lines = InputErrors(diagnostics).description.split(separator: "\n").map(String.init)
        #expect(lines.first == firstLine)
        #expect(lines.count == expected.count)
    }

    @Test func wrongTypeAtTheTop() throws {
        let (_, diagnostics) = try decodePortal("portal:\n  - width: 1 m\n")
        #expect(diagnostics == [InputDiagnostic(location: at(2, 3), keyPath: "portal",
                                                message: "expected a mapping, got a sequence")])
    }

    @Test func missingRequiredKeyAtTheMapping() throws {
        let (_, diagnostics) = try decodePortal("# comment\nportal:\n  height: 2 m\n")
        #expect(diagnostics == [InputDiagnostic(location: at(3, 3), keyPath: "portal",
                                                message: "missing required key 'width'")])
        let (_, noPortal) = try decodePortal("other: 1\n")
        #expect(noPortal.map(\.description) == [
            "s.yaml:1:1: other: unknown key 'other' (expected one of: portal)",
            "s.yaml:1:1: missing required key 'portal'",
        ])
    }

    @Test func emptyValueIsNotSilentlyDefaulted() throws {
        let (_, diagnostics) = try decodePortal("portal:\n  width:\n  height: 2 m\n")
        #expect(diagnostics == [InputDiagnostic(location: at(2, 9), keyPath: "portal.width",
                                                message: #"expected a length such as "12 mm", got an empty value"#)])
    }

    @Test func outOfRangeQuantityInASequence() throws {
        let document = try YAMLDocument(text: """
            zones:
              - height: 1 m
              - height: -1 m
              - height: 20 cm
            """, file: "s.yaml")
        var diagnostics = DiagnosticCollector()
        let zones = document.root.mapping(reporting: &diagnostics)?.required("zones", reporting: &diagnostics)?
            .sequence(reporting: &diagnostics) ?? []
        let heights = zones.map {
            $0.mapping(allowedKeys: ["height"], reporting: &diagnostics)?.required("height", reporting: &diagnostics)?
                .quantity(.length, range: .within(0.5...2.1), reporting: &diagnostics)
        }
        #expect(heights == [1, nil, nil])
        #expect(diagnostics.errors.description == """
            s.yaml:3:13: zones[1].height: must be between 500 mm and 2.1 m, got -1 m
            s.yaml:4:13: zones[2].height: must be between 500 mm and 2.1 m, got 20 cm
            """)
    }

    @Test func plainNumbers() throws {
        let document = try YAMLDocument(text: "a: .nan\nb: 1.5\nc: 7\nd: \"7\"\ne: 12\n", file: "s.yaml")
        var diagnostics = DiagnosticCollector()
        let mapping = try #require(document.root.mapping(reporting: &diagnostics))
        #expect(mapping.optional("a")?.double(reporting: &diagnostics) == nil)
        #expect(mapping.optional("b")?.double(range: .unitInterval, reporting: &diagnostics) == nil)
        #expect(mapping.optional("c")?.double(reporting: &diagnostics) == 7)
        #expect(mapping.optional("d")?.double(reporting: &diagnostics) == nil)
        #expect(mapping.optional("d")?.string(reporting: &diagnostics) == "7")
        #expect(mapping.optional("e")?.int(range: .within(1...10), reporting: &diagnostics) == nil)
        #expect(diagnostics.diagnostics.map(\.description) == [
            "s.yaml:1:4: a: expected a finite number, got .nan",
            "s.yaml:2:4: b: must be between 0 and 1, got 1.5",
            #"s.yaml:4:4: d: expected a number, got a string ("7")"#,
            "s.yaml:5:4: e: must be between 1 and 10, got 12",
        ])
    }

    @Test func mergeKeysAreRefusedClearly() throws {
        let document = try YAMLDocument(text: "base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n", file: "s.yaml")
        var diagnostics = DiagnosticCollector()
        let item = document.root.mapping(reporting: &diagnostics)?.optional("item")
        _ = item?.mapping(allowedKeys: ["x", "y"], reporting: &diagnostics)
        #expect(diagnostics.diagnostics.map(\.description)
            == ["s.yaml:3:3: item.<<: merge keys (<<) are not supported; write the keys out"])
    }
}
