/// One check: an expectation, one observation it selects, and the decision.
public struct CheckResult: Sendable, Hashable {
    public let expectation: RateExpectation
    public let observation: Observation
    public let decision: CheckDecision

    public init(expectation: RateExpectation, observation: Observation) {
        self.expectation = expectation
        self.observation = observation
        decision = CheckDecision(bound: expectation.bound, confidence: expectation.confidence,
                                 successes: observation.successes, trials: observation.trials)
    }

    public var verdict: CheckVerdict { decision.verdict }

    /// Whether the check fails the build: a failure always, an inconclusive check
    /// only when `strict`.
    public func fails(strict: Bool) -> Bool {
        verdict == .fail || (strict && verdict == .inconclusive)
    }
}

/// Holding a set of expectations against a set of observations.
public enum ExpectationChecks {
    /// Each expectation with each observation it selects, in expectation order, then
    /// observation order. Every expectation that selects nothing is reported, all at once.
    public static func match(_ expectations: [RateExpectation],
                             against observations: [Observation]) throws(InputErrors) -> [(RateExpectation, Observation)] {
        var diagnostics = DiagnosticCollector()
        var pairs: [(RateExpectation, Observation)] = []
        for expectation in expectations {
            do {
                pairs += try expectation.matches(in: observations).map { (expectation, $0) }
            } catch {
                diagnostics.report(contentsOf: error)
            }
        }
        try diagnostics.throwIfAny()
        return pairs
    }

    /// The checks of `expectations` against `observations`, in `match` order.
    public static func evaluate(_ expectations: [RateExpectation],
                                against observations: [Observation]) throws(InputErrors) -> [CheckResult] {
        try match(expectations, against: observations).map { CheckResult(expectation: $0.0, observation: $0.1) }
    }
}
