/// Finds the lowest sensitivity setting at which a protocol passes: the calibration
/// a site needs ("the setting at which a reference object is detected at
/// every standard test position").
///
/// The protocol runs at each probe with the same seed, hence the same draws; its
/// verdict is then monotone in the setting (see `QualificationRunner`), and a
/// bisection over 0 … 99 needs two end probes and at most seven more.
///
/// Why it is exact: docs/statistics.md#calibration.
public enum Calibration {
    /// What calibration found.
    public enum Outcome: Sendable {
        /// The protocol passes even at the least sensitive setting, 0.
        case passesAtLowest(QualificationResult)
        /// The lowest passing setting (`passing.sensitivity`) and the protocol one
        /// setting below it, which fails.
        case calibrated(passing: QualificationResult, below: QualificationResult)
        /// Even the most sensitive setting, 99, fails: the object cannot be qualified
        /// on this portal.
        case failsAtHighest(QualificationResult)
    }

    /// A probe made: the setting and whether the protocol passed there.
    public struct Probe: Sendable, Hashable {
        public let sensitivity: Int
        public let passed: Bool
    }

    /// Bisects on the setting. The runner's portal must follow the knob
    /// (`runner.followsSensitivity`); the caller checks, since a threshold given
    /// directly is an input problem to report.
    public static func calibrate(_ runner: QualificationRunner, threads: Int) -> (outcome: Outcome, probes: [Probe]) {
        precondition(runner.followsSensitivity, "Calibration: the portal's threshold is given directly")
        var probes: [Probe] = []
        func probe(_ s: Int) -> QualificationResult {
            let result = runner.atSensitivity(s).run(threads: threads)
            probes.append(Probe(sensitivity: s, passed: result.passed))
            return result
        }
        let range = SensitivityLaw.range
        let most = probe(range.upperBound)
        guard most.passed else { return (.failsAtHighest(most), probes) }
        let least = probe(range.lowerBound)
        if least.passed { return (.passesAtLowest(least), probes) }
        // Invariant: `failing` fails, `passing` passes, failing < passing.
        var (failing, passing) = (least, most)
        while let low = failing.sensitivity, let high = passing.sensitivity, high - low > 1 {
            let middle = probe((low + high) / 2)
            if middle.passed { passing = middle } else { failing = middle }
        }
        return (.calibrated(passing: passing, below: failing), probes)
    }

    /// The closed form, a cross-check on the bisection: with the same draws the
    /// protocol passes at setting s iff T(s) < the critical peak (the smallest peak
    /// over all cases and passes when every pass must alarm), so the answer is the
    /// smallest s with T(s) below it; nil when none in 0 … 99 is.
    public static func lowestPassingSetting(criticalPeakV: Double, referenceThresholdV: Double) -> Int? {
        SensitivityLaw.range.first { SensitivityLaw.thresholdV(sensitivity: $0, referenceV: referenceThresholdV) < criticalPeakV }
    }
}
