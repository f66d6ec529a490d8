import ArgumentParser
import Foundation
import Testing
@testable import portalsim

/// Every command's whole help text, as a user reads it at 100 columns, against the text
/// kept in Tests/portalsimTests/Help/ (one file per command, named by its path, e.g.
/// `objects-show.txt`): a change to an option, a default or a sentence of a discussion
/// shows in review as a change to that file. To accept a change, run the suite with
/// PORTALSIM_UPDATE_HELP=1, which rewrites the files and fails, and commit them.
@Suite struct HelpTextTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Help")

    /// Every command of the tool, with its path of names ("" for the tool itself).
    static func commands(_ command: any ParsableCommand.Type = PortalSimCommand.self, path: [String] = []) -> [(String, any ParsableCommand.Type)] {
        let name = path.isEmpty ? "portalsim" : path.joined(separator: "-")
        return [(name, command)] + command.configuration.subcommands.flatMap { sub in
            commands(sub, path: path + [sub._commandName])
        }
    }

    /// The help text with this machine's core count (the default of `--threads`) written
    /// as N, so that the files are the same on any machine.
    static func help(_ command: any ParsableCommand.Type) -> String {
        let text = PortalSimCommand.helpMessage(for: command, includeHidden: false, columns: 100)
        // Only `--threads` (its entry and the line it may wrap onto): another option's
        // default that happens to equal the core count stays as it is.
        var lines = text.components(separatedBy: "\n")
        let cores = "(default: \(ProcessInfo.processInfo.activeProcessorCount))"
        for i in lines.indices where lines[i].contains("--threads <threads>") {
            for j in i..<min(i + 2, lines.count) where lines[j].contains(cores) {
                lines[j] = lines[j].replacingOccurrences(of: cores, with: "(default: N)")
                break
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func everyCommandsHelpIsTheTextKept() throws {
        let update = ProcessInfo.processInfo.environment["PORTALSIM_UPDATE_HELP"] == "1"
        let all = Self.commands()
        #expect(all.count >= 19, "\(all.map(\.0))")
        for (name, command) in all {
            let url = Self.folder.appendingPathComponent("\(name).txt")
            let text = Self.help(command)
            if update {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let kept = try? String(contentsOf: url, encoding: .utf8)
            #expect(kept == text, "\(name): the help text changed; if meant, run with PORTALSIM_UPDATE_HELP=1 and commit Tests/portalsimTests/Help/\(name).txt")
        }
        #expect(!update, "help texts rewritten in \(Self.folder.path): review and commit them, then run without PORTALSIM_UPDATE_HELP")
        // No file is left for a command that is gone.
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(files) == Set(all.map { "\($0.0).txt" }), "\(files.sorted())")
    }

    /// Every help text states the exit statuses where a command has more than 0 and 2,
    /// and the tool's own help lists all four.
    @Test func theToolsHelpListsTheFourExitStatuses() {
        let text = Self.help(PortalSimCommand.self)
        for status in ["0 done", "1 a check failed", "2 bad input", "3 an internal failure"] {
            #expect(text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ").contains(status), "\(status)")
        }
    }
}
