extension ReportChapter {
    /// bodymap.csv: one body map per device and configuration — where the portal and
    /// the searches after it are blind.
    func bodyMaps() -> String? {
        guard let t = folder["bodymap.csv"], !t.rows.isEmpty else { return nil }
        var figures = ""
        for object in t.distinct("object") {
            for configuration in t.distinct("configuration") {
                let rows = t.rows.filter { t.value($0, "object") == object && t.value($0, "configuration") == configuration }
                guard !rows.isEmpty else { continue }
                let spots = rows.compactMap { r -> SVGBodyMap.Spot? in
                    guard let x = t.number(r, "x_m"), let y = t.number(r, "y_m"), let z = t.number(r, "z_m") else { return nil }
                    return SVGBodyMap.Spot(location: t.value(r, "location"), xM: x, yM: y, zM: z, pd: t.number(r, "pd"))
                }
                figures += "<figure>" + SVGBodyMap(title: "\(object) through “\(configuration)”", spots: spots).svg() + "</figure>"
            }
        }
        return section("bodymap", "Where the portal is blind",
                       reading: "Each dot is a place on the body where the device was hidden, coloured by how often it was found: "
                       + "red almost never, amber half the time, green almost always. A place on either side is drawn on the "
                       + "walker’s right (the viewer’s left in the front view).",
                       "<div class=\"maps\">" + figures + "</div>")
    }
}
