import ArgumentParser
import Foundation
import Testing
@testable import portalsim

/// Every `portalsim …` command the README shows parses: its subcommand exists and its
/// options and arguments are ones the command takes. (Running them is for the other
/// tests; a README that drifts from the tool is caught here.)
@Suite struct ReadmeExamplesTests {
    /// The command lines of the README: lines of its ```sh blocks (continuations joined),
    /// and `portalsim …` spans in its text and tables that hold an option or a path
    /// (a span with "…" or "|" is a synopsis, not an example).
    static func commands() throws -> [String] {
        let text = try String(contentsOf: PortalSimBinary.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var commands: [String] = []
        var inShell = false, pending = ""
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("```") { inShell = line.hasPrefix("```sh"); continue }
            if inShell {
                let joined = pending + line.trimmingCharacters(in: .whitespaces)
                if joined.hasSuffix("\\") { pending = String(joined.dropLast()); continue }
                pending = ""
                let command = joined.components(separatedBy: " #").first ?? joined
                if command.hasPrefix("portalsim ") { commands.append(command.trimmingCharacters(in: .whitespaces)) }
            } else {
                for span in line.components(separatedBy: "`").enumerated() where span.offset % 2 == 1 {
                    // A span with an option or a path is an example; `portalsim run` alone is a name.
                    let example = span.element.contains(" -") || span.element.contains("/") || span.element.contains(".yaml")
                    if span.element.hasPrefix("portalsim ") && example && !span.element.contains("…") && !span.element.contains("...")
                        && !span.element.contains("|") {
                        commands.append(span.element)
                    }
                }
            }
        }
        return commands
    }

    /// Splits a command line as a shell would for these examples: spaces, and quotes
    /// that hold spaces together.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], current = "", quote: Character?
        var started = false
        for c in line {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c; started = true
            } else if c == " " {
                if started || !current.isEmpty { words.append(current) }
                current = ""; started = false
            } else {
                current.append(c)
            }
        }
        if started || !current.isEmpty { words.append(current) }
        return words
    }

    @Test func readmeCommandsParse() throws {
        let commands = try Self.commands()
        #expect(commands.count >= 20, "found only \(commands.count) commands in the README")
        for command in commands {
            let arguments = Array(Self.words(command).dropFirst())
            do {
                _ = try PortalSimCommand.parseAsRoot(arguments)
            } catch {
                Issue.record("README: `\(command)` does not parse: \(PortalSimCommand.message(for: error))")
            }
        }
    }

    /// The check itself can fail: a wrong option is caught.
    @Test func aWrongOptionIsCaught() {
        #expect(throws: (any Error).self) { try PortalSimCommand.parseAsRoot(["run", "s.yaml", "--trails", "5"]) }
        #expect(Self.words(#"portalsim signature --radius "1 cm" x"#) == ["portalsim", "signature", "--radius", "1 cm", "x"])
    }
}
