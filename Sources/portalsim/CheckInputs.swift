import Foundation
import PortalSimulation

/// A scenario `portalsim check` will run: where it came from, its expectations and
/// the run they are held against.
struct CheckPlan {
    let path: String
    let file: ScenarioFile
    let run: RunScenario
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
                    for file in found { plans += plan(file, &diagnostics) }
                } else {
                    let file = try ScenarioFile.load(path: input)
                    if file.expectations.isEmpty {
                        diagnostics.report(InputDiagnostic(file: input, message: "has no 'expect:' section, so there is nothing to check"))
                    } else {
                        plans += plan(file, &diagnostics)
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
    private static func scenarios(inFolder folder: String) throws(InputErrors) -> [ScenarioFile] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var diagnostics = DiagnosticCollector()
        var files: [ScenarioFile] = []
        for name in names {
            do {
                let document = try YAMLDocument(contentsOf: prefix + name)
                guard hasExpectSection(document) else { continue }
                files.append(try ScenarioFile.decode(document))
            } catch {
                diagnostics.report(contentsOf: error)
            }
        }
        try diagnostics.throwIfAny()
        return files
    }

    /// Whether the document's top level has an `expect` key.
    private static func hasExpectSection(_ document: YAMLDocument) -> Bool {
        guard case let .mapping(mapping) = document.root.node else { return false }
        return mapping.contains { key, _ in key.string == "expect" }
    }

    /// The run of `file` with its expectations matched against the run's cases.
    private static func plan(_ file: ScenarioFile, _ diagnostics: inout DiagnosticCollector) -> [CheckPlan] {
        do {
            let run = try file.runScenario()
            _ = try ExpectationChecks.match(file.expectations, against: Observation.planned(run.caseKeys))
            return [CheckPlan(path: file.path, file: file, run: run)]
        } catch {
            diagnostics.report(contentsOf: error)
            return []
        }
    }
}
