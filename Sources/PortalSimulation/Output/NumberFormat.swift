/// Decimal text for Doubles that is the same on every run and every machine.
///
/// Results are compared across runs and commits, so a number must always print the
/// same way. Swift's own `description` is the shortest text that reads back to the
/// same Double (and does not depend on the C locale); this type only normalises its
/// spelling.
public enum NumberFormat {
    /// The shortest round-trip decimal for a finite `x`, normalised: "5" not "5.0",
    /// "0" not "-0.0", "1e-5" not "1e-05", "2.5e20" not "2.5e+20". Non-finite values
    /// print as "nan", "inf", "-inf"; writers that must not emit them check first.
    public static func shortest(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf") }
        if x == 0 { return "0" }
        var text = x.description
        var exponent = ""
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = normalisedExponent(text[text.index(after: e)...])
            text = String(text[..<e])
        }
        if text.hasSuffix(".0") { text.removeLast(2) }
        return exponent.isEmpty ? text : "\(text)e\(exponent)"
    }

    /// `x` rounded to `significantDigits` decimal digits, for display. Rounding is
    /// done with an exact power of ten so that the result prints short (12, not
    /// 11.999999999999998).
    public static func rounded(_ x: Double, significantDigits: Int) -> Double {
        guard x.isFinite, x != 0, significantDigits > 0 else { return x }
        let decade = Int((abs(x)).log10Floor)
        let shift = significantDigits - 1 - decade
        // Beyond exact powers of ten, round through C's correctly rounded "%.*e".
        guard abs(shift) <= 22 else { return Double(String(format: "%.*e", significantDigits - 1, x)) ?? x }
        let power = exactPowerOfTen(abs(shift))
        return shift >= 0
            ? (x * power).rounded() / power
            : (x / power).rounded() * power
    }

    /// "-05" → "-5", "+20" → "20".
    private static func normalisedExponent(_ raw: Substring) -> String {
        var digits = raw
        var sign = ""
        if let first = digits.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            digits = digits.dropFirst()
        }
        let trimmed = digits.drop { $0 == "0" }
        return sign + (trimmed.isEmpty ? "0" : String(trimmed))
    }

    /// 10^n for 0 ≤ n ≤ 22, all exactly representable as Doubles.
    private static func exactPowerOfTen(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}

private extension Double {
    /// ⌊log₁₀ x⌋ for positive finite x, computed by scaling so that it does not
    /// depend on the platform's `log10` rounding near exact powers of ten.
    var log10Floor: Double {
        var value = self
        var decade = 0.0
        while value >= 10 { value /= 10; decade += 1 }
        while value < 1 { value *= 10; decade -= 1 }
        return decade
    }
}
