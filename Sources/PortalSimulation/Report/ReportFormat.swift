/// How the report writes numbers for a reader who is not a statistician: rates as
/// percentages with their 95 % range, counts and money with thousands separators.
/// A missing figure is an en dash, never "nan" or a blank that reads as zero.
public enum ReportFormat {
    public static let missing = "–"

    /// 0.2025 → "20.3 %"; below 1 % two decimals (0.0035 → "0.35 %"); 0 → "0 %", 1 → "100 %".
    public static func percent(_ x: Double?) -> String {
        guard let x else { return missing }
        let p = x * 100
        if p == 0 || p == 100 { return "\(Int(p)) %" }
        return (abs(p) < 1 ? fixed(p, decimals: 2) : fixed(p, decimals: 1)) + " %"
    }

    /// A rate with its interval: "20.3 % (16.4–24.5)".
    public static func rate(_ x: Double?, low: Double?, high: Double?) -> String {
        guard let x else { return missing }
        guard let low, let high else { return percent(x) }
        return percent(x) + " (" + bare(low) + "–" + bare(high) + ")"
    }

    /// A percentage without its sign, for the ends of a range.
    static func bare(_ x: Double) -> String {
        let p = x * 100
        if p == 0 || p == 100 { return "\(Int(p))" }
        return abs(p) < 1 ? fixed(p, decimals: 2) : fixed(p, decimals: 1)
    }

    /// 49.7 → "49.7", 38520 → "38,520", 3817.48 → "3,817": one decimal below 100,
    /// none above.
    public static func amount(_ x: Double?) -> String {
        guard let x else { return missing }
        if abs(x) < 100 { return fixed(x, decimals: abs(x) < 10 ? 2 : 1) }
        return grouped(Int((x).rounded()))
    }

    /// A whole number with thousands separators.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "−" : "") + out
    }

    /// `x` with exactly `decimals` decimals, rounded half away from zero.
    static func fixed(_ x: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        let whole = Int(scaled / scale)
        var text = grouped(whole)
        if decimals > 0 {
            let fraction = Int(scaled) - whole * Int(scale)
            let f = String(fraction)
            text += "." + String(repeating: "0", count: decimals - f.count) + f
        }
        return (x < 0 && scaled != 0 ? "−" : "") + text
    }
}
