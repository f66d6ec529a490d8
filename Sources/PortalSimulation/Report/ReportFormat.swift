import Foundation

/// How the report writes numbers for a reader who is not a statistician: rates as
/// percentages with their 95 % range, counts and money with thousands separators.
/// A missing figure is an en dash, never "nan" or a blank that reads as zero.
///
/// Rounding is done on the decimal the CSV file holds (the shortest decimal that reads
/// back to the double), half away from zero: 0.2035 of 2000 passes is 20.4 %, as the
/// reader rounding the file's figure by hand gets — not 20.3 % from the binary double
/// just below it.
public enum ReportFormat {
    public static let missing = "–"

    /// 0.2025 → "20.3 %"; below 1 % two decimals (0.0035 → "0.35 %"); exactly 0 or 1 →
    /// "0 %", "100 %"; a rate that would round to either end but is not there says so
    /// ("> 99.9 %", "< 0.01 %"), so that a few passes missed never read as "always".
    public static func percent(_ x: Double?) -> String {
        guard let x else { return missing }
        return bare(x) + " %"
    }

    /// A rate with its interval: "20.3 % (16.4–24.5)".
    public static func rate(_ x: Double?, low: Double?, high: Double?) -> String {
        guard let x else { return missing }
        guard let low, let high else { return percent(x) }
        return percent(x) + " (" + bare(low) + "–" + bare(high) + ")"
    }

    /// A percentage without its sign, for the ends of a range.
    static func bare(_ x: Double) -> String {
        if x == 0 || x == 1 { return x == 0 ? "0" : "100" }
        let p = x * 100
        if p > 0 && p < 0.005 { return "< 0.01" }
        let one = fixed(x, decimals: 1, shift: 2)
        if one == "100.0" && x < 1 { return "> 99.9" }
        // Two decimals while the rounded value stays below 1 %.
        let two = fixed(x, decimals: 2, shift: 2)
        return abs(p) < 1 && two != "1.00" && two != "−1.00" ? two : one
    }

    /// 49.7 → "49.7", 4.28 → "4.28", 38520 → "38,520": two decimals below 10, one below
    /// 100, none above (the decimals chosen after rounding: 9.996 → "10.0").
    public static func amount(_ x: Double?) -> String {
        guard let x else { return missing }
        for (limit, decimals) in [(10.0, 2), (100.0, 1)] where abs(x) < limit {
            let text = fixed(x, decimals: decimals)
            if abs(Double(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "−", with: "-")) ?? 0) < limit { return text }
        }
        return fixed(x, decimals: 0)
    }

    /// A count: a whole number with thousands separators (60 → "60", 1502 → "1,502").
    public static func count(_ x: Double?) -> String {
        guard let x else { return missing }
        return fixed(x, decimals: 0)
    }

    /// A count when `x` is whole (60 → "60"), else an amount (33.5 → "33.5"): for
    /// figures a scenario gives either way, such as the attempts a year.
    public static func quantity(_ x: Double?) -> String {
        guard let x else { return missing }
        return x == x.rounded() ? count(x) : amount(x)
    }

    /// A whole number with thousands separators.
    public static func grouped(_ n: Int) -> String { fixed(Double(n), decimals: 0) }

    /// A p-value: three significant digits, "< 0.001" below that.
    public static func pValue(_ x: Double?) -> String {
        guard let x else { return missing }
        if x < 0.001 { return "< 0.001" }
        return fixed(x, decimals: 3)
    }

    /// `x` × 10^`shift` with exactly `decimals` decimals, rounded half away from zero on
    /// the shortest decimal of `x`, with thousands separators and a minus sign (U+2212);
    /// never "−0".
    static func fixed(_ x: Double, decimals: Int, shift: Int = 0) -> String {
        guard x.isFinite else { return missing }
        // Beyond Decimal's range (~1e165), which no figure of a run reaches: plain printf.
        guard var value = Decimal(string: "\(x)", locale: Locale(identifier: "en_US_POSIX")) else {
            var scaled = x
            for _ in 0..<shift { scaled *= 10 }
            return String(format: "%.\(decimals)e", scaled)
        }
        if shift != 0 { value *= pow(Decimal(10), shift) }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, decimals, .plain)
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        var text = NSDecimalNumber(decimal: magnitude).description(withLocale: Locale(identifier: "en_US_POSIX"))
        if text.contains("e") || text.contains("E") { return (negative ? "−" : "") + text }
        var whole = text, fraction = ""
        if let dot = text.firstIndex(of: ".") {
            whole = String(text[..<dot])
            fraction = String(text[text.index(after: dot)...])
        }
        fraction += String(repeating: "0", count: Swift.max(0, decimals - fraction.count))
        var grouped = ""
        for (i, c) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { grouped += "," }
            grouped.append(c)
        }
        text = grouped + (decimals > 0 ? "." + fraction : "")
        return (negative ? "−" : "") + text
    }
}
