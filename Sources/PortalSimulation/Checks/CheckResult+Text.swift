import Foundation

/// The words a check is reported in, on the terminal and in JUnit reports.
///
/// Interval ends are shown rounded *outwards* to 0.01 %, so that what is printed
/// agrees with the verdict for any threshold written to 0.01 %: an `at least 99%`
/// check whose lower end is 98.996 % shows 98.99 %, not a misleading 99.00 %.
extension CheckResult {
    /// What was expected, stable from run to run (a JUnit test name):
    /// "detection of smartphone at waistband-front at least 99%".
    public var title: String {
        let subject = observation.isInnocent
            ? "nuisance alarms of \(observation.object)"
            : "detection of \(observation.object) at \(observation.location)"
        return "\(subject) \(Self.words(for: expectation.bound))"
    }

    /// What was observed: "100.00% [99.26%, 100.00%] (95% interval), 500 of 500 passes".
    public var measurement: String {
        let d = decision
        let estimate = d.estimate.map { Self.percent($0, rounding: .toNearestOrEven) } ?? "-"
        let interval = "[\(Self.percent(d.low, rounding: .down)), \(Self.percent(d.high, rounding: .up))]"
        let confidence = Self.shortPercent(expectation.confidence)
        return "\(estimate) \(interval) (\(confidence) interval), \(d.successes) of \(d.trials) passes"
    }

    /// For an inconclusive check, how to settle it; nil otherwise.
    public var advice: String? {
        switch decision.passesToDecide {
        case nil:
            return nil
        case let .passes(passes, verdict)?:
            return "at this rate \(passes) passes would decide it (\(verdict.rawValue))"
        case let .moreThan(limit)?:
            return "at this rate not even \(limit) passes would decide it"
        case .never?:
            return "the estimate equals the threshold, so no number of passes can decide it"
        case .noEstimate?:
            return "no passes were made"
        }
    }

    /// "INCONCLUSIVE  ci.yaml  ci-portal  detection of … at most 50%: 42.10% [...] …, 500 of
    /// 500 passes; at this rate 1840 passes would decide it (PASS)".
    public func line(file: String) -> String {
        let verdict = self.verdict.rawValue.padding(toLength: Self.verdictWidth, withPad: " ", startingAt: 0)
        let tail = advice.map { "; " + $0 } ?? ""
        return "\(verdict)  \(file)  \(observation.configuration)  \(title): \(measurement)\(tail)"
    }

    static let verdictWidth = CheckVerdict.allCases.map(\.rawValue.count).max() ?? 0

    /// "at least 99%", "at most 35%".
    static func words(for bound: RateExpectation.Bound) -> String {
        switch bound {
        case let .atLeast(x): "at least \(shortPercent(x))"
        case let .atMost(x): "at most \(shortPercent(x))"
        }
    }

    /// A fraction as the shortest percentage: 0.99 → "99%", 0.995 → "99.5%".
    static func shortPercent(_ fraction: Double) -> String {
        NumberFormat.shortest(NumberFormat.rounded(fraction * 100, significantDigits: 10)) + "%"
    }

    /// A fraction as a percentage with two decimals, rounded as asked: "99.26%".
    static func percent(_ fraction: Double, rounding rule: FloatingPointRoundingRule) -> String {
        // Ten-thousandths, nudged by far less than a display step so that an exact
        // 0.14 (1400.0000000000002 after scaling) does not round up to 14.01 %.
        let scaled = fraction * 10_000
        let nudged = rule == .up ? scaled - 1e-7 : rule == .down ? scaled + 1e-7 : scaled
        let steps = nudged.rounded(rule)
        return String(format: "%.2f%%", steps / 100)
    }
}
