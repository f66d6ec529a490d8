/// Reads "12 mm", "5 kHz", "1.5E-3 s" into SI doubles, and prints SI doubles back
/// with a readable prefix.
///
/// Scenario files accept values with units because a bare "12" is
/// ambiguous between millimetres and metres, and that ambiguity is exactly the kind
/// of silent factor-1000 mistake a simulation must not make. So a dimensional value
/// must carry a unit; only 0 is the same in every unit and may stand alone.
public struct QuantityParser {
    /// The value of `text` in SI units of `dimension`.
    ///
    /// Grammar: optional surrounding whitespace, a decimal number (`[+-]digits[.digits][e[+-]digits]`,
    /// as Swift writes Doubles, no hex, no nan/inf, no leading zero, no `_` or `:`: see
    /// ``PlainDecimal``), optional spaces, then one of the
    /// dimension's unit symbols (case-sensitive). Dimensionless values take no unit
    /// or "%".
    public static func parse(_ text: String, as dimension: PhysicalDimension) throws(QuantityError) -> Double {
        let trimmed = String(text.trimmingWhitespace())
        guard !trimmed.isEmpty else { throw .empty(expected: dimension) }
        let unsigned = trimmed.drop { $0 == "+" || $0 == "-" }.lowercased()
        if unsigned.hasPrefix("nan") || unsigned.hasPrefix("inf")
            || unsigned.hasPrefix(".nan") || unsigned.hasPrefix(".inf") {
            throw .notFinite(text: trimmed)
        }
        if unsigned.hasPrefix("0x") { throw .hexadecimal(text: trimmed) }
        if let advice = PlainDecimal.problem(in: trimmed[...]) { throw .notPlainDecimal(text: trimmed, advice: advice) }

        guard let (numberText, rest) = splitNumber(trimmed[...]), let number = Double(numberText) else {
            throw .notANumber(text: trimmed, expected: dimension)
        }
        guard number.isFinite else { throw .notFinite(text: trimmed) }
        let unitText = String(rest.trimmingWhitespace())

        if unitText.isEmpty {
            if number == 0 { return 0 }
            if dimension == .dimensionless { return number }
            throw .missingUnit(text: String(numberText), value: number, expected: dimension)
        }
        if let unit = dimension.unit(for: unitText) {
            let valueSI = unit.toSI(numberText, number)
            guard valueSI.isFinite else { throw .notFinite(text: trimmed) }
            return valueSI == 0 ? 0 : valueSI
        }
        if let other = PhysicalDimension.allCases.first(where: { $0.unit(for: unitText) != nil }) {
            throw .wrongDimension(text: trimmed, unit: unitText, found: other, expected: dimension)
        }
        let candidates = dimension.acceptedUnits.flatMap { [$0.symbol] + $0.aliases }
        let suggestion = SpellingSuggestion.closest(to: unitText, among: candidates)
        throw .unknownUnit(text: trimmed, unit: unitText, expected: dimension, suggestion: suggestion)
    }

    /// `valueSI` as a short readable string with an SI prefix: 0.012 → "12 mm",
    /// 5000 → "5 kHz", 1.5e-5 → "15 µs". Six significant digits at most, because
    /// this is for help texts and summaries; CSV files use `CSVWriter.format`.
    /// Angles are shown in degrees; the result always parses back with `parse`.
    public static func format(_ valueSI: Double, as dimension: PhysicalDimension) -> String {
        let units = dimension.displayUnits
        guard valueSI.isFinite, valueSI != 0, let smallest = units.first else {
            let number = NumberFormat.shortest(valueSI)
            return dimension == .dimensionless ? number : "\(number) \(dimension.siUnitSymbol)"
        }
        // The largest unit in which the rounded magnitude is still at least 1.
        var chosen = smallest
        for unit in units.reversed() {
            let scaled = NumberFormat.rounded(abs(valueSI) / unit.factorToSI, significantDigits: 6)
            if scaled >= 1 {
                chosen = unit
                break
            }
        }
        let number = NumberFormat.shortest(
            NumberFormat.rounded(valueSI / chosen.factorToSI, significantDigits: 6))
        return chosen.symbol.isEmpty ? number : "\(number) \(chosen.symbol)"
    }

    /// Splits "1.5e-3 ms" into ("1.5e-3", " ms"): the longest prefix that is a decimal
    /// number. An "e" not followed by digits is left to the unit.
    static func splitNumber(_ text: Substring) -> (number: Substring, rest: Substring)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func isDigit(_ i: String.UnicodeScalarView.Index) -> Bool {
            i < scalars.endIndex && ("0"..."9").contains(scalars[i])
        }
        if index < scalars.endIndex, scalars[index] == "+" || scalars[index] == "-" {
            index = scalars.index(after: index)
        }
        var digitCount = 0
        while isDigit(index) {
            index = scalars.index(after: index)
            digitCount += 1
        }
        if index < scalars.endIndex, scalars[index] == "." {
            index = scalars.index(after: index)
            while isDigit(index) {
                index = scalars.index(after: index)
                digitCount += 1
            }
        }
        guard digitCount > 0 else { return nil }
        if index < scalars.endIndex, scalars[index] == "e" || scalars[index] == "E" {
            var exponentIndex = scalars.index(after: index)
            if exponentIndex < scalars.endIndex, scalars[exponentIndex] == "+" || scalars[exponentIndex] == "-" {
                exponentIndex = scalars.index(after: exponentIndex)
            }
            if isDigit(exponentIndex) {
                while isDigit(exponentIndex) { exponentIndex = scalars.index(after: exponentIndex) }
                index = exponentIndex
            }
        }
        return (text[text.startIndex..<index], text[index...])
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> Substring {
        let view = Substring(self)
        let start = view.firstIndex { !$0.isWhitespace } ?? view.endIndex
        let end = view.lastIndex { !$0.isWhitespace }.map { view.index(after: $0) } ?? start
        return start < end ? Substring(view[start..<end]) : Substring()
    }
}
