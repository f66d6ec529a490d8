/// The part of the report one run folder makes: its question and short answer, then a
/// section for each kind of file the folder holds, then its assumptions and provenance.
/// A section whose file the folder does not hold is left out, never shown empty.
struct ReportChapter {
    let folder: ReportFolder
    let number: Int
    /// Whether the report has several chapters (their headings are numbered).
    let numbered: Bool
    /// The folder's detection rows (see `Detection`), read once for every section.
    let detections: [Detection]

    init(folder: ReportFolder, number: Int, numbered: Bool) {
        self.folder = folder
        self.number = number
        self.numbered = numbered
        detections = Self.detections(in: folder)
    }

    /// The scenario's name: its file name without folder and extension.
    /// A worst-case folder (worstcase.csv and no detection table) is named as such, so
    /// that it reads apart from the same scenario's comparison.
    static func name(of folder: ReportFolder) -> String {
        let file = folder.record.scenarioPath.split(separator: "/").last.map(String.init) ?? folder.record.scenarioPath
        let stem = file.hasSuffix(".yaml") ? String(file.dropLast(5)) : file.hasSuffix(".yml") ? String(file.dropLast(4)) : file
        let worstCaseOnly = folder["worstcase.csv"] != nil && folder["screening.csv"] == nil && folder["results.csv"] == nil
        return worstCaseOnly ? stem + ": the smuggler’s choice" : stem
    }

    func html() -> String {
        let heading = (numbered ? "\(number). " : "") + Self.name(of: folder)
        var html = "<section id=\"chapter-\(number)\">" + HTMLFragment.element("h2", HTMLFragment.text(heading))
        let sections: [String?] = [question(), configurations(), year(), detection(), bodyMaps(), worstCase(), queues(),
                                   populations(), paired(), assumptions(), provenance()]
        html += sections.compactMap { $0 }.joined()
        return html + "</section>"
    }

    /// A section: a heading, a sentence on how to read it, then its content.
    func section(_ id: String, _ title: String, reading: String, _ content: String) -> String {
        "<section id=\"\(id)-\(number)\">" + HTMLFragment.element("h3", HTMLFragment.text(title))
            + HTMLFragment.paragraph(reading, class: "note") + content + "</section>"
    }

    /// The configurations in file order: screening.csv's, else results.csv's.
    var configurationNames: [String] {
        (folder["screening.csv"] ?? folder["results.csv"])?.distinct("configuration") ?? []
    }

    /// Detection of each device at each location, per configuration: the whole
    /// pipeline's (screening.csv) or a plain portal's alarms (results.csv).
    struct Detection {
        let configuration, object, location: String
        let trials: Int
        let pd, low, high: Double?
    }

    static func detections(in folder: ReportFolder) -> [Detection] {
        guard let t = folder["screening.csv"] ?? folder["results.csv"] else { return [] }
        let threats = t.header.contains("innocent") ? t.rows.filter { t.value($0, "innocent") == "0" } : t.rows
        return threats.map { r in
            Detection(configuration: t.value(r, "configuration"), object: t.value(r, "object"), location: t.value(r, "location"),
                      trials: Int(t.value(r, "trials")) ?? 0, pd: t.number(r, "pd"), low: t.number(r, "pd_low"), high: t.number(r, "pd_high"))
        }
    }

    /// An HTML id made from a name from a scenario file: letters, digits and '-' only.
    static func identifier(_ name: String) -> String {
        String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }

    /// Each device's detection averaged over its locations (each location counted once,
    /// as the run's attempts are spread), per configuration.
    func averageDetection(object: String, configuration: String) -> Double? {
        let values = detections.filter { $0.object == object && $0.configuration == configuration }.compactMap(\.pd)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
