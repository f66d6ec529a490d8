import Foundation

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
        rounded(x, significantDigits: significantDigits, rule: .toNearestOrAwayFromZero)
    }

    /// `x` rounded to `significantDigits` decimal digits by `rule`. With `.down` the
    /// result is never above `x`, with `.up` never below it — what the ends of an
    /// interval need, so that a printed interval still contains the computed one
    /// (20000 of 20000 has a lower end of 0.99981557…: 0.999815, not 0.999816).
    public static func rounded(_ x: Double, significantDigits: Int, rule: FloatingPointRoundingRule) -> Double {
        guard x.isFinite, x != 0, significantDigits > 0 else { return x }
        let decade = Int((abs(x)).log10Floor)
        let shift = significantDigits - 1 - decade
        guard abs(shift) <= 22 else {
            // Beyond exact powers of ten, round through C's correctly rounded "%.*e",
            // then step one unit in the last digit if that went the wrong way.
            guard var result = Double(String(format: "%.*e", significantDigits - 1, x)) else { return x }
            let unit = pow(10, Double(decade - significantDigits + 1))
            if rule == .down && result > x { result = Double(String(format: "%.*e", significantDigits - 1, result - unit)) ?? result }
            if rule == .up && result < x { result = Double(String(format: "%.*e", significantDigits - 1, result + unit)) ?? result }
            return result
        }
        let power = exactPowerOfTen(abs(shift))
        func value(_ steps: Double) -> Double { shift >= 0 ? steps / power : steps * power }
        return value(directed((shift >= 0 ? x * power : x / power), rule, x, value))
    }

    /// `scaled` (x·10ⁿ) rounded to an integer by `rule`, checked against `x` itself: the
    /// scaling rounds, so x·10ⁿ can land just above or below the exact product. A
    /// downward step is corrected if its value is above `x`, or moved up if the next
    /// step is still not above it (an exact 0.14 is 14.000000000000002 hundredths and
    /// must print 0.14 rounded up, not 0.15); upward alike.
    private static func directed(_ scaled: Double, _ rule: FloatingPointRoundingRule, _ x: Double,
                                 _ value: (Double) -> Double) -> Double {
        var steps = scaled.rounded(rule)
        switch rule {
        case .down:
            if value(steps) > x { steps -= 1 } else if value(steps + 1) <= x { steps += 1 }
        case .up:
            if value(steps) < x { steps += 1 } else if value(steps - 1) >= x { steps -= 1 }
        default:
            break
        }
        return steps
    }

    /// `x` with `decimals` digits after the point, rounded by `rule` (see
    /// `rounded(_:significantDigits:rule:)`), as `String(format: "%.*f")` prints it;
    /// `sign` adds a "+" to non-negative values.
    public static func fixed(_ x: Double, decimals: Int, rule: FloatingPointRoundingRule, sign: Bool = false) -> String {
        let format = sign ? "%+.*f" : "%.*f"
        guard x.isFinite, decimals >= 0, decimals <= 22 else { return String(format: format, decimals, x) }
        let power = exactPowerOfTen(decimals)
        let steps = directed(x * power, rule, x) { $0 / power }
        return String(format: format, decimals, steps / power)
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
