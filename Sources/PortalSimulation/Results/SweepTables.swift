/// The CSV files of a sweep: `sweep.csv`, one row per point and case, and, when the
/// sensitivity is swept, `roc.csv`: each device's probability of detection against the
/// innocent populations' nuisance-alarm rate (mixed by share) as the sensitivity moves.
public struct SweepTables: Sendable {
    public let plan: SweepPlan
    /// Each point's tallies, in point order.
    public let results: [RunTallies]

    public init(plan: SweepPlan, results: [RunTallies]) {
        precondition(plan.points.count == results.count, "SweepTables: \(results.count) results for \(plan.points.count) points")
        self.plan = plan
        self.results = results
    }

    /// The columns of `sweep.csv`:
    ///
    /// - `point`: the point's index from 0 (the last parameter varies fastest).
    /// - one column per swept parameter, in the order of `sweep:` (`sensitivity`,
    ///   `frequency_hz`, `gate_start_s`, `walking_speed_mps`, `zone_count`,
    ///   `portal_class`), in SI units.
    /// - `object`, `location`, `innocent`: the case, as in screening.csv.
    /// - `trials`; `detections`: passes detected (an alarm for a portal alone, the item
    ///   found in a pipeline that can find; on the innocent row, nuisance alarms).
    /// - `rate`, `rate_low`, `rate_high`: detections / trials with its Clopper–Pearson
    ///   95 % interval.
    public var sweepHeader: [String] {
        ["point"] + plan.parameters.map(\.column) + ["object", "location", "innocent", "trials", "detections", "rate", "rate_low", "rate_high"]
    }

    /// The columns of `roc.csv`, one row per curve, sensitivity, device and location:
    ///
    /// - `curve`: the values of the other swept parameters ("walking_speed_mps=0.8"), or
    ///   `all` when only the sensitivity varies.
    /// - `sensitivity`, `object`; `location`: a body location, or `all` for the device's
    ///   locations pooled (equal passes each, so the pooled rate is their mean).
    /// - `pd`, `pd_low`, `pd_high`: the probability of detection and its 95 % interval.
    /// - `nuisance`, `nuisance_low`, `nuisance_high`: the innocent population's
    ///   nuisance-alarm rate at that point and its 95 % interval (with several
    ///   populations, the arrivals' rate: theirs mixed by share, as configurations.csv).
    public static let rocHeader = ["curve", "sensitivity", "object", "location", "pd", "pd_low", "pd_high",
                                   "nuisance", "nuisance_low", "nuisance_high"]

    /// The cases of a point in output order (the file's, `CaseOrder`), with their tallies.
    func rows(_ p: Int) -> [(key: CaseKey, tally: ScreeningTally)] {
        CaseOrder(plan.points[p].scenario).sorted(results[p].screening.keys).compactMap { key in results[p].screening[key].map { (key, $0) } }
    }

    public func sweep() throws(CSVError) -> CSVTable {
        var table = CSVTable(header: sweepHeader)
        for (p, point) in plan.points.enumerated() {
            for (key, tally) in rows(p) {
                try table.append([.integer(p)] + point.values
                                 + [.text(key.object), .text(key.location), .integer(key.isInnocent ? 1 : 0), .integer(tally.trials),
                                    .integer(tally.detected)] + RateFields.fields(successes: tally.detected, trials: tally.trials))
            }
        }
        return table
    }

    /// roc.csv, or nil when the sensitivity is not swept.
    public func roc() throws(CSVError) -> CSVTable? {
        guard let s = plan.parameters.firstIndex(where: { $0.key == "sensitivity" }) else { return nil }
        var table = CSVTable(header: Self.rocHeader)
        var curves: [String] = []
        var byCurve: [String: [Int]] = [:]
        for (p, point) in plan.points.enumerated() {
            let label = zip(plan.parameters, point.values).enumerated().filter { $0.offset != s }
                .map { "\($0.element.0.column)=\(Self.display($0.element.1))" }.joined(separator: " ")
            let curve = label.isEmpty ? "all" : label
            if byCurve[curve] == nil { curves.append(curve) }
            byCurve[curve, default: []].append(p)
        }
        for curve in curves {
            let points = (byCurve[curve] ?? []).sorted { Self.integer(plan.points[$0].values[s]) < Self.integer(plan.points[$1].values[s]) }
            for p in points {
                let cases = rows(p)
                var strata: [WeightedRate.Stratum] = []
                for population in plan.points[p].scenario.populations {
                    guard let t = cases.first(where: { $0.key.isInnocent && $0.key.object == population.name })?.tally else { continue }
                    strata.append(.init(successes: t.detected, trials: t.trials, weight: population.share))
                }
                guard !strata.isEmpty else { continue }
                let nuisance = RateFields.mixed(strata)
                let threats = cases.filter { !$0.key.isInnocent }
                var objects: [String] = []
                for (key, _) in threats where !objects.contains(key.object) { objects.append(key.object) }
                for object in objects {
                    let mine = threats.filter { $0.key.object == object }
                    let pooled = mine.reduce((0, 0)) { ($0.0 + $1.tally.detected, $0.1 + $1.tally.trials) }
                    for (location, k, n) in [("all", pooled.0, pooled.1)] + mine.map({ ($0.key.location, $0.tally.detected, $0.tally.trials) }) {
                        try table.append([.text(curve), plan.points[p].values[s], .text(object), .text(location)]
                                         + RateFields.fields(successes: k, trials: n) + nuisance)
                    }
                }
            }
        }
        return table
    }

    static func integer(_ field: CSVField) -> Int {
        if case .integer(let i) = field { return i }
        return 0
    }

    static func display(_ field: CSVField) -> String {
        switch field {
        case .text(let t): return t
        case .integer(let i): return String(i)
        case .number(let x): return NumberFormat.shortest(x)
        case .empty: return ""
        }
    }
}
