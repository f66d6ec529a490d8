/// What `portalsim qualify` and `calibrate` print: a table of the cases, the weakest
/// point and the verdict.
///
///     point        orientation  alarms  min peak/T  verdict
///     head         x             10/10        3.21  PASS
///     right-ankle  z              7/10       0.934  FAIL
///
///     weakest: right-ankle, orientation z: min peak 9.34 µV = 0.934 × threshold 10 µV
///     verdict: FAIL — 1 of 27 cases alarmed in fewer than 10 of 10 passes
public enum QualificationSummary {
    /// "sphere-steel-25.4mm: 9 points × 3 orientations × 10 passes, sensitivity 50 (threshold 10 µV)".
    public static func heading(_ qualification: QualificationProtocol, _ result: QualificationResult) -> String {
        let shape = "\(qualification.points.count) points × \(qualification.orientations.count) orientations × \(qualification.passes) passes"
        return "\(qualification.object.name): \(shape), \(setting(result))"
    }

    /// "sensitivity 50 (threshold 10 µV)", or "threshold 4 µV" when given directly.
    public static func setting(_ result: QualificationResult) -> String {
        let threshold = QuantityParser.format(result.thresholdV, as: .voltage)
        return result.sensitivity.map { "sensitivity \($0) (threshold \(threshold))" } ?? "threshold \(threshold)"
    }

    public static func table(_ result: QualificationResult) -> String {
        var table = TextTable([("point", .left), ("orientation", .left), ("alarms", .right), ("min peak/T", .right), ("verdict", .left)])
        for c in result.cases {
            table.append([c.point.name, c.orientation.rawValue, "\(c.alarms)/\(c.passes)", ratio(c.minPeakOverThreshold),
                          c.passed ? "PASS" : "FAIL"])
        }
        return table.text
    }

    /// "right-ankle, orientation z: min peak 9.34 µV = 0.934 × threshold 10 µV".
    public static func weakest(_ result: QualificationResult) -> String {
        guard let w = result.weakest else { return "no cases" }
        let peak = QuantityParser.format(NumberFormat.rounded(w.minPeakV, significantDigits: 3), as: .voltage)
        let threshold = QuantityParser.format(result.thresholdV, as: .voltage)
        return "\(w.point.name), orientation \(w.orientation.rawValue): min peak \(peak) = \(ratio(w.minPeakOverThreshold)) × threshold \(threshold)"
    }

    /// "PASS — every one of 27 cases alarmed in at least 10 of 10 passes".
    public static func verdict(_ qualification: QualificationProtocol, _ result: QualificationResult) -> String {
        let need = "\(qualification.requiredAlarms) of \(qualification.passes) passes"
        let failed = result.cases.filter { !$0.passed }.count
        return failed == 0
            ? "PASS — every one of \(result.cases.count) cases alarmed in at least \(need)"
            : "FAIL — \(failed) of \(result.cases.count) cases alarmed in fewer than \(need)"
    }

    /// The whole report: heading, table, weakest point and verdict.
    public static func report(_ qualification: QualificationProtocol, _ result: QualificationResult) -> String {
        heading(qualification, result) + "\n\n" + table(result) + "\nweakest: " + weakest(result)
            + "\nverdict: " + verdict(qualification, result) + "\n"
    }

    static func ratio(_ x: Double) -> String {
        NumberFormat.shortest(NumberFormat.rounded(x, significantDigits: 3))
    }
}
