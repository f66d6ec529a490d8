/// One CSV file of a run folder as the report reads it: its header and rows of text,
/// every row as wide as the header.
///
/// The report reads what the run wrote rather than re-running anything, so that the
/// page a director reads carries exactly the numbers in the folder's files.
public struct ReportTable: Sendable {
    /// The file's name in its folder ("site.csv").
    public let name: String
    public let header: [String]
    public let rows: [[String]]

    /// Parses `text`; a row whose width differs from the header's is reported with
    /// the file and line.
    public init(name: String, path: String, text: String) throws(InputErrors) {
        self.name = name
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else {
            throw InputErrors(InputDiagnostic(file: path, message: "the file is empty: it has no header"))
        }
        header = CSVLine.fields(first)
        var rows: [[String]] = []
        for (i, line) in lines.enumerated().dropFirst() {
            let fields = CSVLine.fields(line)
            guard fields.count == header.count else {
                throw InputErrors(InputDiagnostic(location: SourceLocation(file: path, line: i + 1, column: 1), message:
                    "has \(fields.count) fields where the header has \(header.count): the file was cut short or edited"))
            }
            rows.append(fields)
        }
        self.rows = rows
    }

    /// A row's field by column name ("" when the file has no such column).
    public func value(_ row: [String], _ column: String) -> String {
        header.firstIndex(of: column).map { row[$0] } ?? ""
    }

    /// A row's field as a number (nil when empty, missing or not a number).
    public func number(_ row: [String], _ column: String) -> Double? {
        Double(value(row, column)).flatMap { $0.isFinite ? $0 : nil }
    }

    /// The distinct values of a column, in the order they first appear.
    public func distinct(_ column: String, where keep: ([String]) -> Bool = { _ in true }) -> [String] {
        var seen = Set<String>(), values: [String] = []
        for row in rows where keep(row) {
            let v = value(row, column)
            if seen.insert(v).inserted { values.append(v) }
        }
        return values
    }
}
