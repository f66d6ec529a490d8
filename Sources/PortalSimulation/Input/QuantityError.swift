/// Why a quantity such as "12 mm" could not be read.
///
/// Each case keeps what is needed to tell the author how to fix the value; the
/// `description` is the sentence shown to them (and inside YAML diagnostics).
public enum QuantityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing but whitespace.
    case empty(expected: PhysicalDimension)
    /// The text does not start with a decimal number.
    case notANumber(text: String, expected: PhysicalDimension)
    /// NaN, infinity, or a number too large for a Double.
    case notFinite(text: String)
    /// "0x1p3" and friends: legal in Swift, but never what a scenario means.
    case hexadecimal(text: String)
    /// A YAML 1.1 spelling of a number (`050`, `1_000`, `1:30`, `0b11`), with how to write it.
    case notPlainDecimal(text: String, advice: String)
    /// A bare number where a unit is needed (anything but 0).
    case missingUnit(text: String, value: Double, expected: PhysicalDimension)
    /// A known unit of another dimension: "5 kHz" for a length.
    case wrongDimension(text: String, unit: String, found: PhysicalDimension, expected: PhysicalDimension)
    /// A unit no dimension knows, with the closest accepted one if any.
    case unknownUnit(text: String, unit: String, expected: PhysicalDimension, suggestion: String?)

    /// The message for the author.
    public var message: String { description }

    public var description: String {
        switch self {
        case let .empty(expected):
            return "expected \(expected.nameWithArticle), got nothing"
                + Self.exampleClause(for: expected)
        case let .notANumber(text, expected):
            return "'\(text)' is not a number" + Self.exampleClause(for: expected)
        case let .notFinite(text):
            return "'\(text)' is not a finite number"
        case let .hexadecimal(text):
            return "'\(text)': hexadecimal numbers are not accepted, write a decimal number"
        case let .notPlainDecimal(_, advice):
            return advice
        case let .missingUnit(text, value, expected):
            return "missing unit: write e.g. " + Self.examples(number: text, value: value, dimension: expected)
        case let .wrongDimension(text, _, found, expected):
            return "'\(text)' is \(found.nameWithArticle), expected \(expected.nameWithArticle)"
                + " (\(expected.acceptedUnitList))"
        case let .unknownUnit(text, unit, expected, suggestion):
            let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            return "unknown unit '\(unit)' in '\(text)'\(hint) (\(expected.nameWithArticle) takes"
                + " \(expected.acceptedUnitList))"
        }
    }

    /// `"12 mm" or "0.012 m"`: the author's own number with a typical unit, and the
    /// same value in SI, so that either reading of a bare number is one edit away.
    private static func examples(number: String, value: Double, dimension: PhysicalDimension) -> String {
        let si = dimension.siUnitSymbol
        guard let typical = dimension.typicalUnit, typical.symbol != si else {
            return "\"\(number) \(si)\""
        }
        let inSI = NumberFormat.rounded(value * typical.factorToSI, significantDigits: 6)
        return "\"\(number) \(typical.symbol)\" or \"\(NumberFormat.shortest(inSI)) \(si)\""
    }

    private static func exampleClause(for dimension: PhysicalDimension) -> String {
        switch dimension {
        case .dimensionless: "; write e.g. \"0.25\" or \"25 %\""
        default: "; write e.g. " + examples(number: "12", value: 12, dimension: dimension)
        }
    }
}
