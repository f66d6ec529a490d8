import Foundation
import Testing
@testable import PortalSimulation

/// The line a check prints: verdict, file, configuration, what was expected, the
/// estimate and interval, the passes, and advice when inconclusive.
struct CheckResultTextTests {
    static func result(_ metric: RateExpectation.Metric, _ bound: RateExpectation.Bound, _ k: Int, _ n: Int,
                       confidence: Double = 0.95) -> CheckResult {
        CheckResult(expectation: RateExpectation(metric: metric, bound: bound, confidence: confidence, origin: ExpectationOrigin(file: "f")),
                    observation: metric == .nuisance
                        ? Observation(configuration: "ci", object: "visitors", location: "-", isInnocent: true, successes: k, trials: n)
                        : Observation(configuration: "ci", object: "smartphone", location: "waistband-front", isInnocent: false, successes: k, trials: n))
    }

    @Test func lines() {
        #expect(Self.result(.detection, .atLeast(0.99), 500, 500).line(file: "a.yaml")
            == "PASS          a.yaml  ci  detection of smartphone at waistband-front at least 99%: 100.00% [99.26%, 100.00%] (95% interval), 500 of 500 passes")
        #expect(Self.result(.nuisance, .atMost(0.35), 0, 300).line(file: "a.yaml")
            == "PASS          a.yaml  ci  nuisance alarms of visitors at most 35%: 0.00% [0.00%, 1.23%] (95% interval), 0 of 300 passes")
        #expect(Self.result(.nuisance, .atMost(0.01), 0, 300).line(file: "a.yaml")
            == "INCONCLUSIVE  a.yaml  ci  nuisance alarms of visitors at most 1%: 0.00% [0.00%, 1.23%] (95% interval), 0 of 300 passes; at this rate 368 passes would decide it (PASS)")
        #expect(Self.result(.detection, .atLeast(0.995), 480, 500, confidence: 0.99).line(file: "a.yaml").hasPrefix(
            "FAIL          a.yaml  ci  detection of smartphone at waistband-front at least 99.5%: 96.00% ["))
        #expect(Self.result(.detection, .atLeast(0.995), 480, 500, confidence: 0.99).measurement.hasSuffix("(99% interval), 480 of 500 passes"))
    }

    @Test func advice() {
        #expect(Self.result(.detection, .atMost(0.5), 10, 20).advice == "the estimate equals the threshold, so no number of passes can decide it")
        #expect(Self.result(.detection, .atMost(0.5), 0, 0).advice == "no passes were made")
        #expect(Self.result(.detection, .atMost(0.4170001), 834, 2000).advice == "at this rate not even 100000000 passes would decide it")
        #expect(Self.result(.detection, .atMost(0.5), 0, 500).advice == nil)
    }

    /// Interval ends round outwards, so the printed interval agrees with the verdict.
    @Test func intervalEndsRoundOutwards() {
        #expect(CheckResult.percent(0.989_96, rounding: .down) == "98.99%")
        #expect(CheckResult.percent(0.990_04, rounding: .up) == "99.01%")
        // Exact values stay exact although 0.14 × 10⁴ is 1400.0000000000002 and
        // 0.57 × 10⁴ is 5699.999999999999 in binary.
        #expect(CheckResult.percent(0.14, rounding: .up) == "14.00%")
        #expect(CheckResult.percent(0.57, rounding: .down) == "57.00%")
        #expect(CheckResult.shortPercent(0.995) == "99.5%" && CheckResult.shortPercent(0.35) == "35%")
    }
}
