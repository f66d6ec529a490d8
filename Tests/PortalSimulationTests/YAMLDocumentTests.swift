import Foundation
import Testing
@testable import PortalSimulation

/// Malformed YAML must become a located diagnostic, never a crash.
struct YAMLDocumentTests {
    /// The single diagnostic composing `text` produces.
    func failure(_ text: String) throws -> InputDiagnostic {
        let error = try #require(throws: InputErrors.self) { try YAMLDocument(text: text, file: "bad.yaml") }
        #expect(error.diagnostics.count == 1)
        return try #require(error.diagnostics.first)
    }

    @Test func badIndentation() throws {
        let diagnostic = try failure("portal: 1\n  width: 2\n")
        #expect(diagnostic.location == PortalSimulation.SourceLocation(file: "bad.yaml", line: 2, column: 8))
        #expect(diagnostic.message == "invalid YAML: mapping values are not allowed in this context")
    }

    @Test func dedentedKey() throws {
        let diagnostic = try failure("portal:\n  width: 1 m\n height: 2 m\n")
        #expect(diagnostic.location == PortalSimulation.SourceLocation(file: "bad.yaml", line: 3, column: 2))
        #expect(diagnostic.message.hasPrefix("invalid YAML: did not find expected key"))
    }

    @Test func unclosedBracket() throws {
        let diagnostic = try failure("zones: [1, 2\nheight: 3\n")
        #expect(diagnostic.location == PortalSimulation.SourceLocation(file: "bad.yaml", line: 2, column: 7))
        #expect(diagnostic.message
            == "invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 8)")
    }

    @Test func unclosedQuote() throws {
        let diagnostic = try failure("name: \"open\nheight: 3\n")
        #expect(diagnostic.location?.line == 3)
        #expect(diagnostic.message.contains("while scanning a quoted scalar at line 1, column 7"))
    }

    @Test func tabIndentation() throws {
        let diagnostic = try failure("portal:\n\twidth: 1 m\n")
        #expect(diagnostic.location == PortalSimulation.SourceLocation(file: "bad.yaml", line: 2, column: 1))
        #expect(diagnostic.message.contains("cannot start any token"))
    }

    @Test func duplicateKeyIsReportedAtTheSecondOccurrence() throws {
        let diagnostic = try failure("portal:\n  width: 1 m\n  height: 2 m\n  width: 2 m\n")
        #expect(diagnostic.location == PortalSimulation.SourceLocation(file: "bad.yaml", line: 4, column: 3))
        #expect(diagnostic.message
            == "duplicate key 'width' (first at line 2); a key may appear only once in a mapping")
    }

    @Test func duplicateKeyInFlowStyleFallsBackToTheFirst() throws {
        let diagnostic = try failure("a: {x: 1, x: 2}\n")
        #expect(diagnostic.location == PortalSimulation.SourceLocation(file: "bad.yaml", line: 1, column: 5))
        #expect(diagnostic.message.hasPrefix("duplicate key 'x'"))
    }

    @Test func secondDocumentAndUndefinedAlias() throws {
        let twoDocuments = try failure("a: 1\n---\nb: 2\n")
        #expect(twoDocuments.location?.line == 2)
        #expect(twoDocuments.message
            == "invalid YAML: expected a single document in the stream, but found another document")
        let alias = try failure("a: *nowhere\n")
        #expect(alias.location == PortalSimulation.SourceLocation(file: "bad.yaml", line: 1, column: 4))
        #expect(alias.message == "invalid YAML: found undefined alias")
    }

    @Test func emptyDocumentIsAnEmptyValue() throws {
        let document = try YAMLDocument(text: "# nothing here\n", file: "empty.yaml")
        var diagnostics = DiagnosticCollector()
        #expect(document.root.mapping(reporting: &diagnostics) == nil)
        #expect(diagnostics.diagnostics.map(\.description)
            == ["empty.yaml:1:1: expected a mapping, got an empty value"])
    }

    @Test func readsFilesAndNamesThemInDiagnostics() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/scenario.yaml"
        try "portal:\n  width: [\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: InputErrors.self) { try YAMLDocument(contentsOf: path) }
        #expect(error.diagnostics.first?.location?.file == path)
        #expect(error.diagnostics.first?.location?.line == 3)

        let missing = try #require(throws: InputErrors.self) { try YAMLDocument(contentsOf: directory + "/none.yaml") }
        #expect(missing.description == directory + "/none.yaml: no such file")
        let isDirectory = try #require(throws: InputErrors.self) { try YAMLDocument(contentsOf: directory) }
        #expect(isDirectory.description == directory + ": is a directory, expected a YAML file")

        try "a: 1\n".write(toFile: path, atomically: true, encoding: .utf8)
        let root = try YAMLDocument(contentsOf: path).root
        #expect(root.location == PortalSimulation.SourceLocation(file: path, line: 1, column: 1))
    }
}
