import Foundation
import Testing

/// The code's comments cite the model's documentation by section (`docs/physics.md#gait`),
/// and the docs and the README link each other's sections. A renamed or removed heading
/// would leave those citations pointing nowhere without anyone noticing: these tests
/// hold every cited `NAME.md#anchor` to a heading of that file, by GitHub's anchor rules.
@Suite struct DocsCitationTests {
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A citation found in a file: the document it names (a path from the repository
    /// root), the anchor if any, and where it was found.
    struct Citation: CustomStringConvertible {
        var document: String
        var anchor: String?
        var file: String
        var line: Int
        var description: String { "\(file):\(line): \(document)\(anchor.map { "#" + $0 } ?? "")" }
    }

    /// GitHub's anchor for a heading's text: lowercased; every character but letters,
    /// digits, spaces, hyphens and underscores dropped; each space a hyphen
    /// ("### Coils (`portal.transmitter[]`)" → "coils-portaltransmitter").
    static func anchor(ofHeading text: String) -> String {
        String(text.lowercased().compactMap { c -> Character? in
            if c == " " { return "-" }
            return c.isLetter || c.isNumber || c == "-" || c == "_" ? c : nil
        })
    }

    /// Every heading anchor of a Markdown text, outside fenced code blocks; a repeated
    /// heading's anchor takes -1, -2, … as GitHub numbers them.
    static func anchors(ofMarkdown text: String) -> Set<String> {
        var anchors: Set<String> = [], seen: [String: Int] = [:], fenced = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { fenced.toggle(); continue }
            guard !fenced, let match = line.wholeMatch(of: /#{1,6} +(.*?)[ #]*/) else { continue }
            let base = anchor(ofHeading: String(match.1))
            let count = seen[base, default: 0]
            seen[base] = count + 1
            anchors.insert(count == 0 ? base : "\(base)-\(count)")
        }
        return anchors
    }

    /// `docs/NAME.md` and `docs/NAME.md#anchor` as Swift comments cite them.
    static func sourceCitations(in text: String, file: String) -> [Citation] {
        // Only lines that can cite: a regex over every line of the sources takes seconds.
        lines(of: text).filter { $0.1.contains("docs/") }.flatMap { number, line in
            line.matches(of: /docs\/([A-Za-z0-9_-]+\.md)(?:#([A-Za-z0-9_-]+))?/).map {
                Citation(document: "docs/" + $0.1, anchor: $0.2.map(String.init), file: file, line: number)
            }
        }
    }

    /// Markdown links to a section, `[text](OTHER.md#anchor)` or `[text](#anchor)`, with
    /// OTHER resolved against `folder` (the linking file's folder, "" for the root).
    static func markdownCitations(in text: String, file: String, folder: String) -> [Citation] {
        lines(of: text).filter { $0.1.contains("](") }.flatMap { number, line in
            line.matches(of: /\]\(([A-Za-z0-9_\/.-]*\.md)?#([^)\s]+)\)/).map {
                let document = $0.1.map { folder.isEmpty ? String($0) : folder + "/" + $0 } ?? file
                return Citation(document: document, anchor: String($0.2), file: file, line: number)
            }
        }
    }

    static func lines(of text: String) -> [(Int, Substring)] {
        Array(zip(1..., text.split(separator: "\n", omittingEmptySubsequences: false)))
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// The citations that name no existing document, or no heading of it.
    static func unresolved(_ citations: [Citation]) -> [String] {
        var anchorsByDocument: [String: Set<String>?] = [:]
        return citations.compactMap { citation in
            if anchorsByDocument[citation.document] == nil {
                let text = try? read(citation.document)
                anchorsByDocument[citation.document] = .some(text.map(anchors(ofMarkdown:)))
            }
            guard let known = anchorsByDocument[citation.document] ?? nil else { return "\(citation): no such document" }
            if let anchor = citation.anchor, !known.contains(anchor) { return "\(citation): no such heading" }
            return nil
        }
    }

    static func swiftFiles(under folder: String) -> [String] {
        let root = repositoryRoot.appendingPathComponent(folder)
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".swift") }.sorted().map { folder + "/" + $0 }
    }

    @Test func githubAnchorRules() {
        #expect(Self.anchor(ofHeading: "Coils (`portal.transmitter[]`, `portal.zones[].coils[]`)")
                == "coils-portaltransmitter-portalzonescoils")
        #expect(Self.anchor(ofHeading: "`kind: wand` — a hand-held wand search") == "kind-wand--a-hand-held-wand-search")
        #expect(Self.anchor(ofHeading: "A site's year and budget") == "a-sites-year-and-budget")
        #expect(Self.anchor(ofHeading: "1. The form every detector consumes") == "1-the-form-every-detector-consumes")
        #expect(Self.anchors(ofMarkdown: "# A\n```\n# not a heading\n```\n## A\n### B ##\n#nope") == ["a", "a-1", "b"])
    }

    @Test func everyDocsSectionTheSourcesCiteExists() throws {
        var citations: [Citation] = []
        for path in Self.swiftFiles(under: "Sources") {
            citations += Self.sourceCitations(in: try Self.read(path), file: path)
        }
        // The comments cite the model's sections: far more than a handful, or the scan is broken.
        #expect(citations.filter { $0.anchor != nil }.count >= 30)
        let missing = Self.unresolved(citations)
        #expect(missing.isEmpty, "cited but not found:\n\(missing.joined(separator: "\n"))")
    }

    @Test func everySectionTheDocsAndTheReadmeLinkExists() throws {
        var citations = Self.markdownCitations(in: try Self.read("README.md"), file: "README.md", folder: "")
        let docs = try FileManager.default.contentsOfDirectory(atPath: Self.repositoryRoot.appendingPathComponent("docs").path)
        for name in docs.sorted() where name.hasSuffix(".md") {
            citations += Self.markdownCitations(in: try Self.read("docs/" + name), file: "docs/" + name, folder: "docs")
        }
        #expect(citations.count >= 20)
        let missing = Self.unresolved(citations)
        #expect(missing.isEmpty, "linked but not found:\n\(missing.joined(separator: "\n"))")
    }

    /// The check itself can fail: a citation of a heading that does not exist is reported.
    @Test func aMissingSectionIsReported() {
        let citations = Self.sourceCitations(in: "/// See docs/physics.md#no-such-section and docs/physics.md#gait.",
                                             file: "Example.swift")
        #expect(citations.map(\.anchor) == ["no-such-section", "gait"])
        #expect(Self.unresolved(citations) == ["Example.swift:1: docs/physics.md#no-such-section: no such heading"])
        #expect(Self.unresolved(Self.sourceCitations(in: "// docs/nowhere.md", file: "E.swift"))
                == ["E.swift:1: docs/nowhere.md: no such document"])
    }
}
