/// One cell of a CSV table: text, an integer, or a Double.
///
/// Keeping numbers as numbers until the file is written lets the writer format them
/// one reproducible way and refuse NaN and infinities, which spreadsheets and
/// plotting tools each read differently.
public enum CSVField: Hashable, Sendable {
    case text(String)
    case integer(Int)
    case number(Double)
    /// An empty cell: a value that does not apply to this row.
    case empty
}

extension CSVField: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
}
