import Foundation
import PortalSimulation

/// A scenario `portalsim check` will run: where it came from, its expectations and
/// the run they are held against.
/// One file to check: a scenario (run as `portalsim run` runs it) or a protocol file
/// (run as `portalsim qualify` runs it), and its expectations.
struct CheckPlan {
    enum Source {
        case scenario(RunScenario)
        case qualification(ProtocolFile)
    }

    let path: String
    let name: String
    let seed: UInt64
    let expectations: [RateExpectation]
    let source: Source
}

/// Turns `portalsim check`'s arguments into scenarios to run, finding every input
/// problem before any pass is run: a typo in the last file of a CI folder should cost
/// a second, not the runs of all the files before it.
enum CheckInputs {
    /// Files as given; a folder stands for its `*.yaml` files, in name order, that
    /// have an `expect:` section (a folder of scenarios may hold others). Every
    /// expectation is matched against the cases its scenario will run, so one that
    /// selects nothing is reported now. All problems of all files are thrown together.
    static func plans(_ inputs: [String]) throws(InputErrors) -> [CheckPlan] {
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
                    for document in found { plans += plan(document, &diagnostics) }
                } else {
                    let document = try YAMLDocument(contentsOf: input)
                    if !hasTopLevelKey("expect", document) {
                        diagnostics.report(InputDiagnostic(file: input, message: "has no 'expect:' section, so there is nothing to check"))
                    } else {
                        plans += plan(document, &diagnostics)
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
    private static func scenarios(inFolder folder: String) throws(InputErrors) -> [YAMLDocument] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var diagnostics = DiagnosticCollector()
        var files: [YAMLDocument] = []
        for name in names {
            do {
                let document = try YAMLDocument(contentsOf: prefix + name)
                guard hasTopLevelKey("expect", document) else { continue }
                files.append(document)
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
    private static func plan(_ document: YAMLDocument, _ diagnostics: inout DiagnosticCollector) -> [CheckPlan] {
        do throws(InputErrors) {
            if hasTopLevelKey("protocol", document) {
                let file = try ProtocolFile.decode(document)
                _ = try ExpectationChecks.match(file.expectations, against: Observation.planned(file.qualification, name: file.name))
                return [CheckPlan(path: file.path, name: file.name, seed: file.seed, expectations: file.expectations,
                                  source: .qualification(file))]
            }
            let file = try ScenarioFile.decode(document)
            let run = try file.runScenario()
            _ = try ExpectationChecks.match(file.expectations, against: Observation.planned(run.caseKeys))
            return [CheckPlan(path: file.path, name: run.name, seed: run.seed, expectations: file.expectations, source: .scenario(run))]
        } catch {
            diagnostics.report(contentsOf: error)
            return []
        }
    }
}
