/// What a check concludes about an expectation.
///
/// Why each verdict is a one-sided test: docs/statistics.md#regression-checks.
public enum CheckVerdict: String, Sendable, Hashable, CaseIterable {
    /// The whole confidence interval is on the expected side of the threshold.
    case pass = "PASS"
    /// The whole interval is on the wrong side.
    case fail = "FAIL"
    /// The interval straddles the threshold: the passes made cannot tell.
    case inconclusive = "INCONCLUSIVE"
}

extension RateExpectation.Bound {
    /// The verdict for a rate known to lie in [low, high].
    ///
    /// A threshold is met only when the interval's far end is on its side, so that a
    /// lucky run cannot pass a check its true rate fails; a bound the interval merely
    /// touches (low = x for `atLeast x`) is met, since the interval is closed. The
    /// rule for `atMost` mirrors that for `atLeast`.
    public func verdict(low: Double, high: Double) -> CheckVerdict {
        switch self {
        case let .atLeast(x):
            if low >= x { return .pass }
            if high < x { return .fail }
        case let .atMost(x):
            if high <= x { return .pass }
            if low > x { return .fail }
        }
        return .inconclusive
    }

    /// The verdict for `successes` of `trials` with the Clopper–Pearson interval at
    /// `confidence`.
    public func verdict(successes: Int, trials: Int, confidence: Double) -> CheckVerdict {
        let (low, high) = ClopperPearson.interval(successes: successes, trials: trials, confidence: confidence)
        return verdict(low: low, high: high)
    }
}
