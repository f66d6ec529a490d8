import Foundation

/// Small pieces of the report's HTML, written as XHTML (every element closed, every
/// attribute quoted, no named entities) so that an XML parser reads the page as well
/// as a browser does.
enum HTMLFragment {
    static func text(_ s: String) -> String { XMLText.escaped(s) }
    static func attribute(_ s: String) -> String { XMLText.attribute(s) }

    /// `<tag class="…">content</tag>`, the content already HTML.
    static func element(_ tag: String, _ content: String, class name: String? = nil, id: String? = nil) -> String {
        var open = "<" + tag
        if let id { open += " id=\"" + attribute(id) + "\"" }
        if let name { open += " class=\"" + attribute(name) + "\"" }
        return open + ">" + content + "</" + tag + ">"
    }

    /// A coordinate or length in SVG: one decimal, ASCII minus, no separators.
    static func svgNumber(_ v: Double) -> String { String(format: "%.1f", v) }

    static func paragraph(_ s: String, class name: String? = nil) -> String { element("p", text(s), class: name) }

    /// A table with a caption; cells are plain text. `numeric` columns are set right.
    static func table(id: String, caption: String, header: [String], rows: [[String]], numeric: Set<Int> = []) -> String {
        var html = "<table id=\"" + attribute(id) + "\"><caption>" + text(caption) + "</caption><thead><tr>"
        html += header.map { "<th>" + text($0) + "</th>" }.joined()
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>" + row.enumerated().map { i, cell in
                (numeric.contains(i) ? "<td class=\"n\">" : "<td>") + text(cell) + "</td>"
            }.joined() + "</tr>"
        }
        return html + "</tbody></table>"
    }

    /// A bulleted list of plain-text items.
    static func list(_ items: [String]) -> String {
        "<ul>" + items.map { "<li>" + text($0) + "</li>" }.joined() + "</ul>"
    }
}
