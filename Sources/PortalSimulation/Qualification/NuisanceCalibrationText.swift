import Foundation

/// What `portalsim calibrate --nuisance-rate` prints: the setting found, its simulated
/// rate and interval, its neighbours', and the ranges of settings the simulation and
/// the observation allow.
public enum NuisanceCalibrationText {
    public static func report(_ result: NuisanceCalibration.Result, population: String, detector: DetectorSettings, seed: UInt64) -> String {
        let target = result.target
        let knob = detector.thresholdOverrideV == nil
        var lines: [String] = []
        let trials = result.point.trials
        lines.append("nuisance calibration: population '\(population)', \(trials) passes (seed \(seed)), every "
            + (knob ? "setting 0-99" : "threshold") + " decided on the same passes")
        var targetText = "target: \(percent(target.rate))"
        if let count = target.count, let interval = target.interval {
            targetText += " (\(count.alarms) of \(count.visitors); 95% Wilson interval \(range(interval)))"
        }
        lines.append(targetText)
        let point = result.point
        let verdict = result.reproduced ? "" : ": NOT reproduced"
        lines.append("calibrated: \(name(point, knob)) gives \(rate(point))\(verdict)")
        if !result.reproduced {
            if result.chosen == result.points.count - 1, point.rate < target.rate {
                lines.append("  even the most sensitive \(knob ? "setting" : "threshold tried") alarms less often than the target: "
                    + "the population's items and the noise cannot produce it on this portal")
            } else if result.chosen == 0, point.rate > target.rate {
                lines.append("  even the least sensitive \(knob ? "setting" : "threshold tried") alarms more often than the target")
            } else {
                lines.append("  the rate jumps past the target between neighbouring \(knob ? "settings" : "thresholds"); "
                    + "more trials narrow the intervals")
            }
        }
        if let below = result.below { lines.append("  below: \(name(below, knob)) gives \(rate(below))") }
        if let above = result.above { lines.append("  above: \(name(above, knob)) gives \(rate(above))") }
        if let consistent = result.consistent {
            lines.append("simulated intervals containing \(percent(target.rate)): \(span(consistent, result, knob))")
        } else {
            lines.append("simulated intervals containing \(percent(target.rate)): none")
        }
        if let interval = target.interval {
            if let observed = result.observed {
                lines.append("the observed interval \(range(interval)) maps onto \(span(observed, result, knob))")
            } else {
                lines.append("the observed interval \(range(interval)) lies between two neighbouring \(knob ? "settings" : "thresholds")' rates")
            }
        } else {
            lines.append("(a bare share has no interval of its own: give the count, e.g. 36/200, to see the settings it allows)")
        }
        if knob, let own = result.points.first(where: { $0.sensitivity == detector.sensitivity }) {
            lines.append("at the file's own setting \(detector.sensitivity): \(rate(own)) (what `portalsim run` finds for this population)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func name(_ point: NuisanceCalibration.Point, _ knob: Bool) -> String {
        let threshold = QuantityParser.format(NumberFormat.rounded(point.thresholdV, significantDigits: 4), as: .voltage)
        if let s = point.sensitivity, knob { return "setting \(s) (threshold \(threshold))" }
        return "threshold \(threshold)"
    }

    static func rate(_ point: NuisanceCalibration.Point) -> String {
        "\(percent(point.rate)) (\(point.alarms) of \(point.trials); 95% interval \(range(point.interval)))"
    }

    static func span(_ indices: ClosedRange<Int>, _ result: NuisanceCalibration.Result, _ knob: Bool) -> String {
        let (first, last) = (result.points[indices.lowerBound], result.points[indices.upperBound])
        if knob, let a = first.sensitivity, let b = last.sensitivity {
            return a == b ? "setting \(a)" : "settings \(a)-\(b)"
        }
        let f = { QuantityParser.format(NumberFormat.rounded($0, significantDigits: 4), as: .voltage) }
        return first.thresholdV == last.thresholdV ? "threshold \(f(first.thresholdV))" : "thresholds \(f(first.thresholdV)) down to \(f(last.thresholdV))"
    }

    static func percent(_ rate: Double) -> String { String(format: "%.1f%%", 100 * rate) }

    static func range(_ interval: (low: Double, high: Double)) -> String { "\(percent(interval.low))-\(percent(interval.high))" }
}
