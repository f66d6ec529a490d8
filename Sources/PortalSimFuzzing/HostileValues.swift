/// The values a mutation puts where a scalar was: the edges a decoder must refuse or
/// survive. Each is written verbatim into the YAML, so `050` stays the text `050`.
public enum HostileValues {
    /// Replacements for any scalar.
    public static let scalars: [String] = [
        "0", "-1", "-0", "1", "1e308", "-1e308", "1e-308", "4.9e-324", "1e999", "1e30", "1e-30",
        ".nan", ".NaN", ".inf", "-.inf", "nan", "inf",
        "050", "08", "0x14", "0o17", "0b110010", "1_000", "1:30", "+12",
        "''", "\"\"", "~", "null", "true", "no",
        "99999999999999999999", "9223372036854775807", "-9223372036854775808", "2147483648",
        "abc", "\"12\"", "1e308 m", "-1 m", "1e-300 m", ".nan cm", "inf Hz", "5 parsecs", "12 cm cm",
        "[1, 2]", "{a: 1}", "[]", "{}",
    ]

    /// Numbers to put in front of a scalar's unit: `22 cm` → `1e308 cm`.
    public static let numbersBeforeAUnit: [String] = [
        "0", "-1", "-22", "1e308", "1e-300", "1e30", "1e-30", ".nan", "nan", "inf", "-inf", "050", "0x14", "1e999",
    ]

    /// Units to put after a scalar's number: right dimension or wrong.
    public static let units: [String] = [
        "kHz", "Hz", "s", "us", "m", "mm", "cm", "T", "nT", "MS/m", "uV", "V", "%", "deg", "m/s", "parsecs", "",
    ]

    /// "22 cm" → ("22", "cm"), "40 %" → ("40", "%"); nil for a scalar without a number
    /// followed by a unit.
    public static func numberAndUnit(_ text: String) -> (number: String, unit: String)? {
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, Double(parts[0]) != nil, let first = parts[1].first, !first.isNumber else { return nil }
        return (String(parts[0]), String(parts[1]))
    }
}
