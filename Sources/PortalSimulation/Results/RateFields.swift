/// The three CSV fields every rate in the results is written as: k / n, and the ends of
/// its Clopper–Pearson 95 % interval rounded to 6 significant digits (so that the files
/// carry no digits that depend on the numerical library rather than on the passes).
/// The rate is empty before any pass; the interval is then (0, 1).
enum RateFields {
    static func fields(successes k: Int, trials n: Int) -> [CSVField] {
        let (low, high) = ClopperPearson.interval(successes: k, trials: n)
        return [n == 0 ? .empty : .number(Double(k) / Double(n)), bound(low), bound(high)]
    }

    /// An interval end, rounded.
    static func bound(_ x: Double) -> CSVField { .number(NumberFormat.rounded(x, significantDigits: 6)) }
}
