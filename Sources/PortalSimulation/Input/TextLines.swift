/// How every text input (scenario YAML, MPT-Calculator CSVs, `--points` files) is read:
/// a UTF-8 byte-order mark is dropped and lines end at LF, CRLF or CR.
///
/// Files written on Windows or saved by a spreadsheet carry CRLF and a BOM. Swift's
/// `"\r\n"` is a single Character, so splitting at "\n" alone left such a file one long
/// line, refused with the whole file quoted; a BOM glued to the first header cell.
enum TextLines {
    /// `text` without a leading byte-order mark.
    static func withoutByteOrderMark(_ text: String) -> String {
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        return String(text.unicodeScalars.dropFirst())
    }

    /// The lines of `text` (BOM dropped), without their line ends; a final line end
    /// gives no extra empty line.
    static func lines(of text: String) -> [Substring] {
        var lines = withoutByteOrderMark(text).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
