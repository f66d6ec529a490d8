import Foundation

/// How one run of `portalsim` ended, as the fuzzer saw it.
public struct RunOutcome: Sendable {
    public enum Ending: Hashable, Sendable {
        case exited(Int32)
        case signalled(Int32)
        /// Killed by the fuzzer after the per-run timeout.
        case timedOut(seconds: Double)

        /// "exit 2", "signal 11", "timeout": what the summary counts.
        public var label: String {
            switch self {
            case .exited(let status): "exit \(status)"
            case .signalled(let signal): "signal \(signal)"
            case .timedOut: "timeout"
            }
        }
    }

    public var ending: Ending
    public var stderr: String
    /// Every CSV the run wrote: its path relative to the output folder, and its text.
    public var tables: [(name: String, text: String)]

    public init(ending: Ending, stderr: String, tables: [(name: String, text: String)] = []) {
        self.ending = ending
        self.stderr = stderr
        self.tables = tables
    }
}

/// What is wrong with a run. Exit 0, 1 or 2 with tables of finite numbers is fine:
/// refusing a hostile file (2) is the point, and a failed check (1) is an answer.
public enum Finding: Hashable, Sendable, CustomStringConvertible {
    /// Killed by a signal (a Swift trap is SIGILL or SIGTRAP), or an exit status the
    /// README does not promise.
    case crash(String)
    /// Still running at the timeout.
    case hang(seconds: Double)
    /// A cell `nan` or `inf` in a CSV: table, 1-based row (the header is row 1), column.
    case nonFinite(table: String, row: Int, column: String, cell: String)
    /// Exit 2 without naming the file that was refused.
    case unnamedInputError(String)

    /// The class, for the summary: crash, hang, nan, message.
    public var category: String {
        switch self {
        case .crash: "crash"
        case .hang: "hang"
        case .nonFinite: "nan"
        case .unnamedInputError: "message"
        }
    }

    public var description: String {
        switch self {
        case .crash(let what): "crash: \(what)"
        case .hang(let seconds): "hang: still running after \(seconds) s"
        case let .nonFinite(table, row, column, cell): "nan: \(table) row \(row) column \(column) is '\(cell)'"
        case .unnamedInputError(let line): "message: exit 2 without naming the file: \(line)"
        }
    }
}

public enum FuzzClassifier {
    /// What is wrong with `outcome` of a run on the file at `file` (the path passed on the
    /// command line); empty when nothing is. At most one non-finite cell per table is
    /// reported: one shows the defect, a thousand only bury the others.
    public static func findings(_ outcome: RunOutcome, file: String) -> [Finding] {
        var findings: [Finding] = []
        switch outcome.ending {
        case .timedOut(let seconds):
            findings.append(.hang(seconds: seconds))
        case .signalled(let signal):
            findings.append(.crash("signal \(signal)\(signalName(signal).map { " (\($0))" } ?? "")" + lastLine(outcome.stderr)))
        case .exited(let status) where ![0, 1, 2].contains(status):
            findings.append(.crash("exit status \(status)" + lastLine(outcome.stderr)))
        case .exited(2):
            let base = file.split(separator: "/").last.map(String.init) ?? file
            if !outcome.stderr.contains(base) {
                findings.append(.unnamedInputError(firstLine(outcome.stderr)))
            }
        case .exited:
            break
        }
        for table in outcome.tables {
            if let cell = firstNonFiniteCell(table.text) {
                findings.append(.nonFinite(table: table.name, row: cell.row, column: cell.column, cell: cell.text))
            }
        }
        return findings
    }

    /// Whether a CSV cell is a non-finite number as Swift, C or Python would print it.
    public static func isNonFinite(_ cell: String) -> Bool {
        var text = Substring(cell)
        if text.first == "\"" && text.last == "\"" && text.count >= 2 { text = text.dropFirst().dropLast() }
        if text.first == "+" || text.first == "-" { text = text.dropFirst() }
        return ["nan", "inf", "infinity"].contains(text.lowercased())
    }

    /// The first non-finite cell of a CSV text: its row (1-based, header included), its
    /// column's header and the cell. Quoted cells are split correctly.
    public static func firstNonFiniteCell(_ csv: String) -> (row: Int, column: String, text: String)? {
        let rows = parseCSV(csv)
        guard let header = rows.first else { return nil }
        for (r, row) in rows.enumerated().dropFirst() {
            for (c, cell) in row.enumerated() where isNonFinite(cell) {
                return (r + 1, c < header.count ? header[c] : "#\(c + 1)", cell)
            }
        }
        return nil
    }

    /// Rows of cells, RFC 4180 quoting (a quote inside a quoted cell is doubled).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = ""
        var quoted = false, wasQuoted = false
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let ch = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if ch == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(ch)
                }
                continue
            }
            switch ch {
            case "\"" where cell.isEmpty && !wasQuoted: quoted = true; wasQuoted = true
            case ",": row.append(cell); cell = ""; wasQuoted = false
            case "\n", "\r\n":
                row.append(cell); rows.append(row); row = []; cell = ""; wasQuoted = false
            case "\r": break
            default: cell.append(ch)
            }
        }
        if !cell.isEmpty || !row.isEmpty || wasQuoted { row.append(cell); rows.append(row) }
        return rows
    }

    static func signalName(_ signal: Int32) -> String? {
        [4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 11: "SIGSEGV", 15: "SIGTERM"][signal]
    }

    private static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n").first ?? "")
    }

    private static func lastLine(_ text: String) -> String {
        let lines = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return lines.last.map { ": " + String($0.prefix(300)) } ?? ""
    }
}
