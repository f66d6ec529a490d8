/// Columns of text aligned for a terminal: text columns left-aligned, numeric ones
/// right-aligned, two spaces between columns.
///
/// Widths count characters (grapheme clusters), which matches what a terminal shows
/// for the ASCII and Latin names scenarios use.
struct TextTable {
    enum Alignment { case left, right }

    let header: [String]
    let alignments: [Alignment]
    private(set) var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        header = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "TextTable: \(row.count) cells for \(header.count) columns")
        rows.append(row)
    }

    /// Header and rows, each line ending in "\n" and without trailing spaces.
    var text: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        var text = ""
        for row in all {
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                cells.append(alignments[column] == .left ? cell + padding : padding + cell)
            }
            var line = cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            text += line + "\n"
        }
        return text
    }
}
