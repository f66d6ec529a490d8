/// `report.html`: one self-contained page a prison director can read and print — the
/// question, the configurations side by side, detection per device and body location
/// with its range, where on the body the portal is blind, what a smuggler would
/// choose, nuisance alarms, throughput and queues, the year and its budget, the
/// assumptions that carry the answer, and where every number came from.
///
/// Built from finished run folders (`ReportFolder`) only: every figure on the page is
/// one of the folder's files, formatted (`ReportFormat`), never recomputed. Pictures are
/// inline SVG; there is no script and no external resource, so the file can be mailed
/// and opened anywhere. The page is XHTML: an XML parser reads it (the tests do).
public struct HTMLReport: Sendable {
    public let folders: [ReportFolder]
    public let title: String
    /// The tool's version, for the footer.
    public let toolVersion: String

    public init(folders: [ReportFolder], title: String? = nil, toolVersion: String) {
        self.folders = folders
        self.title = title ?? "Screening report: " + folders.map { ReportChapter.name(of: $0) }.joined(separator: ", ")
        self.toolVersion = toolVersion
    }

    /// The whole page.
    public func html() -> String {
        var body = HTMLFragment.element("h1", HTMLFragment.text(title))
        body += HTMLFragment.paragraph("Made by PortalSim \(toolVersion) from \(folders.count == 1 ? "one run folder" : "\(folders.count) run folders"): "
                                       + folders.map(\.path).joined(separator: ", ")
                                       + ". Every figure below is read from the folders' files (a cost per extra phone is the ratio of two of them); "
                                       + "ranges are 95 % intervals.", class: "sub")
        if folders.count > 1 {
            body += "<nav><ol>" + folders.enumerated().map { i, f in
                "<li><a href=\"#chapter-\(i + 1)\">" + HTMLFragment.text(ReportChapter.name(of: f)) + "</a></li>"
            }.joined() + "</ol></nav>"
        }
        for (i, folder) in folders.enumerated() {
            body += ReportChapter(folder: folder, number: i + 1, numbered: folders.count > 1).html()
        }
        body += HTMLFragment.element("footer", HTMLFragment.text("PortalSim \(toolVersion). A model's estimate, not a measurement: "
            + "read it with the assumptions of each chapter."))
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + HTMLFragment.text(title)
            + "</title><style>" + Self.style + "</style></head><body>" + body + "</body></html>\n"
    }

    /// Screen and print styles: readable tables, pictures that fit the page, no
    /// section split across printed pages where it can be helped.
    static let style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;color:#1d1d1f;max-width:1100px;margin:2em auto;padding:0 1.2em;line-height:1.45}\
        h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:2px solid #34495e;padding-bottom:.2em;margin-top:2.2em}\
        h3{margin-top:1.6em;color:#34495e}.sub{color:#555}.answer{background:#eef4fa;border-left:5px solid #2c6fad;padding:.6em 1em}\
        .answer li{margin:.3em 0}table{border-collapse:collapse;margin:.8em 0 1.2em;font-size:.85em;display:block;overflow-x:auto;max-width:100%}\
        caption{text-align:left;font-weight:bold;padding:.3em 0;color:#34495e}th,td{border:1px solid #c8ced6;padding:.25em .55em;vertical-align:top}\
        th{background:#eef1f5;text-align:left}td.n{text-align:right;white-space:pre;font-variant-numeric:tabular-nums}\
        .note{color:#555;font-size:.9em}svg{max-width:100%;height:auto}figure{margin:1em 0}figcaption{color:#555;font-size:.9em}\
        .maps{display:flex;flex-wrap:wrap;gap:1em}.maps figure{margin:0}details{margin:.6em 0}pre{background:#f6f8fa;padding:.8em;overflow:auto;font-size:.8em}\
        footer{margin-top:3em;color:#777;font-size:.85em;border-top:1px solid #ccc;padding-top:.6em}\
        @media print{body{margin:0;max-width:none}section{break-inside:avoid-page}h2{break-before:page}nav{display:none}}
        """
}
