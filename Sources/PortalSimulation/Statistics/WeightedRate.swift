/// A rate that is a weighted sum of rates measured on separate samples, with its 95 %
/// interval: the miss rate of the phones a site expects in a year (each device and
/// place weighted by its attempts), or the nuisance rate of an entrance whose arrivals
/// mix populations.
///
/// The estimate is p = Σ wᵢ kᵢ/nᵢ with Σ wᵢ = 1. Its interval is Korn and Graubard's
/// (1998) Clopper–Pearson interval at the effective sample size
///
///     n* = p (1 − p) / v,    v = Σ wᵢ² pᵢ (1 − pᵢ) / nᵢ,    x* = p n*,
///
/// with n* capped at Σ nᵢ, and, where every stratum is all or nothing (v = 0), the size
/// whose binomial variance the weights give, 1 / Σ (wᵢ² / nᵢ). It keeps what made
/// Clopper–Pearson the choice for single rates — it never collapses to zero width at
/// 0 or 1, where detection rates sit — and one stratum gives exactly its interval.
///
/// See docs/statistics.md#weighted-rates.
public struct WeightedRate: Sendable, Equatable {
    /// One sample: `successes` of `trials`, weighted by `weight` (≥ 0).
    public struct Stratum: Sendable, Equatable {
        public var successes: Int
        public var trials: Int
        public var weight: Double

        public init(successes: Int, trials: Int, weight: Double) {
            self.successes = successes
            self.trials = trials
            self.weight = weight
        }
    }

    public let rate: Double
    public let low: Double
    public let high: Double
    /// n*, the effective sample size the interval was computed at.
    public let effectiveTrials: Double

    /// The weighted rate of `strata` (weights normalised to sum 1; strata of weight 0
    /// left out). Requires a positive total weight and trials > 0 in every weighted stratum.
    public init(_ strata: [Stratum]) {
        let used = strata.filter { $0.weight > 0 }
        let total = used.reduce(0) { $0 + $1.weight }
        precondition(total > 0 && total.isFinite && used.allSatisfy { $0.trials > 0 && (0...$0.trials).contains($0.successes) },
                     "WeightedRate: need a positive weight and counts 0 ≤ k ≤ n, n > 0")
        var p = 0.0, variance = 0.0, binomialFactor = 0.0, trials = 0.0
        for s in used {
            let w = s.weight / total, n = Double(s.trials), ps = Double(s.successes) / n
            p += w * ps
            variance += w * w * ps * (1 - ps) / n
            binomialFactor += w * w / n
            trials += n
        }
        p = Swift.min(Swift.max(p, 0), 1)
        // One stratum is its own sample: its counts, not a rounded-off n* of them.
        let effective = used.count == 1 ? trials : variance > 0 ? p * (1 - p) / variance : 1 / binomialFactor
        let n = Swift.min(effective, trials)
        let (low, high) = used.count == 1
            ? ClopperPearson.interval(successes: used[0].successes, trials: used[0].trials)
            : ClopperPearson.interval(successes: Swift.min(p * n, n), trials: n)
        rate = p
        self.low = Swift.min(low, p)
        self.high = Swift.max(high, p)
        effectiveTrials = n
    }
}
