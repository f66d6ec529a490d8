/// The three CSV fields every rate in the results is written as: k / n, and the ends of
/// its Clopper–Pearson 95 % interval rounded outward to 6 significant digits — the lower
/// end down, the upper end up — so that the files carry no digits that depend on the
/// numerical library rather than on the passes, and the printed interval still contains
/// the computed one (k = n = 7.4 million has a lower end of 0.9999995: printed to the
/// nearest it would read 1, a rate known exactly).
/// The rate is empty before any pass; the interval is then (0, 1).
enum RateFields {
    /// The fields of rates mixed by weight (populations by their shares of the
    /// arrivals): one stratum's own fields, bit for bit; several strata's `WeightedRate`,
    /// the rate rounded to 6 significant digits (a weighted sum is not a ratio of counts).
    /// Strata of no weight or no passes are left out; none left: empty, (0, 1).
    static func mixed(_ strata: [WeightedRate.Stratum]) -> [CSVField] {
        if strata.count == 1, let only = strata.first { return fields(successes: only.successes, trials: only.trials) }
        guard let rate = mixedRate(strata) else { return [.empty, lower(0), upper(1)] }
        return [.number(NumberFormat.rounded(rate.rate, significantDigits: 6)), lower(rate.low), upper(rate.high)]
    }

    /// The weighted rate of the strata that have weight and passes; nil when none has.
    static func mixedRate(_ strata: [WeightedRate.Stratum]) -> WeightedRate? {
        let used = strata.filter { $0.weight > 0 && $0.trials > 0 }
        return used.isEmpty ? nil : WeightedRate(used)
    }

    static func fields(successes k: Int, trials n: Int) -> [CSVField] {
        let (low, high) = ClopperPearson.interval(successes: k, trials: n)
        return [n == 0 ? .empty : .number(Double(k) / Double(n)), lower(low), upper(high)]
    }

    /// An interval's lower end, rounded down.
    static func lower(_ x: Double) -> CSVField { .number(NumberFormat.rounded(x, significantDigits: 6, rule: .down)) }
    /// An interval's upper end, rounded up.
    static func upper(_ x: Double) -> CSVField { .number(NumberFormat.rounded(x, significantDigits: 6, rule: .up)) }
}
