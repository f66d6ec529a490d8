/// An expectation held against one observation: the estimate, its interval, the
/// verdict and, when the verdict is inconclusive, how many passes would settle it.
public struct CheckDecision: Sendable, Hashable {
    public let verdict: CheckVerdict
    public let successes: Int
    public let trials: Int
    /// The Clopper–Pearson interval at the expectation's confidence; [0, 1] with no trials.
    public let low: Double
    public let high: Double
    /// For an inconclusive verdict only.
    public let passesToDecide: PassesToDecide?

    /// successes / trials; nil before any trial.
    public var estimate: Double? { trials == 0 ? nil : Double(successes) / Double(trials) }

    /// Decides `bound` at `confidence` on `successes` of `trials`.
    public init(bound: RateExpectation.Bound, confidence: Double, successes: Int, trials: Int) {
        let (low, high) = ClopperPearson.interval(successes: successes, trials: trials, confidence: confidence)
        let verdict = bound.verdict(low: low, high: high)
        self.verdict = verdict
        self.successes = successes
        self.trials = trials
        self.low = low
        self.high = high
        passesToDecide = verdict == .inconclusive
            ? PassesToDecide.search(bound: bound, confidence: confidence, successes: successes, trials: trials)
            : nil
    }
}
