/// The CSV files of a run, built from its tallies: `results.csv` for the threats,
/// `alarms.csv` for the innocent populations. A sharded run merged with
/// `portalsim merge` has the same tallies, hence the same bytes, as an unsharded one.
///
/// Rows follow the scenario file's order (`CaseOrder`), or `CaseKey` order when no
/// scenario is given. Rates are exact ratios of counts; interval bounds
/// are rounded to 6 significant digits and peak ratios to 3 (the histogram bins are
/// 2.3 % wide), so the files do not carry digits that depend on the numerical
/// library rather than on the passes.
public enum ResultsTables {
    /// The columns of `results.csv`, one row per threat case (a device at a body
    /// location in a portal configuration):
    ///
    /// - `configuration`: the portal configuration's name.
    /// - `object`: the device's name.
    /// - `location`: the body location's name.
    /// - `trials`: passes made.
    /// - `detected`: passes that alarmed.
    /// - `pd`: probability of detection, detected / trials (empty when trials = 0).
    /// - `pd_low`, `pd_high`: the Clopper–Pearson 95 % confidence interval of `pd`
    ///   (exactly 0 when detected = 0, exactly 1 when detected = trials; 0 and 1
    ///   when trials = 0).
    /// - `top_zone`: the zone (numbered from 1, bottom up) that was loudest in the
    ///   most alarmed passes, the lowest on a tie; 0 when no pass alarmed.
    /// - `top_zone_share`: the fraction of alarmed passes in which `top_zone` was the
    ///   loudest (empty when no pass alarmed).
    /// - `peak_ratio_p05`, `peak_ratio_median`, `peak_ratio_p95`: the 5th, 50th and
    ///   95th percentiles over all passes of the loudest zone's peak signal divided
    ///   by the alarm threshold (above 1 alarms), to the 2.3 % resolution of the
    ///   histogram; 0.0001 and 10000 stand for "at most" and "at least" that; empty
    ///   when trials = 0.
    /// - `alarms_by_zone`: the histogram of the loudest zone over the alarmed passes,
    ///   counts for zones 1, 2, … separated by semicolons ("0;0;883;0;0;0").
    /// - `dipole_flagged`: passes in which a carried object's largest dimension exceeded
    ///   half its distance to the nearest coil wire at some sample, so that the dipole
    ///   approximation is off by roughly (size/distance)² (see `DipoleCheck`). Last, so
    ///   that the columns before it keep their places.
    public static let resultsHeader = [
        "configuration", "object", "location", "trials", "detected", "pd", "pd_low", "pd_high",
        "top_zone", "top_zone_share", "peak_ratio_p05", "peak_ratio_median", "peak_ratio_p95", "alarms_by_zone",
        "dipole_flagged",
    ]

    /// `results.csv` of a screening run (`RunScenario.isScreening`): the same columns,
    /// but what the rate is said plainly. A row is a portal stage
    /// (`configuration/stage`), and its rate is how often that portal alarmed on the
    /// threat carrier, own metal included (with `carrier: population` a visitor's belt
    /// buckle alarms too) — not detection: the pipeline's detection, the item found, is
    /// `pd` in `screening.csv`. So `detected`, `pd`, `pd_low`, `pd_high` are here
    /// `alarmed`, `alarm_rate`, `alarm_low`, `alarm_high`.
    public static let portalAlarmsHeader = resultsHeader.map { column in
        ["detected": "alarmed", "pd": "alarm_rate", "pd_low": "alarm_low", "pd_high": "alarm_high"][column] ?? column
    }

    /// The columns of `alarms.csv`, one row per innocent population and portal
    /// configuration:
    ///
    /// - `configuration`: the portal configuration's name.
    /// - `population`: the innocent population's name.
    /// - `trials`: passes made.
    /// - `alarms`: passes that alarmed (nuisance alarms).
    /// - `alarm_rate`: alarms / trials (empty when trials = 0).
    /// - `rate_low`, `rate_high`: the Clopper–Pearson 95 % confidence interval of
    ///   `alarm_rate`, as for `pd_low` and `pd_high` in `results.csv`.
    /// - `top_zone`, `top_zone_share`: as in `results.csv`.
    /// - `peak_ratio_median`: the median over all passes of peak signal / threshold,
    ///   as in `results.csv`.
    /// - `alarms_by_zone`, `dipole_flagged`: as in `results.csv`.
    public static let alarmsHeader = [
        "configuration", "population", "trials", "alarms", "alarm_rate", "rate_low", "rate_high",
        "top_zone", "top_zone_share", "peak_ratio_median", "alarms_by_zone", "dipole_flagged",
    ]

    /// `results.csv`: the threat cases of `tallies`, in `scenario`'s file order and, for
    /// a screening scenario, under `portalAlarmsHeader`.
    public static func results(_ tallies: TallySet, scenario: RunScenario? = nil) throws(CSVError) -> CSVTable {
        try results(tallies, order: scenario.map(CaseOrder.init), portalAlarms: scenario?.isScreening == true)
    }

    /// `results.csv` in `order` (nil: `CaseKey` order), under `portalAlarmsHeader` when
    /// `portalAlarms` (a merge without the scenario, from what the tally file says).
    public static func results(_ tallies: TallySet, order: CaseOrder?, portalAlarms: Bool) throws(CSVError) -> CSVTable {
        var table = CSVTable(header: portalAlarms ? portalAlarmsHeader : resultsHeader)
        for key in ordered(tallies, order) where !key.isInnocent {
            guard let tally = tallies.cases[key] else { continue }
            let row: [CSVField] = [.text(key.configuration), .text(key.object), .text(key.location)]
                + counts(tally) + zone(tally)
                + [peakRatio(tally, 0.05), peakRatio(tally, 0.5), peakRatio(tally, 0.95), zoneHistogram(tally),
                   .integer(tally.dipoleFlagged)]
            try table.append(row)
        }
        return table
    }

    /// `alarms.csv`: the innocent cases of `tallies`, in `scenario`'s file order.
    public static func alarms(_ tallies: TallySet, scenario: RunScenario? = nil) throws(CSVError) -> CSVTable {
        try alarms(tallies, order: scenario.map(CaseOrder.init))
    }

    /// `alarms.csv` in `order` (nil: `CaseKey` order).
    public static func alarms(_ tallies: TallySet, order: CaseOrder?) throws(CSVError) -> CSVTable {
        var table = CSVTable(header: alarmsHeader)
        for key in ordered(tallies, order) where key.isInnocent {
            guard let tally = tallies.cases[key] else { continue }
            let row: [CSVField] = [.text(key.configuration), .text(key.object)]
                + counts(tally) + zone(tally) + [peakRatio(tally, 0.5), zoneHistogram(tally), .integer(tally.dipoleFlagged)]
            try table.append(row)
        }
        return table
    }

    /// The cases of `tallies` in `scenario`'s file order, else in `CaseKey` order.
    static func ordered(_ tallies: TallySet, _ scenario: RunScenario?) -> [CaseKey] {
        ordered(tallies, scenario.map(CaseOrder.init))
    }

    /// The cases of `tallies` in `order`, else in `CaseKey` order.
    static func ordered(_ tallies: TallySet, _ order: CaseOrder?) -> [CaseKey] {
        order.map { $0.sorted(tallies.cases.keys) } ?? tallies.sortedKeys
    }

    /// "a;b;c": alarms by loudest zone.
    private static func zoneHistogram(_ tally: CaseTally) -> CSVField {
        .text(tally.alarmsByZone.map(String.init).joined(separator: ";"))
    }

    /// trials, alarms, rate, low, high.
    private static func counts(_ tally: CaseTally) -> [CSVField] {
        [.integer(tally.trials), .integer(tally.alarms)] + RateFields.fields(successes: tally.alarms, trials: tally.trials)
    }

    /// top_zone, top_zone_share.
    private static func zone(_ tally: CaseTally) -> [CSVField] {
        guard let top = tally.topZone else { return [.integer(0), .empty] }
        return [.integer(top.zone), .number(top.share)]
    }

    private static func peakRatio(_ tally: CaseTally, _ q: Double) -> CSVField {
        tally.peaks.quantile(q).map { .number(NumberFormat.rounded($0, significantDigits: 3)) } ?? .empty
    }
}
