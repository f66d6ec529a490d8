/// Writing a tree back as YAML, in block style. Block style because every plain scalar
/// a flow collection can hold is also a valid plain scalar in a block, and not the
/// other way round (a block scalar may hold `,` or `[`).
extension YAMLTree {
    public var text: String {
        var out = ""
        switch self {
        case .mapping(let entries) where !entries.isEmpty:
            Self.writeEntries(entries, indent: 0, into: &out)
        case .sequence(let items) where !items.isEmpty:
            Self.writeItems(items, indent: 0, into: &out)
        default:
            out = inline + "\n"
        }
        return out
    }

    /// The value as it stands on one line after `key: ` or `- `; nil for a non-empty
    /// collection, which goes on the lines below.
    private var inlineIfSimple: String? {
        switch self {
        case .scalar(let string, let quoted):
            return quoted || !Self.isSafePlain(string) ? Self.doubleQuoted(string) : string
        case .raw(let text):
            return text
        case .mapping(let entries):
            return entries.isEmpty ? "{}" : nil
        case .sequence(let items):
            return items.isEmpty ? "[]" : nil
        }
    }

    private var inline: String { inlineIfSimple ?? "{}" }

    private static func writeEntries(_ entries: [Entry], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for entry in entries {
            let key = isSafePlain(entry.key) ? entry.key : doubleQuoted(entry.key)
            if let simple = entry.value.inlineIfSimple {
                out += "\(pad)\(key): \(simple)\n"
            } else {
                out += "\(pad)\(key):\n"
                entry.value.writeBlock(indent: indent + 2, into: &out)
            }
        }
    }

    private static func writeItems(_ items: [YAMLTree], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            if let simple = item.inlineIfSimple {
                out += "\(pad)- \(simple)\n"
            } else {
                out += "\(pad)-\n"
                item.writeBlock(indent: indent + 2, into: &out)
            }
        }
    }

    private func writeBlock(indent: Int, into out: inout String) {
        switch self {
        case .mapping(let entries): Self.writeEntries(entries, indent: indent, into: &out)
        case .sequence(let items): Self.writeItems(items, indent: indent, into: &out)
        default: out += String(repeating: " ", count: indent) + inline + "\n"
        }
    }

    /// Whether `string` reads back as itself when written plain in a block: not empty,
    /// no surrounding space, no indicator first, no `: ` or ` #` inside, one line.
    static func isSafePlain(_ string: String) -> Bool {
        guard let first = string.first, let last = string.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if first == "-" && (string.count == 1 || string.dropFirst().first == " ") { return false }
        if string.contains(": ") || string.contains(" #") || string.contains(where: \.isNewline) || string.contains("\t") {
            return false
        }
        return true
    }

    static func doubleQuoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
