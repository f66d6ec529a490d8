extension ScenarioFile {
    /// Every file, or every problem in all of them.
    public static func loadAll(_ paths: [String]) throws(InputErrors) -> [ScenarioFile] {
        var files: [ScenarioFile] = []
        var problems = DiagnosticCollector()
        for path in paths {
            do throws(InputErrors) { files.append(try load(path: path)) } catch { problems.report(contentsOf: error) }
        }
        try problems.throwIfAny()
        return files
    }

    /// The scenario `portalsim compare` runs: the people, threats, seed and trials of the
    /// first file, and the configurations of every file in order (the first is the
    /// baseline). The files must agree on who walks through — a comparison on different
    /// people would not be paired — and their configurations' names must differ.
    public static func comparison(of files: [ScenarioFile]) throws(InputErrors) -> RunScenario {
        let scenario = try combined(files)
        if scenario.configurations.count < 2 {
            throw InputErrors(InputDiagnostic(file: files.first?.path ?? "-", message: "a comparison needs two or more configurations: give several files or 'configurations:'"))
        }
        return scenario
    }

    /// The files' configurations on the first file's people, as `comparison(of:)` makes
    /// them, one configuration allowed (`portalsim worst-case` takes a plain portal too).
    public static func combined(_ files: [ScenarioFile]) throws(InputErrors) -> RunScenario {
        guard let first = files.first else { throw InputErrors(InputDiagnostic(file: "-", message: "no scenario files to compare")) }
        var scenario = try first.runScenario()
        var problems = DiagnosticCollector()
        for file in files.dropFirst() {
            let other: RunScenario
            do throws(InputErrors) { other = try file.runScenario() } catch { problems.report(contentsOf: error); continue }
            func differs(_ what: String, _ mine: String, _ theirs: String) {
                guard mine != theirs else { return }
                problems.report(InputDiagnostic(file: file.path, message: "its \(what) differs from \(first.path)'s; a comparison needs the same people (seed, trials, population, threats)"))
            }
            differs("seed", "\(scenario.seed)", "\(other.seed)")
            differs("trials", "\(scenario.trials)", "\(other.trials)")
            differs("population", scenario.populationsFingerprint, other.populationsFingerprint)
            differs("threats' carrying population", scenario.populations[scenario.carrierIndex].name, other.populations[other.carrierIndex].name)
            differs("threats", scenario.threats?.fingerprint ?? "-", other.threats?.fingerprint ?? "-")
            for configuration in other.configurations {
                if scenario.configurations.contains(where: { $0.name == configuration.name }) {
                    problems.report(InputDiagnostic(file: file.path, message: "a configuration named '\(configuration.name)' is already in an earlier file; rename one (its 'name', or the configuration's)"))
                } else {
                    scenario.configurations.append(configuration)
                }
            }
        }
        try problems.throwIfAny()
        return scenario
    }
}
