import Foundation
import PortalPhysics

/// Finds the setting of the sensitivity knob (or, for a portal whose threshold is given
/// directly, the threshold) at which a scenario's own population alarms at the rate a
/// site observes: the calibration a site can make from its daily log ("18 % of our
/// visitors alarm") without a reference object.
///
/// The nuisance rate is the portal's alarm rate for the innocent population, carrying
/// only its own items. Every candidate is run from one set of passes: the candidates are
/// portal-only configurations differing only in their threshold, so the engine simulates
/// each person's pass once and decides it at every candidate's thresholds
/// (``PortalPassMemo``), and the people are those `portalsim run` meets in the scenario
/// (the same seed and case). With the same peaks and thresholds falling as the setting
/// rises, the alarm count is exactly non-decreasing in the setting, so a bisection over
/// the candidates finds the first that reaches the target.
///
/// A threshold given directly has no knob: the candidates are then the knob's own ladder
/// of 100 thresholds T·10^((50 − k)/25) around it, and the bracketing pair is refined by
/// ``refinementSteps`` thresholds evenly spaced in log between them, run again on the
/// same people.
///
/// See docs/statistics.md#calibration.
public enum NuisanceCalibration {
    /// Thresholds put between the two bracketing rungs of the ladder when the portal's
    /// threshold is given directly: each rung is 9.6 % apart, so 24 more steps resolve
    /// the threshold to 0.4 %.
    public static let refinementSteps = 24

    /// One candidate and the population's alarms there.
    public struct Point: Sendable, Equatable {
        /// The knob's setting; nil when the threshold is given directly.
        public let sensitivity: Int?
        /// The threshold (the lowest zone's with trims), V.
        public let thresholdV: Double
        public let alarms: Int
        public let trials: Int

        public var rate: Double { trials == 0 ? 0 : Double(alarms) / Double(trials) }
        /// The simulated rate's 95 % (Clopper–Pearson) interval, as in every table.
        public var interval: (low: Double, high: Double) { ClopperPearson.interval(successes: alarms, trials: trials) }

        public func contains(_ rate: Double) -> Bool {
            let i = interval
            return i.low <= rate && rate <= i.high
        }
    }

    /// What calibration found.
    public struct Result: Sendable {
        public let target: ObservedRate
        /// Every candidate, least sensitive first (thresholds falling, rates non-decreasing).
        public let points: [Point]
        /// The candidate whose simulated rate is nearest the target (of the two around it).
        public let chosen: Int
        /// The candidates whose simulated 95 % interval contains the target: the settings
        /// the simulation cannot tell apart at these trials. Nil when none does.
        public let consistent: ClosedRange<Int>?
        /// With a count, the candidates whose simulated rate lies in the count's own
        /// (Wilson) interval: the settings the observation allows. Nil for a bare share,
        /// or when the interval falls between two candidates.
        public let observed: ClosedRange<Int>?

        public var point: Point { points[chosen] }
        public var below: Point? { chosen > 0 ? points[chosen - 1] : nil }
        public var above: Point? { chosen + 1 < points.count ? points[chosen + 1] : nil }
        /// Whether the chosen candidate's interval contains the target: the rate is
        /// reproduced. It is not when the target lies beyond the candidates' rates, or in
        /// a jump between two neighbouring ones.
        public var reproduced: Bool { point.contains(target.rate) }
    }

    /// Calibrates `detector` on `portal` for `base`'s population (its seed and trials;
    /// its threats and configurations are not used).
    public static func calibrate(base: RunScenario, portal: Portal, detector: DetectorSettings, target: ObservedRate,
                                 threads: Int, progress: (@Sendable (Int) -> Void)? = nil) throws(ResultsError) -> Result {
        var points: [Point]
        if let direct = detector.thresholdOverrideV {
            let ladder = SensitivityLaw.range.map { SensitivityLaw.thresholdV(sensitivity: $0, referenceV: direct) }
            points = try run(base: base, portal: portal, candidates: ladder.map { threshold(detector, $0) },
                             threads: threads, progress: progress)
            let first = firstReaching(target.rate, points)
            if let first, first > 0 {
                let (high, low) = (points[first - 1].thresholdV, points[first].thresholdV)
                let between = (1...refinementSteps).map { k in
                    high * pow(low / high, Double(k) / Double(refinementSteps + 1))
                }
                let refined = try run(base: base, portal: portal, candidates: between.map { threshold(detector, $0) },
                                      threads: threads, progress: progress)
                points.insert(contentsOf: refined, at: first)
            }
        } else {
            let settings = SensitivityLaw.range.map { s -> DetectorSettings in
                var d = detector
                d.sensitivity = s
                return d
            }
            points = try run(base: base, portal: portal, candidates: settings, threads: threads, progress: progress)
        }
        return choose(target, points)
    }

    /// The passes the calibration makes, for a progress bar: one set of the population's
    /// trials per engine run (two with a threshold given directly).
    public static func totalPasses(trials: Int, detector: DetectorSettings) -> Int {
        trials * (detector.thresholdOverrideV == nil ? 1 : 2)
    }

    /// Picks the candidate for `target` among `points` (rates non-decreasing).
    public static func choose(_ target: ObservedRate, _ points: [Point]) -> Result {
        precondition(!points.isEmpty, "NuisanceCalibration: no candidates")
        let chosen: Int
        if let first = firstReaching(target.rate, points) {
            let previous = first - 1
            chosen = previous >= 0 && abs(points[previous].rate - target.rate) < abs(points[first].rate - target.rate) ? previous : first
        } else {
            chosen = points.count - 1
        }
        let consistent = span(points.indices.filter { points[$0].contains(target.rate) })
        let observed = target.interval.flatMap { i in span(points.indices.filter { i.low <= points[$0].rate && points[$0].rate <= i.high }) }
        return Result(target: target, points: points, chosen: chosen, consistent: consistent, observed: observed)
    }

    /// Bisection for the first candidate whose rate reaches `rate`; nil if none does.
    /// Invariant: every candidate before `low` is below the rate, `high` reaches it (or
    /// is one past the end).
    static func firstReaching(_ rate: Double, _ points: [Point]) -> Int? {
        var (low, high) = (0, points.count)
        while low < high {
            let middle = (low + high) / 2
            if points[middle].rate >= rate { high = middle } else { low = middle + 1 }
        }
        return low < points.count ? low : nil
    }

    /// The indices' range (they are contiguous: rates are monotone, so are intervals).
    static func span(_ indices: [Int]) -> ClosedRange<Int>? {
        guard let first = indices.first, let last = indices.last else { return nil }
        return first...last
    }

    static func threshold(_ detector: DetectorSettings, _ thresholdV: Double) -> DetectorSettings {
        var d = detector
        d.thresholdOverrideV = thresholdV
        return d
    }

    /// One engine run: every candidate a portal-only configuration, the population alone.
    static func run(base: RunScenario, portal: Portal, candidates: [DetectorSettings], threads: Int,
                    progress: (@Sendable (Int) -> Void)?) throws(ResultsError) -> [Point] {
        let names = candidates.indices.map { "candidate \($0)" }
        // The observed population alone (the command picks it): the others' passes would be wasted.
        let scenario = RunScenario(name: base.name, seed: base.seed, trials: base.trials, population: base.populations[0], threats: nil,
                                   configurations: zip(names, candidates).map { .portalOnly(name: $0, portal: portal, detector: $1) })
        let tallies = try Engine(scenario: scenario, threads: threads).runRecording(threads: threads, recordPasses: false,
                                                                                   progress: progress).tallies
        return zip(names, candidates).map { name, settings in
            let tally = tallies.portals.cases[.innocent(configuration: name, population: base.populations[0].name)]
            return Point(sensitivity: settings.thresholdOverrideV == nil ? settings.sensitivity : nil,
                         thresholdV: settings.zoneThresholdsV(zoneCount: portal.zones.count).first ?? settings.thresholdV,
                         alarms: tally?.alarms ?? 0, trials: tally?.trials ?? 0)
        }
    }
}
