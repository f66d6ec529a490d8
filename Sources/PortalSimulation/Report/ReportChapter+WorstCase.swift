extension ReportChapter {
    /// worstcase.csv (from `portalsim worst-case`): per device and configuration the
    /// placement a smuggler would choose, its confirmed detection against the average,
    /// and the configurations ranked both ways.
    func worstCase() -> String? {
        guard let t = folder["worstcase.csv"], !t.rows.isEmpty else { return nil }
        let rows = t.rows.map { r in
            [t.value(r, "object"), t.value(r, "configuration"), t.value(r, "location"),
             "yaw \(t.value(r, "yaw_deg"))°, pitch \(t.value(r, "pitch_deg"))°, roll \(t.value(r, "roll_deg"))°",
             Self.offCentre(t.number(r, "lateral_offset_m")),
             ReportFormat.amount(t.number(r, "speed_m_per_s")) + " m/s",
             ReportFormat.rate(t.number(r, "pd"), low: t.number(r, "pd_low"), high: t.number(r, "pd_high")),
             ReportFormat.rate(t.number(r, "average_pd"), low: t.number(r, "average_pd_low"), high: t.number(r, "average_pd_high")),
             t.value(r, "rank_worst"), t.value(r, "rank_average")]
        }
        return section("worstcase", "What a smuggler would choose",
                       reading: "The averages above assume people carry things where they happen to. A smuggler chooses the place, "
                       + "the way the device is turned, the path through the portal and the pace where detection is lowest. "
                       + "This is that choice, found by a search and confirmed on fresh simulated people, against the average; "
                       + "rank 1 is the configuration that stops the device best; equal rates share a rank.",
                       HTMLFragment.table(id: "worstcase-\(number)", caption: "The worst case per device and configuration",
                                          header: ["device", "configuration", "body location", "turned", "off centre", "walking",
                                                   "found in the worst case", "found on average", "rank, worst case", "rank, average"],
                                          rows: rows, numeric: [4, 5, 6, 7, 8, 9]))
    }

    /// The walker's line through the aperture: "4.5 cm right", "12.0 cm left", "centre".
    static func offCentre(_ metres: Double?) -> String {
        guard let metres else { return ReportFormat.missing }
        if metres == 0 { return "centre" }
        return ReportFormat.fixed(abs(metres), decimals: 1, shift: 2) + " cm " + (metres > 0 ? "right" : "left")
    }
}
