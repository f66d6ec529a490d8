extension ReportChapter {
    /// Detection per device and body location, per configuration: a table of rates
    /// with their ranges, and the same as a bar chart.
    func detection() -> String? {
        let all = detections
        guard !all.isEmpty else { return nil }
        let configurations = configurationNames
        let cases = all.map { "\($0.object) @ \($0.location)" }.uniqued()
        var byKey: [String: Detection] = [:]
        for d in all { byKey["\(d.configuration)\u{1F}\(d.object) @ \(d.location)"] = d }
        func cell(_ d: Detection?) -> String {
            guard let d, let pd = d.pd else { return ReportFormat.missing }
            guard let low = d.low, let high = d.high else { return ReportFormat.percent(pd) }
            return ReportFormat.percent(pd) + "\n" + ReportFormat.bare(low) + "–" + ReportFormat.bare(high)
        }
        var tables = ""
        for object in all.map(\.object).uniqued() {
            let rows = all.filter { $0.object == object }.map(\.location).uniqued().map { location in
                [location] + configurations.map { k in cell(byKey["\(k)\u{1F}\(object) @ \(location)"]) }
            }
            tables += HTMLFragment.table(id: "detection-\(number)-\(Self.identifier(object))", caption: "\(object): probability of detection",
                                         header: ["body location"] + configurations, rows: rows,
                                         numeric: Set(1...Swift.max(1, configurations.count)))
        }
        let chart = SVGBarChart(labels: cases, series: configurations, bars: cases.map { c in
            configurations.map { k in
                let d = byKey["\(k)\u{1F}\(c)"]
                return SVGBarChart.Bar(value: d?.pd, low: d?.low, high: d?.high)
            }
        }, axisTitle: "probability of detection (95 % range)")
        let trials = all.map(\.trials).min() ?? 0
        let pipeline = folder["screening.csv"] != nil
        return section("detection", "Detection per device and body location",
                       reading: (pipeline ? "How often the whole screening (portal and the searches after it) finds the device, "
                                 : "How often the portal alarms on a person carrying the device, ")
                       + "for each place on the body it was hidden; under it the range that holds the true rate with 95 % "
                       + "confidence, from \(ReportFormat.grouped(trials)) or more simulated people per case.",
                       tables + "<figure>" + chart.svg() + "<figcaption>Bars: probability of detection; black lines: 95 % range.</figcaption></figure>")
    }

    /// comparison.csv: each change against the first configuration on the same people,
    /// in percentage points, with the paired range and the exact test's p-value.
    func paired() -> String? {
        guard let t = folder["comparison.csv"] else { return nil }
        let rows = t.rows.map { r -> [String] in
            let what = t.value(r, "innocent") == "1" ? "\(t.value(r, "object")): nuisance alarms" : "\(t.value(r, "object")) @ \(t.value(r, "location"))"
            return [t.value(r, "configuration"), what, Self.points(t.number(r, "difference")),
                    Self.points(t.number(r, "difference_low")) + " to " + Self.points(t.number(r, "difference_high")),
                    ReportFormat.count(t.number(r, "configuration_only")) + " / " + ReportFormat.count(t.number(r, "baseline_only")),
                    ReportFormat.pValue(t.number(r, "mcnemar_p"))]
        }
        let baseline = t.rows.first.map { t.value($0, "baseline") } ?? ""
        return section("paired", "Each change against “\(baseline)”, on the same people",
                       reading: "Every configuration met the same simulated people, so a change can be judged person by person: "
                       + "the difference in detection in percentage points with its 95 % range, the people only the change found "
                       + "against those only “\(baseline)” found, and the chance (p) of a difference this large if the change did nothing.",
                       HTMLFragment.table(id: "paired-\(number)", caption: "Paired differences against “\(baseline)”",
                                          header: ["configuration", "case", "difference", "95 % range", "found only by it / only by baseline", "p"],
                                          rows: rows, numeric: [2, 3, 4, 5]))
    }

    /// A difference of rates in percentage points: 0.365 → "+36.5 pp".
    static func points(_ x: Double?) -> String {
        guard let x else { return ReportFormat.missing }
        let text = ReportFormat.fixed(x, decimals: 1, shift: 2)
        return (x > 0 ? "+" : "") + text + " pp"
    }
}
