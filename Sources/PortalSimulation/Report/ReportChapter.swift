/// The part of the report one run folder makes: its question and short answer, then a
/// section for each kind of file the folder holds, then its assumptions and provenance.
/// A section whose file the folder does not hold is left out, never shown empty.
struct ReportChapter {
    let folder: ReportFolder
    let number: Int
    /// Whether the report has several chapters (their headings are numbered).
    let numbered: Bool

    /// The scenario's name: its file name without folder and extension.
    static func name(of folder: ReportFolder) -> String {
        let file = folder.record.scenarioPath.split(separator: "/").last.map(String.init) ?? folder.record.scenarioPath
        return file.hasSuffix(".yaml") ? String(file.dropLast(5)) : file.hasSuffix(".yml") ? String(file.dropLast(4)) : file
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

    var detections: [Detection] {
        if let t = folder["screening.csv"] {
            return t.rows.filter { t.value($0, "innocent") == "0" }.map { r in
                Detection(configuration: t.value(r, "configuration"), object: t.value(r, "object"), location: t.value(r, "location"),
                          trials: Int(t.value(r, "trials")) ?? 0, pd: t.number(r, "pd"), low: t.number(r, "pd_low"), high: t.number(r, "pd_high"))
            }
        }
        guard let t = folder["results.csv"] else { return [] }
        return t.rows.map { r in
            Detection(configuration: t.value(r, "configuration"), object: t.value(r, "object"), location: t.value(r, "location"),
                      trials: Int(t.value(r, "trials")) ?? 0, pd: t.number(r, "pd"), low: t.number(r, "pd_low"), high: t.number(r, "pd_high"))
        }
    }

    /// Each device's detection averaged over its locations (each location counted once,
    /// as the run's attempts are spread), per configuration.
    func averageDetection(object: String, configuration: String) -> Double? {
        let values = detections.filter { $0.object == object && $0.configuration == configuration }.compactMap(\.pd)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
