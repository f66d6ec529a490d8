import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run scenarios and hold their results to the thresholds in their expect: sections.",
            discussion: """
                Each scenario runs exactly as `portalsim run` runs it (same engine, same seed, the same \
                counts), then every expectation is decided on the Clopper-Pearson interval of each rate \
                it selects: PASS when the whole interval is on the expected side of the threshold, FAIL \
                when it is wholly on the other, INCONCLUSIVE when it straddles the threshold (with the \
                smallest number of passes that would decide it if the rate held). Only one end of the \
                interval decides each verdict: each is a one-sided test at 97.5 % for the default 95 % \
                (confidence: 90 % in the file gives a one-sided 95 % test). A folder stands for its \
                *.yaml files that have an expect: section, in name order. Nothing is written unless \
                asked; with --junit, a file refused as bad input is an error case in the report.

                Exit status: 0 every check passed (inconclusive ones too, unless --strict), 1 a check \
                failed (or was inconclusive, with --strict), 2 bad input (the message names the file, \
                line and field), 3 an internal failure (e.g. a report that cannot be written).

                Example:
                  portalsim check scenarios/ci --junit out/check.xml
                """
        )

        @Argument(help: "Scenario files, or folders of them.")
        var inputs: [String]

        @Option(help: "Also write a JUnit XML report to this file.")
        var junit: String?

        @Flag(help: "Count inconclusive checks as failures.")
        var strict = false

        @Option(help: "Worker threads, by default one per core.")
        var threads: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(help: "Print only the checks that did not pass, and the summary.")
        var quiet = false

        @Option(name: .shortAndLong, help: "Also write each file's outputs, as `run` (or `qualify` for a protocol) writes them, into this folder's NAME/ subfolder.")
        var output: String?

        func validate() throws {
            guard (1...1024).contains(threads) else { throw ValidationError("--threads must be between 1 and 1024") }
        }

        func run() throws {
            var failed = false
            var suites: [JUnitReport.Suite] = []
            try reportingErrors {
                do {
                    try checkAll(&suites, failed: &failed)
                } catch let error as InputErrors {
                    writeRefusalReport(error, after: suites)
                    throw error
                } catch let error as InputDiagnostic {
                    writeRefusalReport(InputErrors(error), after: suites)
                    throw error
                }
            }
            if failed { throw CheckFailed() }
        }

        private func checkAll(_ suites: inout [JUnitReport.Suite], failed: inout Bool) throws {
            let plans = try CheckInputs.plans(inputs)
            try checkOutputFolders(plans)
            Interruption.install()
            // Every folder is made and probed before the first scenario runs.
            let folders = try output.map { output in
                try plans.map { try prepareRunFolder(flag: output + "/" + $0.name, fileFolder: nil, file: $0.path, fallback: "") }
            }
            if let junit { _ = try prepareOutputFile(junit, flag: "--junit") }
            let started = Date()
            var outputs: [(folder: RunFolder, outputs: RunOutputs)] = []
            for (index, plan) in plans.enumerated() {
                let folder = folders?[index]
                let (suite, written) = try check(plan, folder: folder)
                suites.append(suite)
                if let folder, let written { outputs.append((folder, written)) }
            }
            let report = JUnitReport(suites: suites, strict: strict)
            let results = suites.flatMap(\.results)
            failed = results.contains { $0.fails(strict: strict) }
            printNow(summary(results, files: suites.count, seconds: Date().timeIntervalSince(started), failed: failed))
            try Interruption.deferred {
                for (folder, written) in outputs {
                    try folder.commit(written.files, record: written.record, shardCount: written.shardCount)
                    if !quiet { printError("portalsim: wrote \(folder.path)") }
                }
                if let junit {
                    try AtomicFile.write(report.text, to: junit)
                    if !quiet { printError("portalsim: wrote \(junit)") }
                }
            }
        }

        /// With --junit, a refused file still gets a report: the files checked before it
        /// and an `error` case per refused file, so that the CI server shows what to fix.
        /// The exit status stays 2; a report that cannot be written is only a warning,
        /// the input's messages being the news.
        private func writeRefusalReport(_ errors: InputErrors, after suites: [JUnitReport.Suite]) {
            guard let junit else { return }
            let report = JUnitReport(suites: suites + JUnitReport.Suite.refused(errors, started: Date()), strict: strict)
            do {
                try AtomicFile.write(report.text, to: junit)
            } catch {
                printError("portalsim: warning: cannot write \(junit): \(error)")
            }
        }

        /// Runs one scenario as `portalsim run` would (a protocol as `qualify` would),
        /// decides its expectations and prints a line per check; with a folder, also
        /// makes what `run` (or `qualify`) writes there, its record made before the run.
        private func check(_ plan: CheckPlan, folder: RunFolder?) throws -> (JUnitReport.Suite, RunOutputs?) {
            let started = Date()
            let context = JobContext(threads: threads)
            let observations: [Observation]
            var outputs: RunOutputs?
            switch plan.source {
            case .scenario(let run):
                let job = ScenarioRunJob.check(plan.file, scenario: run, recordPasses: plan.writePasses && folder != nil, context: context)
                let record = try folder.map { try job.record(folder: $0.path) }
                let total = job.progressTotal
                let bar = quiet ? nil : ProgressBar(total: total.passes, cases: total.cases, label: total.label)
                let (tallies, passes) = try job.simulate { bar?.advance(by: $0) }
                bar?.finish()
                observations = Observation.observations(from: tallies, order: CaseOrder(run))
                if let record { outputs = try job.outputs(record: record, tallies: tallies, passes: passes) }
            case .qualification(let file):
                let job = QualifyJob.check(plan.file, file: file, context: context)
                let record = try folder.map { try job.record(folder: $0.path) }
                let result = job.runProtocol()
                observations = Observation.observations(from: result, name: file.name, object: file.qualification.object.name)
                if let record { outputs = try job.outputs(record: record, result: result) }
            }
            let results = try ExpectationChecks.evaluate(plan.expectations, against: observations)
            for result in results where !quiet || result.verdict != .pass {
                printNow(result.line(file: plan.path))
            }
            let suite = JUnitReport.Suite(file: plan.path, scenario: plan.name, results: results,
                                          seconds: Date().timeIntervalSince(started), started: started)
            return (suite, outputs)
        }

        /// Writes a line to standard output at once, unbuffered, so that a CI log shows
        /// each file's checks as it finishes rather than all at the end.
        private func printNow(_ line: String) {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }

        /// "OK: 4 checks in 1 file: 4 passed, 0 failed, 0 inconclusive (3.1 s)".
        private func summary(_ results: [CheckResult], files: Int, seconds: Double, failed: Bool) -> String {
            func count(_ verdict: CheckVerdict) -> Int { results.filter { $0.verdict == verdict }.count }
            let inconclusive = count(.inconclusive)
            let strictNote = strict && inconclusive > 0 ? ", failing under --strict" : ""
            return "\(failed ? "FAILED" : "OK"): \(results.count) check\(results.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s"): "
                + "\(count(.pass)) passed, \(count(.fail)) failed, \(inconclusive) inconclusive\(strictNote) "
                + "(\(String(format: "%.1f", seconds)) s)"
        }

        /// With --output, every scenario writes into its own NAME/ subfolder, so two
        /// scenarios of the same name would overwrite each other's results.
        private func checkOutputFolders(_ plans: [CheckPlan]) throws {
            guard let output else { return }
            if output.trimmingCharacters(in: .whitespaces).isEmpty {
                throw flagError("--output", "the output folder must not be empty (it would write into '/')")
            }
            var seen: [String: String] = [:]
            for plan in plans {
                if let other = seen[plan.name] {
                    throw flagError("--output", "\(other) and \(plan.path) are both named '\(plan.name)' and would write the same folder")
                }
                seen[plan.name] = plan.path
            }
        }
    }
}
