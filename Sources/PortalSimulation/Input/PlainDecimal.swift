/// The one form numbers take in scenario files: plain decimal, as YAML 1.2's core schema
/// and every CSV reader agree on.
///
/// YAML 1.1 (Yams, PyYAML) reads `050` as octal 40, `1:30` as base-60 90, and accepts
/// `0x14`, `0b110010` and `1_000`; YAML 1.2 reads `050` as 50. A file whose numbers
/// depend on which reader opens it is a silent wrong answer, so every form but
/// `[-+]digits[.digits][e[-+]digits]` without a leading zero is refused, with the
/// spelling to use instead.
enum PlainDecimal {
    /// Nil when `text` (a number, perhaps followed by a unit) starts with a plain decimal
    /// number; otherwise the sentence telling the author how to write it.
    static func problem(in text: Substring) -> String? {
        let trimmed = text.trimmingWhitespace()
        let token = trimmed.prefix { !$0.isWhitespace }
        let sign = token.prefix { $0 == "+" || $0 == "-" }
        let unsigned = token.dropFirst(sign.count)
        guard let first = unsigned.first, first.isASCII, first.isNumber || first == "." else { return nil }
        let body = unsigned.prefix { $0.isASCII && ($0.isHexDigit || "._:xXoObB".contains($0)) }
        let lowered = body.lowercased()
        if lowered.hasPrefix("0x") { return "'\(token)' is hexadecimal; write numbers in decimal" }
        if lowered.hasPrefix("0b") { return "'\(token)' is binary; write numbers in decimal" }
        if lowered.hasPrefix("0o") { return "'\(token)' is octal; write numbers in decimal" }
        if body.contains(":") {
            return "'\(token)' is a base-60 number to YAML 1.1 readers (1:30 is 90); write the plain decimal number"
        }
        if body.contains("_") {
            let joined = String(token.filter { $0 != "_" })
            return "write \(joined), not \(token): digit separators are not accepted"
        }
        let integerDigits = unsigned.prefix { $0.isASCII && $0.isNumber }
        if integerDigits.count > 1, integerDigits.first == "0" {
            let stripped = integerDigits.drop { $0 == "0" }
            let fixed = String(sign) + (stripped.isEmpty ? "0" : String(stripped)) + String(unsigned.dropFirst(integerDigits.count))
            let fixedToken = fixed.prefix { !$0.isWhitespace }
            return "write \(fixedToken), not \(token): a leading zero makes a number octal to YAML 1.1 readers (050 is 40)"
        }
        return nil
    }
}
