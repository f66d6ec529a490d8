/// `qualification.csv`: one row per (point, orientation) case, in case order.
///
/// - `point`: the point's name; `orientation`: x, y or z, the portal axis the object's
///   own z axis lay along.
/// - `lateral_m`, `height_m`: the point's position (m): x from the centre line (+ the
///   walker's right), z above the floor.
/// - `passes`, `alarms`: passes made and passes that alarmed.
/// - `pd`: alarms / passes.
/// - `min_peak_over_threshold`: the smallest peak |signal| / threshold over the passes
///   (above 1: every pass alarmed), to 6 significant digits, so the file does not carry
///   digits that depend on the numerical library rather than on the passes.
/// - `passed`: 1 when the case had the alarms the protocol requires, else 0.
public enum QualificationTable {
    public static let header = ["point", "orientation", "lateral_m", "height_m", "passes", "alarms", "pd",
                                "min_peak_over_threshold", "passed"]

    public static func make(_ result: QualificationResult) throws(CSVError) -> CSVTable {
        var table = CSVTable(header: header)
        for c in result.cases {
            try table.append([.text(c.point.name), .text(c.orientation.rawValue), .number(c.point.lateralM), .number(c.point.heightM),
                              .integer(c.passes), .integer(c.alarms), .number(c.detectionRate),
                              .number(NumberFormat.rounded(c.minPeakOverThreshold, significantDigits: 6)),
                              .integer(c.passed ? 1 : 0)])
        }
        return table
    }
}
