/// The CSV kinds PortalSim writes that have a picture, and the gnuplot script in
/// `plots/` that draws each.
///
/// A kind is recognised by its header, not its file name: the columns a script reads
/// by position must be there, in order (writers may add columns after them). So a
/// renamed results.csv, or a field map saved under any name, still plots.
public enum PlotKind: String, CaseIterable, Sendable {
    /// results.csv of `portalsim run`: detection by object and location.
    case detection
    /// results.csv of a screening run: the portal stages' alarm rate (own metal
    /// included), drawn by the same script under its own title.
    case portalAlarms
    /// screening.csv: detection per object@location, one bar per configuration.
    case screening
    /// configurations.csv: nuisance rate and throughput per configuration.
    case configurations
    /// comparison.csv: paired differences against the baseline configuration.
    case comparison
    /// sweep.csv: detection rate against the first swept parameter.
    case sweep
    /// roc.csv: detection against nuisance-alarm rate over the sensitivity.
    case roc
    /// bodymap.csv: each body location on a silhouette, coloured by its detection.
    case bodyMap
    /// qualification.csv: the smallest peak/threshold per protocol point and orientation.
    case qualification
    /// trace.csv of `portalsim trace`: one pass, sample by sample.
    case trace
    /// `portalsim field` on a plane.
    case fieldMap
    /// `portalsim signature`: a tensor over frequency.
    case signature

    /// The script's file name in the scripts folder.
    public var script: String {
        switch self {
        case .detection, .portalAlarms: "detection.gp"
        case .screening: "comparison.gp"
        case .configurations: "configurations.gp"
        case .comparison: "difference.gp"
        case .sweep: "sweep.gp"
        case .roc: "roc.gp"
        case .bodyMap: "bodymap.gp"
        case .qualification: "qualification.gp"
        case .trace: "trace.gp"
        case .fieldMap: "field-map.gp"
        case .signature: "signature.gp"
        }
    }

    /// The leading columns the script reads, in order.
    var leadingColumns: [String] {
        switch self {
        case .detection: ["configuration", "object", "location", "trials", "detected", "pd", "pd_low", "pd_high"]
        case .portalAlarms: ["configuration", "object", "location", "trials", "alarmed", "alarm_rate", "alarm_low", "alarm_high"]
        case .screening: ["configuration", "object", "location", "innocent", "trials", "found", "pd", "pd_low", "pd_high",
                          "alarmed", "alarm_rate", "alarm_low", "alarm_high"]
        case .configurations: ["configuration", "stages", "trials", "nuisance_rate", "nuisance_low", "nuisance_high",
                               "secondary_rate", "persons_per_hour", "bottleneck"]
        case .comparison: ["baseline", "configuration", "object", "location", "innocent", "trials", "rate_baseline",
                           "rate_configuration", "difference", "difference_low", "difference_high"]
        case .sweep: ["point"]
        case .roc: ["curve", "sensitivity", "object", "location", "pd", "pd_low", "pd_high", "nuisance", "nuisance_low", "nuisance_high"]
        case .bodyMap: ScreeningTables.bodyMapHeader
        case .qualification: ["point", "orientation", "lateral_m", "height_m", "passes", "alarms", "pd",
                              "min_peak_over_threshold", "passed"]
        case .trace: TraceTable.header
        case .fieldMap: ["x_m", "y_m", "z_m", "zone"]
        case .signature: SignatureTable.header
        }
    }

    /// sweep.csv's columns after its varying parameter columns.
    static let sweepTrailingColumns = ["object", "location", "innocent", "trials", "detections", "rate", "rate_low", "rate_high"]

    /// Whether a header has this kind's columns.
    func matches(header: [String]) -> Bool {
        guard header.starts(with: leadingColumns) else { return false }
        switch self {
        case .sweep:
            // point, at least one parameter, then the fixed columns.
            guard let object = header.firstIndex(of: "object"), object >= 2 else { return false }
            return header[object...].starts(with: Self.sweepTrailingColumns)
        case .fieldMap:
            return header.contains("s_norm_per_m2") || header.contains("h_per_m")
        default:
            return true
        }
    }
}

/// What `portalsim plot` makes of one CSV file.
public enum PlotDecision: Equatable, Sendable {
    /// Draw it with this kind's script.
    case plot(PlotKind)
    /// Leave it, for the reason given: a PortalSim file without a picture of its own,
    /// one the script cannot draw (field samples on a line), or no data rows.
    case skip(String)
}

public enum PlotCatalog {
    /// CSV kinds PortalSim writes that have no picture of their own, by leading columns.
    static let companions: [(columns: [String], reason: String)] = [
        (ResultsTables.alarmsHeader, "the innocent population's alarm rate; no plot of its own"),
        (["configuration", "object", "location", "pass", "female"], "one row per pass; no plot of its own"),
        (["configuration", "stage", "kind", "object", "location", "innocent"], "counts per screening stage; no plot of its own"),
        (["configuration", "stage", "units", "seconds_per_person"], "simulated queues per stage; no plot of its own"),
        (ScreeningTables.siteHeader, "the year at the site; no plot of its own"),
        (ScreeningTables.populationsHeader, "each population's alarms and their mix; no plot of its own"),
        (CoilTable.header, "coil outlines, drawn on the field map they belong to"),
    ]

    /// Decides from a CSV file's text what to draw. Reads the header and, for a field
    /// file, the coordinates of every row (a map needs one of x, y, z constant).
    public static func decide(csv text: String) -> PlotDecision {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first else { return .skip("empty file") }
        let header = CSVLine.fields(first)
        guard let kind = PlotKind.allCases.first(where: { $0.matches(header: header) }) else {
            if let companion = companions.first(where: { header.starts(with: $0.columns) }) { return .skip(companion.reason) }
            return .skip("not a CSV kind portalsim plot knows")
        }
        guard lines.count > 1 else { return .skip("no data rows") }
        if kind == .fieldMap && !isPlane(lines.dropFirst()) {
            return .skip("field samples not on a plane (a line or listed points); field-map.gp maps planes")
        }
        return .plot(kind)
    }

    /// True when one of the first three columns (x, y, z) has a single value.
    static func isPlane(_ rows: ArraySlice<Substring>) -> Bool {
        var first: [Substring]? = nil
        var constant = [true, true, true]
        for row in rows {
            let fields = row.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count >= 3 else { return false }
            guard let reference = first else { first = Array(fields.prefix(3)); continue }
            for axis in 0..<3 where constant[axis] && fields[axis] != reference[axis] { constant[axis] = false }
            if !constant.contains(true) { return false }
        }
        return true
    }

    /// "out/results.csv" → "out/results.png" (the picture's path for an extension).
    public static func picturePath(forCSV path: String, extension ext: String) -> String {
        let stem = path.hasSuffix(".csv") ? String(path.dropLast(4)) : path
        return stem + "." + ext
    }
}

/// Splits one CSV record (RFC 4180: quoted fields may hold commas; "" is a quote).
enum CSVLine {
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        var characters = line.hasSuffix("\r") ? line.dropLast()[...] : line[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { current.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    current.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        fields.append(current)
        return fields
    }
}
