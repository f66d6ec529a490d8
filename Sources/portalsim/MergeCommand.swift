import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the tallies of a sharded run and write its results.csv, alarms.csv and run.json.",
            discussion: """
                Give the shards' output folders (every tallies-*.json in them is read) or the tally \
                files themselves. All shards of one run must be present once: same scenario hash, \
                seed and shard count. The counts add exactly, so the result is byte-identical to an \
                unsharded run's. Each tally file carries a SHA-256 checksum of its content, and every \
                shard must hold the same cases with the passes of its blocks: an edited, truncated \
                or damaged file is refused (status 2) naming it. run.json, written last, records \
                the merge.

                Example:
                  portalsim merge out/shard-* --output out/merged
                """
        )

        @Argument(help: "Shard output folders or tally files.")
        var inputs: [String]

        @Option(name: .shortAndLong, help: "Where to write results.csv and alarms.csv.")
        var output: String

        @Option(help: "The scenario file the shards ran; needed for the screening tables (screening.csv, comparison.csv, …) of a run with screening configurations, and for a plain portal's site.csv and populations.csv.")
        var scenario: String?

        func run() throws {
            try reportingErrors {
                let started = ISO8601DateFormatter().string(from: Date())
                var files: [TallyFile] = []
                for input in inputs {
                    var isFolder: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                        throw InputErrors(InputDiagnostic(file: input, message: "no such file or folder"))
                    }
                    let paths = isFolder.boolValue
                        ? ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? [])
                            .filter { $0.hasPrefix("tallies-") && $0.hasSuffix(".json") }.sorted().map { input + "/" + $0 }
                        : [input]
                    if paths.isEmpty { throw InputErrors(InputDiagnostic(file: input, message: "no tallies-*.json in this folder")) }
                    for path in paths { files.append(try TallyFile.read(path: path)) }
                }
                let merged: TallyFile
                do { merged = try TallyFile.merge(files) } catch {
                    throw InputErrors(InputDiagnostic(file: inputs.joined(separator: " "), message: "\(error)"))
                }
                var tables: ScreeningTables?
                var scenarioRun: RunScenario?
                if let scenario {
                    let run = try ScenarioFile.load(path: scenario).runScenario()
                    scenarioRun = run
                    let bytes = [UInt8](FileManager.default.contents(atPath: scenario) ?? Data())
                    guard RunRecord.scenarioHash(of: bytes) == merged.scenarioHash else {
                        throw InputErrors(InputDiagnostic(file: scenario, message: "is not the scenario the shards ran (its SHA-256 differs from the tally files')"))
                    }
                    // A plain portal's too: its site.csv and populations.csv, as `run` writes them.
                    tables = ScreeningTables(scenario: run, tallies: RunTallies(screening: merged.screening.cases, portals: merged.tallies))
                } else if Set(merged.screening.cases.keys.map(\.configuration)).count > 1
                            || merged.screening.cases.values.contains(where: { $0.stages.count > 1 }) {
                    throw flagError("--scenario", "these shards ran screening configurations; give the scenario file to write their tables")
                }
                if let run = tables?.scenario, Set(run.configurations.map(\.name)) != Set(merged.screening.cases.keys.map(\.configuration))
                    || merged.screening.cases.contains(where: { key, tally in
                        run.configurations.first { $0.name == key.configuration }?.stages.count != tally.stages.count }) {
                    throw InputErrors(InputDiagnostic(file: scenario ?? "", message: "its configurations and stages are not those the shards tallied"))
                }
                // The file's row order: from the scenario if given, else as the shards stored it.
                let order = scenarioRun.map(CaseOrder.init) ?? (merged.caseOrder.isEmpty ? nil : CaseOrder(keys: merged.caseOrder))
                // Every table is made before any is written: a failure leaves no half-written folder.
                var outputs = try tables.map { try $0.runTables() } ?? [:]
                outputs["results.csv"] = try ResultsTables.results(merged.tallies, order: order, portalAlarms: scenarioRun?.isScreening ?? merged.isScreening)
                outputs["alarms.csv"] = try ResultsTables.alarms(merged.tallies, order: order)
                Interruption.install()
                let folder = try RunFolder.prepare(output, origin: .flag("--output"))
                Interruption.watch(folder)
                if let note = folder.locationNote { printError(note) }
                let written = outputs.mapValues(\.bytes)
                // The scenario's path is known only when given; its hash always is, from the shards.
                let record = RunRecord(toolVersion: PortalSimVersion.string, scenarioPath: scenario ?? "",
                                       scenarioHash: merged.scenarioHash, seed: merged.seed, threads: 1, shard: nil,
                                       commandLine: CommandLine.arguments, startedAt: started, build: BuildIdentity.current,
                                       inputs: try scenario.map { try RunRecord.inputs(scenarios: [$0]) + BuiltInLibrary.check().files } ?? [],
                                       trials: merged.trialsPerCase, workingDirectory: FileManager.default.currentDirectoryPath,
                                       rerun: RunRecord.shellCommand(["portalsim", "merge"] + inputs + (scenario.map { ["--scenario", $0] } ?? [])
                                                                     + ["--output", folder.path]))
                try Interruption.deferred {
                    // Tally files of the shards' count are kept: they may be the inputs.
                    // run.json comes last, so a folder with it holds the whole merge.
                    try folder.commit(written, record: record, shardCount: files.first?.shardCount)
                }
                // As `run` prints it: a plain portal's cases, a screening run's tables.
                if let tables, tables.scenario.isScreening { print(tables.summary()) } else {
                    print(scenarioRun.map { ResultsTables.summary(merged.tallies, scenario: $0) }
                          ?? ResultsTables.summary(merged.tallies, order: order))
                }
                if let warning = ResultsTables.dipoleWarning(merged.tallies, order: order) { printError(warning) }
                printError("portalsim: merged \(files.count) shards into \(output)")
            }
        }
    }
}
