import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand {
    struct Plot: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw every CSV in a folder that has a picture, next to it (results.csv → results.png).",
            discussion: """
                Knows the CSV kinds by their header: results.csv (detection.gp), screening.csv \
                (comparison.gp), configurations.csv (configurations.gp), comparison.csv \
                (difference.gp), bodymap.csv (bodymap.gp), sweep.csv, roc.csv, qualification.csv, \
                trace.csv, field maps on a plane (field-map.gp) and signatures (signature.gp). Other CSV files are skipped \
                with a note. Needs gnuplot (Debian: gnuplot-nox).

                The scripts are found in: --scripts DIR; else $PORTALSIM_PLOTS; else the plots/ \
                folder of the checkout the executable was built in; else ./plots.

                Examples:
                  portalsim plot out/example
                  portalsim plot out/example/sensitivity-y0.csv --format svg
                """
        )

        @Argument(help: "Folders (every *.csv in them) or CSV files.")
        var paths: [String]

        @Option(help: "Picture format: png, svg or both.")
        var format: PlotFormat = .png

        @Option(help: "The folder of the gnuplot scripts (the repository's plots/).")
        var scripts: String?

        func run() throws {
            var failed = false
            try reportingErrors {
                let files = try PlotFolder.csvFiles(in: paths)
                let gnuplot: Gnuplot
                do {
                    gnuplot = try Gnuplot.locate(environment: ProcessInfo.processInfo.environment)
                } catch {
                    // Good input, but the tool cannot draw here: exit 3, saying what to install.
                    throw InternalFailure("\(error)")
                }
                let folder: PlotScripts
                do throws(PlotScripts.LocateError) {
                    folder = try PlotScripts.locate(option: scripts, environment: ProcessInfo.processInfo.environment,
                                                    executable: Bundle.main.executablePath ?? CommandLine.arguments.first,
                                                    workingDirectory: FileManager.default.currentDirectoryPath)
                } catch {
                    switch error {
                    case .notAFolder(let path, let source):
                        // A folder the user named: bad input, like a bad flag.
                        throw flagError(source.rawValue, "\(path) is not a folder of plot scripts")
                    case .notFound:
                        throw InternalFailure("\(error)")
                    }
                }
                if files.isEmpty { printError("portalsim: no CSV files in \(paths.joined(separator: ", "))") }
                PlotFolder.render(files, scripts: folder, gnuplot: gnuplot, format: format) { outcome in
                    switch outcome.result {
                    case let .wrote(pictures, warnings):
                        for picture in pictures { print("wrote \(picture)") }
                        if !warnings.isEmpty { printError("portalsim: gnuplot warned on \(outcome.csv):\n\(warnings)") }
                    case .skipped(let reason):
                        printError("portalsim: skipped \(outcome.csv): \(reason)")
                    case .failed(let error):
                        printError("portalsim: error: \(error)")
                        failed = true
                    }
                }
            }
            // gnuplot failed on a bundled script: the tool's failure, the others still drawn.
            if failed { Foundation.exit(ExitStatus.internalFailure.rawValue) }
        }
    }
}

extension PlotFormat: ExpressibleByArgument {}
