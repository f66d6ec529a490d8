extension ScreeningTables {
    /// The columns of `populations.csv` (written when the scenario has two populations
    /// or more), one row per configuration and population, in file order, then the
    /// row of the arrivals that mix them (see `ConfigurationSummary`):
    ///
    /// - `configuration`, `population`; `pooled`: 1 on the mixed row (its `population`
    ///   is "all"), else 0.
    /// - `share`: the population's share of the arrivals (1 on the mixed row).
    /// - `trials`: innocent people through the pipeline.
    /// - `nuisance_rate`, `nuisance_low`, `nuisance_high`: the share on whom any stage
    ///   alarmed, with its 95 % interval (Clopper–Pearson per population, the weighted
    ///   rate's on the mixed row, as `configurations.csv`).
    /// - `secondary_rate`: the share who entered a stage not everyone enters.
    /// - `minutes_per_person`, `staff_minutes_per_100`: as in `configurations.csv`.
    /// - `arrivals_per_day`, `alarms_per_day`, `searches_per_day`: with `site:`, the
    ///   population's arrivals (the site's × its share) and of those, how many alarm
    ///   and how many are searched a day; empty without.
    public static let populationsHeader = [
        "configuration", "population", "pooled", "share", "trials", "nuisance_rate", "nuisance_low", "nuisance_high",
        "secondary_rate", "minutes_per_person", "staff_minutes_per_100", "arrivals_per_day", "alarms_per_day", "searches_per_day",
    ]

    /// `populations.csv` (see `populationsHeader`).
    public func populations() throws(CSVError) -> CSVTable {
        var table = CSVTable(header: Self.populationsHeader)
        func figure(_ x: Double) -> CSVField { .number(NumberFormat.rounded(x, significantDigits: 6)) }
        func perDay(share: Double, rates: [Double]) -> [CSVField] {
            guard let site = scenario.site else { return [.empty, .empty, .empty] }
            let arrivals = site.arrivalsPerDay * share
            return [figure(arrivals)] + rates.map { figure(arrivals * $0) }
        }
        for summary in summaries {
            let name = CSVField.text(summary.configuration.name)
            for stratum in summary.strata {
                try table.append([name, .text(stratum.population), .integer(0), figure(stratum.share), .integer(stratum.trials)]
                                 + RateFields.fields(successes: stratum.nuisanceAlarms, trials: stratum.trials)
                                 + [.number(stratum.secondaryRate),
                                    figure4(summary.minutesPerPerson(entering: stratum.stageShares)),
                                    figure4(summary.staffMinutesPer100(entering: stratum.stageShares))]
                                 + perDay(share: stratum.share, rates: [stratum.nuisanceRate, stratum.secondaryRate]))
            }
            try table.append([name, .text("all"), .integer(1), .number(1), .integer(summary.trials)]
                             + Self.nuisanceFields(summary)
                             + [figure(summary.secondaryRate), figure4(summary.minutesPerPerson), figure4(summary.staffMinutesPer100)]
                             + perDay(share: 1, rates: [summary.nuisanceRate, summary.secondaryRate]))
        }
        return table
    }

    /// A figure rounded to 4 significant digits, as `configurations.csv` rounds times.
    private func figure4(_ x: Double) -> CSVField { .number(NumberFormat.rounded(x, significantDigits: 4)) }
}
