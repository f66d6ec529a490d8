import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand {
    struct Trace: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every sample of one pass of a case: the signal each zone saw, with and without noise.",
            discussion: """
                Pass K of a case is the one `portalsim run` makes as its K-th pass (0-based, the \
                `pass` column of passes.csv), with the same walker, placement and noise, whatever \
                the trials: a block's random stream depends on the seed, the case and the block \
                only. Writes trace.csv into the output folder (columns in README.md) and prints \
                the pass's walker and outcome; plots/trace.gp draws it (`portalsim plot DIR`).

                The innocent case is the population's name with --location -.

                Example:
                  portalsim trace scenarios/example-run.yaml --object mini-phone-3310 --location ankle-sock --pass 3
                """
        )

        @Argument(help: "The scenario file.")
        var scenario: String

        @Option(help: "The object (or the population's name for the innocent case).")
        var object: String

        @Option(help: "The body location ('-' for the innocent case).")
        var location: String

        @Option(help: "Which pass of the case, from 0.")
        var pass: Int = 0

        @Option(help: "Override the scenario's seed.")
        var seed: UInt64?

        @Option(name: .shortAndLong, help: "The output folder (default: the scenario's output.folder, else out/NAME).")
        var output: String?

        func validate() throws {
            guard pass >= 0 else { throw ValidationError("--pass must be 0 or more (passes are numbered from 0)") }
            guard pass < 1_000_000_000 else { throw ValidationError("--pass must be below 1000000000") }
        }

        func run() throws {
            try reportingErrors {
                let file = try ScenarioFile.load(path: scenario)
                var run = try file.runScenario()
                if let seed { run.seed = seed }
                Interruption.install()
                // trace.csv joins the run's folder: prepared (made, probed) first, but not
                // committed as a run folder — the run's own files stay as they are.
                let folder = try prepareRunFolder(flag: output, fileFolder: file.outputFolder, file: scenario, fallback: "out/\(run.name)")
                let engine = Engine(scenario: run, threads: ProcessInfo.processInfo.activeProcessorCount)
                let trace: PassTrace
                do throws(TraceError) {
                    trace = try engine.trace(caseIndex: engine.caseIndex(object: object, location: location), pass: pass)
                } catch {
                    switch error {
                    case .unknownCase:
                        throw InputErrors(InputDiagnostic(file: scenario, keyPath: "--object/--location", message: error.description))
                    case .negativePass:
                        throw flagError("--pass", error.description)
                    case .noPortal, .nonFiniteModel:
                        throw InputErrors(InputDiagnostic(file: scenario, message: error.description))
                    }
                }
                let table: CSVTable
                do throws(CSVError) {
                    table = try TraceTable.make(trace)
                } catch {
                    throw nonFinite(error, flag: "--object/--location/--pass",
                                    "pass \(pass) of \(object) at \(location) gives a signal that is not finite; check the scenario's magnitudes")
                }
                try Interruption.deferred { try AtomicFile.write(table.bytes, to: folder.file("trace.csv")) }
                print(Self.summary(trace))
                printError("portalsim: wrote \(folder.path)/trace.csv")
            }
        }

        /// One paragraph: which pass, who walked, what the detector decided.
        static func summary(_ trace: PassTrace) -> String {
            let height = trace.objectHeightM.map { String(format: ", object at %.2f m", $0) } ?? ", nothing carried"
            let verdict = trace.alarmed ? "alarm" : "no alarm"
            return """
                \(trace.key.object) at \(trace.key.location), pass \(trace.pass): \
                \(trace.female ? "woman" : "man") at \(String(format: "%.2f", trace.speedMPerS)) m/s, \
                \(String(format: "%+.3f", trace.lateralOffsetM)) m off centre\(height)
                \(trace.samples) samples × \(trace.zones) zones × \(trace.channels) channel(s); \
                peak/threshold \(String(format: "%.3f", trace.peakOverThreshold)) in zone \(trace.loudestZone): \(verdict)
                """
        }
    }
}
