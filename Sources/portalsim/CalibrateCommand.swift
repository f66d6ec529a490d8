import ArgumentParser
import Foundation
import PortalSimulation

extension PortalSimCommand {
    struct Calibrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the lowest sensitivity setting at which a qualification protocol passes, or the setting at which a scenario's population alarms at an observed rate.",
            discussion: """
                Runs the protocol (see `portalsim qualify`) at settings chosen by bisection over \
                0-99, always with the file's seed, so every probe sees the same passes and the \
                verdict can only improve as the setting rises. Prints the lowest passing \
                setting with its threshold, the weakest point there, and the setting below, \
                which fails. Exit status: 0 a setting was found (0 if the protocol passes even \
                there), 1 the protocol fails at 99 (the object cannot be qualified on this \
                portal), 2 bad input.

                With --nuisance-rate the file is a scenario, and calibrate finds the setting of \
                its portal's knob (or, with `threshold` given directly, the threshold) at which \
                the scenario's own population, carrying only its own items, alarms at that rate: \
                every setting from one set of passes (the people `portalsim run` meets), the \
                first reaching the rate found by bisection, then the nearer of it and the one \
                below. Prints that setting's simulated rate with its 95% interval, its \
                neighbours', the settings whose interval contains the rate and, for a count \
                (36/200), the settings the count's own Wilson interval allows. A scenario with \
                several populations calibrates on one of them (--population, default the \
                first): a site's log counts alarms per kind of arrival. Exit status: 0 \
                the rate is reproduced (within the chosen setting's interval), 1 it is not (out \
                of reach, or in a jump between two settings: raise --trials), 2 bad input.

                Examples:
                  portalsim calibrate scenarios/protocols/nij-steel-sphere.yaml
                  portalsim calibrate scenarios/prison-visitors.yaml --nuisance-rate 36/200
                """
        )

        @Argument(help: "The protocol file (with --nuisance-rate: the scenario file).")
        var file: String

        @Option(help: "Worker threads, by default one per core.")
        var threads: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .customLong("nuisance-rate"),
                help: "The share of the population that alarms at the site: 18%, 0.18, or a count such as 36/200.")
        var nuisanceRate: String?

        @Option(help: "With --nuisance-rate: passes of the population (default: the scenario's trials).")
        var trials: Int?

        @Option(help: "With --nuisance-rate: the population whose alarm rate was observed (default: the scenario's first).")
        var population: String?

        func validate() throws {
            guard (1...1024).contains(threads) else { throw ValidationError("--threads must be between 1 and 1024") }
            if let trials, !(1...100_000_000).contains(trials) { throw ValidationError("--trials must be between 1 and 100000000") }
        }

        func run() throws {
            if let nuisanceRate {
                try calibrateNuisance(nuisanceRate)
                return
            }
            if trials != nil {
                try reportingErrors { throw flagError("--trials", "applies to --nuisance-rate; a protocol sets its own passes") }
            }
            if population != nil {
                try reportingErrors { throw flagError("--population", "applies to --nuisance-rate; a protocol has no population") }
            }
            var found = false
            try reportingErrors {
                let file = try ProtocolFile.load(path: self.file)
                try requireKnob(file, flag: "calibrate")
                Interruption.install()
                let runner = QualificationRunner(file: file, threads: threads)
                let (outcome, probes) = Calibration.calibrate(runner, threads: threads)
                let reference = file.detector.referenceThresholdV
                func threshold(_ s: Int) -> String {
                    QuantityParser.format(SensitivityLaw.thresholdV(sensitivity: s, referenceV: reference), as: .voltage)
                }
                let tried = probes.map { "\($0.sensitivity) \($0.passed ? "pass" : "fail")" }.joined(separator: ", ")
                switch outcome {
                case .failsAtHighest(let most):
                    print(QualificationSummary.report(file.qualification, most), terminator: "")
                    printError("portalsim: \(file.qualification.object.name) cannot be qualified on this portal: "
                               + "the protocol fails even at sensitivity 99 (threshold \(threshold(99))); weakest: "
                               + QualificationSummary.weakest(most))
                case .passesAtLowest(let least):
                    print(QualificationSummary.report(file.qualification, least))
                    print("calibrated: setting 0 (threshold \(threshold(0))): the protocol passes even at the least sensitive setting")
                    print("weakest at 0: " + QualificationSummary.weakest(least))
                    print(crossCheck(least, bisected: 0, reference: reference))
                    found = true
                case .calibrated(let passing, let below):
                    let s = passing.sensitivity ?? 0
                    print(QualificationSummary.report(file.qualification, passing))
                    print("calibrated: setting \(s) (threshold \(threshold(s))) is the lowest at which the protocol passes")
                    print("weakest at \(s): " + QualificationSummary.weakest(passing))
                    let failures = below.cases.filter { !$0.passed }.map { "\($0.point.name) \($0.orientation.rawValue)" }
                    print("setting \(s - 1) (threshold \(threshold(s - 1))) fails: \(failures.joined(separator: ", "))")
                    print(crossCheck(passing, bisected: s, reference: reference))
                    found = true
                }
                print("probes: \(tried)")
            }
            if !found { throw CheckFailed() }
        }

        /// The closed form against the bisection: with the same draws the protocol passes
        /// iff T(s) is below the critical peak, so both must name the same setting.
        func crossCheck(_ result: QualificationResult, bisected: Int, reference: Double) -> String {
            let peak = QuantityParser.format(NumberFormat.rounded(result.criticalPeakV, significantDigits: 6), as: .voltage)
            let closed = Calibration.lowestPassingSetting(criticalPeakV: result.criticalPeakV, referenceThresholdV: reference)
            let agreement = closed == bisected ? "agrees" : "DISAGREES with the bisection (\(closed.map(String.init) ?? "none")): please report this"
            return "closed form: the lowest setting whose threshold is below the critical peak (\(peak)) \(agreement)"
        }
    }
}
