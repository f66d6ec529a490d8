import Foundation

extension ScreeningTables {
    /// The columns of `site.csv` (written when the scenario has `site:`), one row per
    /// configuration, in file order (see `SiteFigures` for how each is made):
    ///
    /// - `configuration`; `currency`: the label of every amount.
    /// - `arrivals_per_day`, `days_per_year`, `attempts_per_year`: the site's.
    /// - `phones_through_per_year`, `phones_through_low`, `phones_through_high`: the
    ///   expected phones that get through in a year, with the 95 % interval of the
    ///   simulation's uncertainty; `phones_stopped_per_year`: attempts − through.
    /// - `alarms_per_day`, `searches_per_day`: innocent people alarming, and sent to a
    ///   stage not everyone enters, per day.
    /// - `staff_hours_per_year`: officer-hours spent in stages.
    /// - `equipment_cost_per_year`, `staff_cost_per_year`, `cost_per_year`.
    /// - `cost_per_phone_stopped`: cost per year / phones stopped per year (empty when
    ///   none is stopped).
    /// - `extra_phones_stopped`, `extra_cost_per_year`: against the first configuration
    ///   (empty on its row); `phones_stopped_per_1000`: extra phones stopped per 1000 of
    ///   extra cost (empty when it costs no more); `rank`: the improvements best first —
    ///   more stopped for no extra cost, then by phones per money, then those that stop
    ///   no more.
    public static let siteHeader = [
        "configuration", "currency", "arrivals_per_day", "days_per_year", "attempts_per_year",
        "phones_through_per_year", "phones_through_low", "phones_through_high", "phones_stopped_per_year",
        "alarms_per_day", "searches_per_day", "staff_hours_per_year",
        "equipment_cost_per_year", "staff_cost_per_year", "cost_per_year", "cost_per_phone_stopped",
        "extra_phones_stopped", "extra_cost_per_year", "phones_stopped_per_1000", "rank",
    ]

    /// The improvements (every configuration after the first) against the first, and
    /// each one's rank, best first (nil for the baseline or when a figure is missing).
    static func improvements(_ figures: [SiteFigures?]) -> [(SiteImprovement, rank: Int)?] {
        guard let baseline = figures.first ?? nil else { return figures.map { _ in nil } }
        let improvements: [SiteImprovement?] = figures.enumerated().map { k, f in
            k == 0 ? nil : f.map { SiteImprovement($0, baseline: baseline) }
        }
        let order = improvements.indices.filter { improvements[$0] != nil }.sorted { a, b in
            guard let x = improvements[a], let y = improvements[b] else { return false }
            if SiteImprovement.isBetter(x, than: y) { return true }
            if SiteImprovement.isBetter(y, than: x) { return false }
            return a < b
        }
        return improvements.indices.map { k in
            improvements[k].map { ($0, rank: (order.firstIndex(of: k) ?? 0) + 1) }
        }
    }

    /// `site.csv` (see `siteHeader`).
    public func site() throws(CSVError) -> CSVTable {
        var table = CSVTable(header: Self.siteHeader)
        guard let site = scenario.site else { return table }
        let (figures, ranked) = (siteFigures, siteRanks)
        func amount(_ x: Double?) -> CSVField { x.map { .number(NumberFormat.rounded($0, significantDigits: 6)) } ?? .empty }
        for (k, summary) in summaries.enumerated() {
            guard let f = figures[k] else { continue }
            let improvement = ranked[k]
            try table.append([.text(summary.configuration.name), .text(site.currency), .number(site.arrivalsPerDay),
                              .number(site.daysPerYear), amount(f.attemptsPerYear), amount(f.phonesThroughPerYear),
                              .number(NumberFormat.rounded(f.phonesThroughLow, significantDigits: 6, rule: .down)),
                              .number(NumberFormat.rounded(f.phonesThroughHigh, significantDigits: 6, rule: .up)),
                              amount(f.phonesStoppedPerYear), amount(f.alarmsPerDay), amount(f.searchesPerDay),
                              amount(f.staffHoursPerYear), amount(f.equipmentCostPerYear), amount(f.staffCostPerYear),
                              amount(f.costPerYear), amount(f.costPerPhoneStopped),
                              amount(improvement?.0.extraPhonesStoppedPerYear), amount(improvement?.0.extraCostPerYear),
                              amount(improvement?.0.phonesStoppedPer1000), improvement.map { .integer($0.rank) } ?? .empty])
        }
        return table
    }

    /// The year at the site for the terminal: one line per configuration, then the
    /// improvements ranked; nil without `site:`.
    public func siteSummary() -> String? {
        guard let site = scenario.site else { return nil }
        let (figures, ranked) = (siteFigures, siteRanks)
        let c = site.currency
        var table = TextTable([("configuration", .left), ("phones through/year (95%)", .left), ("stopped", .right),
                               ("alarms/day", .right), ("searches/day", .right), ("staff h/year", .right),
                               ("cost/year \(c)", .right), ("\(c)/phone stopped", .right), ("rank", .right)])
        for (k, summary) in summaries.enumerated() {
            guard let f = figures[k] else { continue }
            table.append([summary.configuration.name,
                          String(format: "%.1f [%.1f, %.1f]", f.phonesThroughPerYear, f.phonesThroughLow, f.phonesThroughHigh),
                          String(format: "%.1f", f.phonesStoppedPerYear), String(format: "%.1f", f.alarmsPerDay),
                          String(format: "%.1f", f.searchesPerDay), String(format: "%.0f", f.staffHoursPerYear),
                          String(format: "%.0f", f.costPerYear), f.costPerPhoneStopped.map { String(format: "%.0f", $0) } ?? "-",
                          ranked[k].map { "\($0.rank)" } ?? "base"])
        }
        let attempts = NumberFormat.shortest(NumberFormat.rounded(site.attemptsPerYear, significantDigits: 4))
        return "a year at the site: \(NumberFormat.shortest(site.arrivalsPerDay)) arrivals a day, \(NumberFormat.shortest(site.daysPerYear)) days, \(attempts) phones tried"
            + " (rank: extra phones stopped per \(c) against \(summaries.first?.configuration.name ?? "the first"))\n" + table.text
    }
}
