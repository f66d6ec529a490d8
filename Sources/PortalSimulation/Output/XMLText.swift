/// Text made safe for XML 1.0, for reports other tools parse (JUnit).
///
/// Names in a report come from scenario files, which may hold any text: `&`, `<` and
/// quotes must become entities, and characters XML 1.0 forbids outright (control
/// characters other than tab and line breaks, U+FFFE, U+FFFF) cannot be written at
/// all, even as references, so they become U+FFFD rather than a file the CI server
/// refuses.
public enum XMLText {
    /// `text` for use between tags.
    public static func escaped(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` for use inside a double-quoted attribute value. Tabs and line breaks
    /// are written as character references, since a parser turns literal ones in an
    /// attribute into spaces.
    public static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += inAttribute ? "&quot;" : "\""
            case "'": out += inAttribute ? "&apos;" : "'"
            case "\t", "\n", "\r":
                out += inAttribute ? "&#\(scalar.value);" : String(scalar)
            default:
                let allowed = scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
