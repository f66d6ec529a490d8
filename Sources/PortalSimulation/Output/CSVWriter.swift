/// A problem with a CSV row, found when the row is added.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// NaN or an infinity: the simulation produced no meaningful value here.
    case nonFiniteNumber(column: String, row: Int, value: Double)
    /// A row with a different number of fields than the header.
    case wrongFieldCount(row: Int, expected: Int, got: Int)

    public var description: String {
        switch self {
        case let .nonFiniteNumber(column, row, value):
            "CSV column '\(column)', row \(row): refusing to write the non-finite number \(value)"
        case let .wrongFieldCount(row, expected, got):
            "CSV row \(row): \(got) fields, but the header has \(expected) columns"
        }
    }
}

/// A header and rows of fields, rendered as RFC 4180 CSV.
///
/// Every output of the simulation is such a table. Rows are checked
/// as they are added, so a bad value is reported with its column and row number
/// (data rows count from 1, the header not included) instead of turning up later
/// in a plot.
public struct CSVTable: Sendable {
    public let header: [String]
    public private(set) var rows: [[CSVField]] = []

    public init(header: [String]) {
        self.header = header
    }

    /// Adds a row; it must have one field per column and only finite numbers.
    public mutating func append(_ row: [CSVField]) throws(CSVError) {
        let rowNumber = rows.count + 1
        guard row.count == header.count else {
            throw .wrongFieldCount(row: rowNumber, expected: header.count, got: row.count)
        }
        for (column, field) in zip(header, row) {
            if case let .number(value) = field, !value.isFinite {
                throw .nonFiniteNumber(column: column, row: rowNumber, value: value)
            }
        }
        rows.append(row)
    }

    /// The whole file: header, then rows, each line ending in "\n".
    public var text: String {
        var text = CSVWriter.line(header.map(CSVField.text))
        for row in rows {
            text += CSVWriter.line(row)
        }
        return text
    }

    /// Writes the table to `path` atomically.
    public func write(to path: String) throws(FileWriteError) {
        try AtomicFile.write(text, to: path)
    }
}

/// The formatting rules of PortalSim's CSV files, kept in one place so that every
/// file is byte-identical from run to run.
public enum CSVWriter {
    /// The shortest text that reads back as exactly `x`, normalised ("5", "0",
    /// "1e-5"); see `NumberFormat.shortest`. Callers must not pass NaN or
    /// infinities (`CSVTable.append` refuses them).
    public static func format(_ x: Double) -> String {
        NumberFormat.shortest(x)
    }

    /// `field` quoted if it contains a comma, a double quote, CR or LF, with inner
    /// quotes doubled (RFC 4180 §2).
    public static func escape(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    /// One record, comma-separated, ending in "\n".
    static func line(_ fields: [CSVField]) -> String {
        fields.map(render).joined(separator: ",") + "\n"
    }

    private static func render(_ field: CSVField) -> String {
        switch field {
        case let .text(text): escape(text)
        case let .integer(value): String(value)
        case let .number(value): format(value)
        case .empty: ""
        }
    }
}

private extension String {
    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
