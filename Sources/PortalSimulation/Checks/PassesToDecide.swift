/// How many passes an inconclusive check needs, if the rate stays where it is.
///
/// An inconclusive check in CI should say what to change: the scenario's `trials`.
/// The answer assumes the estimate k/n is the true rate and asks for the smallest
/// number of passes m whose interval, with k = round(m·k/n) successes, no longer
/// straddles the threshold. It is a planning figure, not a promise: the rate will
/// move as passes are added, and may move onto the threshold.
public enum PassesToDecide: Sendable, Hashable {
    /// `passes` in all would decide, and the check would then give `verdict`.
    case passes(Int, verdict: CheckVerdict)
    /// Not even `limit` passes would decide at this rate.
    case moreThan(Int)
    /// The estimate is exactly the threshold: the interval shrinks onto it from both
    /// sides and never leaves it, so no number of passes can decide.
    case never
    /// No passes were made, so there is no rate to extrapolate.
    case noEstimate

    /// The most passes the search considers: the scenario's own ceiling on `trials`.
    public static let searchLimit = 100_000_000

    /// The smallest m ≥ `trials` at which `bound` is decided with round(m·p̂)
    /// successes, p̂ = successes / trials: by doubling from `trials` until decided,
    /// then bisecting between the last undecided and the first decided count.
    ///
    /// Rounding makes the rate at m wobble around p̂, so "decided" need not be
    /// monotonic in m; the search guarantees only that m is decided and m − 1 is not
    /// (where m > `trials`), which is what a suggestion needs.
    public static func search(bound: RateExpectation.Bound, confidence: Double, successes: Int, trials: Int,
                              limit: Int = searchLimit) -> PassesToDecide {
        guard trials > 0 else { return .noEstimate }
        let rate = Double(successes) / Double(trials)
        if rate == bound.value { return .never }
        func verdict(_ m: Int) -> CheckVerdict {
            let k = Swift.min(Swift.max(Int((rate * Double(m)).rounded()), 0), m)
            return bound.verdict(successes: k, trials: m, confidence: confidence)
        }
        let now = bound.verdict(successes: successes, trials: trials, confidence: confidence)
        if now != .inconclusive { return .passes(trials, verdict: now) }
        guard trials < limit else { return .moreThan(limit) }
        var undecided = trials
        var decided = Swift.min(trials * 2, limit)
        while verdict(decided) == .inconclusive {
            if decided >= limit { return .moreThan(limit) }
            undecided = decided
            decided = Swift.min(decided * 2, limit)
        }
        while decided - undecided > 1 {
            let middle = undecided + (decided - undecided) / 2
            if verdict(middle) == .inconclusive { undecided = middle } else { decided = middle }
        }
        return .passes(decided, verdict: verdict(decided))
    }
}
