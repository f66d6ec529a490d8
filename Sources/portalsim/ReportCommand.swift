import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one self-contained HTML page a director can read and print, from finished run folders.",
            discussion: """
                Reads the folders that run, compare, merge or worst-case wrote (each must hold its \
                run.json, and every CSV must still have the SHA-256 run.json recorded) and writes \
                one page: the question and the short answer, the configurations side by side \
                (nuisance alarms, searches, throughput, queues), the year and its budget \
                (site.csv), detection per device and body location with 95 % ranges, body maps of \
                where the portal is blind, the worst case a smuggler would choose (worstcase.csv), \
                the paired differences against the first configuration, the assumptions and the \
                provenance (version, scenario hash, seed, the command that repeats the run).

                The page has no script and no external file: the pictures are inline SVG. It is \
                written atomically; nothing is run again.

                Examples:
                  portalsim compare scenarios/prison-visitors.yaml --output out/compare
                  portalsim report out/compare --output out/compare/report.html
                  portalsim report out/compare out/entrance --output report.html --title "Entrances, 2026"
                """
        )

        @Argument(help: "Finished run folders (each with its run.json), one chapter each.")
        var folders: [String]

        @Option(help: "The HTML file to write.")
        var output: String

        @Option(help: "The page's title (default: \"Screening report:\" and the scenarios' names).")
        var title: String?

        func validate() throws {
            guard !output.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--output must name a file, e.g. report.html")
            }
            if let title, title.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--title must not be empty")
            }
        }

        func run() throws {
            try reportingErrors {
                let loaded = try ReportFolder.loadAll(paths: folders)
                try ReportFolder.checkOutput(output, against: loaded)
                let page = HTMLReport(folders: loaded, title: title, toolVersion: PortalSimVersion.string).html()
                do throws(FileWriteError) { try AtomicFile.write(Array(page.utf8), to: output) } catch {
                    throw flagError("--output", error.description)
                }
                print("wrote \(output)")
            }
        }
    }
}
