import Foundation

/// A scenario `portalsim check` will run: where it came from, its expectations and
/// the run they are held against.
/// One file to check: a scenario (run as `portalsim run` runs it) or a protocol file
/// (run as `portalsim qualify` runs it), and its expectations.
public struct CheckPlan: Sendable {
    public enum Source: Sendable {
        case scenario(RunScenario)
        case qualification(ProtocolFile)
    }

    /// The file as read (its bytes are what the run's record hashes).
    public let file: SourceFile
    public let name: String
    public let seed: UInt64
    public let expectations: [RateExpectation]
    public let source: Source
    /// The scenario's `output.passes`: with `--output`, passes.csv is written as `run` writes it.
    public var writePasses = false

    public var path: String { file.path }
}

/// Turns `portalsim check`'s arguments into scenarios to run, finding every input
/// problem before any pass is run: a typo in the last file of a CI folder should cost
/// a second, not the runs of all the files before it.
public enum CheckInputs {
    /// Files as given; a folder stands for its `*.yaml` files, in name order, that
    /// have an `expect:` section (a folder of scenarios may hold others). Every
    /// expectation is matched against the cases its scenario will run, so one that
    /// selects nothing is reported now. All problems of all files are thrown together.
    public static func plans(_ inputs: [String]) throws(InputErrors) -> [CheckPlan] {
        var diagnostics = DiagnosticCollector()
        var plans: [CheckPlan] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                diagnostics.report(InputDiagnostic(file: input, message: "no such file or folder"))
                continue
            }
            do {
                if isFolder.boolValue {
                    let found = try scenarios(inFolder: input)
                    if found.isEmpty {
                        diagnostics.report(InputDiagnostic(file: input, message: "no *.yaml file in this folder has an 'expect:' section"))
                    }
                    for (source, document) in found { plans += plan(source, document, &diagnostics) }
                } else {
                    let source = try SourceFile(reading: input)
                    let document = try YAMLDocument(source)
                    if !hasTopLevelKey("expect", document) {
                        diagnostics.report(InputDiagnostic(file: input, message: "has no 'expect:' section, so there is nothing to check"))
                    } else {
                        plans += plan(source, document, &diagnostics)
                    }
                }
            } catch {
                diagnostics.report(contentsOf: error)
            }
        }
        try diagnostics.throwIfAny()
        return plans
    }

    /// The scenarios with expectations in `folder`, by file name. Collects the
    /// problems of every file before throwing them.
    private static func scenarios(inFolder folder: String) throws(InputErrors) -> [(SourceFile, YAMLDocument)] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var diagnostics = DiagnosticCollector()
        var files: [(SourceFile, YAMLDocument)] = []
        for name in names {
            do {
                let source = try SourceFile(reading: prefix + name)
                let document = try YAMLDocument(source)
                guard hasTopLevelKey("expect", document) else { continue }
                files.append((source, document))
            } catch {
                diagnostics.report(contentsOf: error)
            }
        }
        try diagnostics.throwIfAny()
        return files
    }

    /// Whether the document's top level has `key`.
    private static func hasTopLevelKey(_ key: String, _ document: YAMLDocument) -> Bool {
        guard case let .mapping(mapping) = document.root.node else { return false }
        return mapping.contains { name, _ in name.string == key }
    }

    /// The file's plan, its expectations matched against the cases it will have before
    /// anything runs; a file with `protocol:` is a qualification.
    private static func plan(_ source: SourceFile, _ document: YAMLDocument, _ diagnostics: inout DiagnosticCollector) -> [CheckPlan] {
        do throws(InputErrors) {
            if hasTopLevelKey("protocol", document) {
                let file = try ProtocolFile.decode(document)
                _ = try ExpectationChecks.match(file.expectations, against: Observation.planned(file.qualification, name: file.name))
                return [CheckPlan(file: source, name: file.name, seed: file.seed, expectations: file.expectations,
                                  source: .qualification(file))]
            }
            let file = try ScenarioFile.decode(document)
            let run = try file.runScenario()
            _ = try ExpectationChecks.match(file.expectations, against: Observation.planned(run.caseKeys))
            var plan = CheckPlan(file: source, name: run.name, seed: run.seed, expectations: file.expectations, source: .scenario(run))
            plan.writePasses = file.writePasses
            return [plan]
        } catch {
            diagnostics.report(contentsOf: error)
            return []
        }
    }
}
