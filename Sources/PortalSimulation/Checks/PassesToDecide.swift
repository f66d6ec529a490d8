/// How many passes an inconclusive check needs, if the rate stays where it is.
///
/// An inconclusive check in CI should say what to change: the scenario's `trials`.
/// The answer assumes the estimate k/n is the true rate and asks for the smallest
/// number of passes m whose interval, with round(m·k/n) successes, no longer
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
    /// successes, p̂ = successes / trials; `.moreThan(limit)` when `limit` passes do not
    /// decide it either.
    ///
    /// Rounding makes the rate at m wobble around p̂, so "decided" is not monotonic in
    /// m, and a bisection finds *an* edge, not the first (up to 67 % too far). The
    /// search is exact instead. Doubling from `trials` finds a decided m; then a
    /// branch-and-bound search over trials + 1 … m, left half first, finds the first
    /// decided count. It drops a whole range a…b at once when no m in it can decide,
    /// which two evaluations prove (`mayDecide`): only ranges that straddle the edge
    /// are split, so the search costs some hundreds of interval evaluations, not one
    /// per m.
    public static func search(bound: RateExpectation.Bound, confidence: Double, successes: Int, trials: Int,
                              limit: Int = searchLimit) -> PassesToDecide {
        guard trials > 0 else { return .noEstimate }
        let rate = Double(successes) / Double(trials)
        if rate == bound.value { return .never }
        func count(_ m: Int) -> Int { Swift.min(Swift.max(Int((rate * Double(m)).rounded()), 0), m) }
        func verdict(_ m: Int) -> CheckVerdict {
            bound.verdict(successes: count(m), trials: m, confidence: confidence)
        }
        let now = bound.verdict(successes: successes, trials: trials, confidence: confidence)
        if now != .inconclusive { return .passes(trials, verdict: now) }
        guard trials < limit else { return .moreThan(limit) }
        var decided = Swift.min(trials * 2, limit)
        while verdict(decided) == .inconclusive {
            if decided >= limit { return .moreThan(limit) }
            decided = Swift.min(decided * 2, limit)
        }
        /// Whether some m in a…b might be decided. With k and f = m − k the successes and
        /// failures at m, both never fall as m grows, and the interval's ends rise with k
        /// and fall with f: its lower end is at most that of (k at b, f at a), its upper
        /// end at least that of (k at a, f at b). If these extremes decide nothing, no m
        /// in a…b decides.
        func mayDecide(_ a: Int, _ b: Int) -> Bool {
            let (ka, kb) = (count(a), count(b))
            let (fa, fb) = (a - ka, b - kb)
            let highestLow = ClopperPearson.interval(successes: kb, trials: kb + fa, confidence: confidence).low
            let lowestHigh = ClopperPearson.interval(successes: ka, trials: ka + fb, confidence: confidence).high
            return bound.verdict(low: highestLow, high: lowestHigh) != .inconclusive
        }
        func first(_ a: Int, _ b: Int) -> Int? {
            if a == b { return verdict(a) == .inconclusive ? nil : a }
            guard mayDecide(a, b) else { return nil }
            let middle = a + (b - a) / 2
            return first(a, middle) ?? first(middle + 1, b)
        }
        // From trials + 1, not from the last undecided doubling: a count below that may decide.
        let m = first(trials + 1, decided) ?? decided
        return .passes(m, verdict: verdict(m))
    }
}
