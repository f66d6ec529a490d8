import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand.Calibrate {
    /// `calibrate SCENARIO --nuisance-rate R`: the setting (or threshold) at which the
    /// scenario's population alarms at R. Exit 0 reproduced, 1 not, 2 bad input.
    func calibrateNuisance(_ text: String) throws {
        var reproduced = false
        try reportingErrors {
            let target: ObservedRate
            do throws(ObservedRate.ParseError) { target = try ObservedRate.parse(text) } catch { throw flagError("--nuisance-rate", error.description) }
            let file = try ScenarioFile.load(path: self.file)
            let portal = try file.requirePortal()
            guard let passes = trials ?? file.trials else {
                throw InputErrors(InputDiagnostic(file: self.file, message: "calibrating to a nuisance rate needs 'trials' (or --trials)"))
            }
            let observed: Population
            if let name = population {
                guard let named = file.populations.first(where: { $0.name == name }) else {
                    throw flagError("--population", "no population named '\(name)' in \(self.file) (its populations: \(file.populations.map(\.name).joined(separator: ", ")))")
                }
                observed = named
            } else {
                observed = file.populations[0]
            }
            let base = RunScenario(name: file.name ?? "scenario", seed: file.seed ?? 1, trials: passes, population: observed,
                                   threats: nil, configurations: [])
            Interruption.install()
            let bar = ProgressBar(total: NuisanceCalibration.totalPasses(trials: passes, detector: file.detector), label: "calibrate")
            let result: NuisanceCalibration.Result
            do {
                result = try NuisanceCalibration.calibrate(base: base, portal: portal, detector: file.detector, target: target,
                                                           threads: threads) { bar.advance(by: $0) }
            } catch {
                throw InputErrors(InputDiagnostic(file: self.file, message: "\(error)"))
            }
            bar.finish()
            print(NuisanceCalibrationText.report(result, population: observed.name, detector: file.detector,
                                                 seed: base.seed), terminator: "")
            reproduced = result.reproduced
        }
        if !reproduced { throw CheckFailed() }
    }
}
