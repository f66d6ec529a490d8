/// The CSV files of a screening run: `screening.csv` (each configuration's detection per
/// case), `stages.csv` (what each stage saw), `configurations.csv` (nuisance alarms,
/// throughput, staff time) and, with two or more configurations, `comparison.csv` (each
/// configuration against the first, paired on the same people).
///
/// Rates are exact ratios of counts (a mix of populations' rounded to 6 significant
/// digits); interval bounds are rounded to 6 significant digits, times to 4, so that the files do not carry digits that depend on the
/// numerical library rather than on the passes.
public struct ScreeningTables: Sendable {
    public let scenario: RunScenario
    public let tallies: RunTallies
    /// Each configuration's nuisance alarms, throughput and stage loads, in file order
    /// (configurations without an innocent tally left out).
    public private(set) var summaries: [ConfigurationSummary] = []
    /// The queue simulation of each configuration of `summaries` (nil for all when the
    /// scenario gives no arrivals), at the scenario's seed. Both are made once, here, for
    /// the tables and the summary alike.
    public private(set) var queueFigures: [QueueFigures?] = []
    /// Each configuration of `summaries` in its year at the site (nil for one that some
    /// case of the site has no passes in), and its improvement over the first with its
    /// rank; both empty without `site:`. Made once, here, for `site.csv` and the summary.
    public private(set) var siteFigures: [SiteFigures?] = []
    private(set) var siteRanks: [(SiteImprovement, rank: Int)?] = []

    public init(scenario: RunScenario, tallies: RunTallies) {
        self.scenario = scenario
        self.tallies = tallies
        summaries = scenario.configurations.compactMap { configuration in
            var innocents: [(population: Population, tally: ScreeningTally)] = []
            for population in scenario.populations {
                guard let t = tally(configuration, (population.name, "-", true)) else { return nil }
                innocents.append((population, t))
            }
            return ConfigurationSummary(configuration: configuration, innocents: innocents)
        }
        if let schedule = scenario.arrivalSchedule {
            queueFigures = summaries.map { $0.simulateQueues(schedule, seed: scenario.seed) }
        } else {
            queueFigures = summaries.map { _ in nil }
        }
        if let site = scenario.site {
            siteFigures = summaries.map { summary in
                SiteFigures(site: site, summary: summary) { object, location in
                    tallies[CaseKey.threat(configuration: summary.configuration.name, device: object, location: location)]
                        .map { ($0.detected, $0.trials) }
                }
            }
            siteRanks = Self.improvements(siteFigures)
        }
    }

    /// The columns of `screening.csv`, one row per configuration and case:
    ///
    /// - `configuration`, `object`, `location`: the case (`object` is the population's
    ///   name and `location` "-" on the innocent row).
    /// - `innocent`: 1 on the innocent population's row, else 0.
    /// - `trials`: people through the pipeline.
    /// - `found`: threat carriers whose item a stage found (0 on the innocent row).
    /// - `pd`, `pd_low`, `pd_high`: the probability of detection with its Clopper–Pearson
    ///   95 % interval — the item found, or, in a configuration with no stage that can
    ///   find (a portal alone), an alarm; on the innocent row, the nuisance-alarm rate.
    /// - `alarmed`, `alarm_rate`, `alarm_low`, `alarm_high`: people on whom any stage
    ///   alarmed, and its rate and interval.
    /// - `searched`: people who entered a stage not everyone enters.
    /// - `minutes_mean`: mean minutes per person in stages.
    public static let screeningHeader = [
        "configuration", "object", "location", "innocent", "trials", "found", "pd", "pd_low", "pd_high",
        "alarmed", "alarm_rate", "alarm_low", "alarm_high", "searched", "minutes_mean",
    ]

    /// The columns of `stages.csv`, one row per configuration, stage and case:
    /// `configuration`, `stage`, `kind`, `object`, `location`, `innocent` as above;
    /// `entered` (people who entered the stage), `alarms` (of those, how many it alarmed
    /// on), `found` (threat items it found), `alarm_rate` (alarms / entered, empty when
    /// nobody entered).
    public static let stagesHeader = [
        "configuration", "stage", "kind", "object", "location", "innocent", "entered", "alarms", "found", "alarm_rate",
    ]

    /// The columns of `configurations.csv`, one row per configuration, from its innocent
    /// populations mixed by their shares of the arrivals (see `ConfigurationSummary`;
    /// `populations.csv` has each population's own figures):
    ///
    /// - `configuration`; `stages`: the stage names in order, separated by " > ".
    /// - `trials`: innocent people through the pipeline, every population's.
    /// - `nuisance_rate`, `nuisance_low`, `nuisance_high`: the share of arrivals on whom
    ///   any stage alarmed, with its 95 % interval (Clopper–Pearson for one population,
    ///   `WeightedRate` for several).
    /// - `secondary_rate`: the share who entered a stage not everyone enters.
    /// - `persons_per_hour`: the pipeline's capacity, set by `bottleneck`, the stage with
    ///   the most seconds per arriving person per unit (empty if no stage takes time).
    /// - `minutes_per_person`: mean minutes in stages; `staff_minutes_per_100`:
    ///   officer-minutes per 100 persons.
    /// - `arrivals_per_hour`: the scenario's `arrivals_per_hour`, or the busiest hour's
    ///   rate of its `arrivals_by_hour` (empty when neither is given); `utilisation`: the
    ///   busiest stage's offered load at that rate (1 or more: the queue grows without
    ///   end); `queue_minutes`: the mean minutes an arriving person waits in queues over
    ///   the pipeline, from the queue simulation (see `QueueSimulation`; empty when not
    ///   given or, in a steady state, saturated).
    /// - `queue_minutes_low`, `queue_minutes_high`: its 95 % interval over the
    ///   simulation's independent replications.
    /// - `queue_minutes_formula`: the analytic approximation (`StageQueue`) at the mean
    ///   rate, kept as a cross-check only.
    /// - `queue_peak_hour`: with `arrivals_by_hour`, the opening hour (from 1) whose
    ///   arrivals waited longest in total.
    public static let configurationsHeader = [
        "configuration", "stages", "trials", "nuisance_rate", "nuisance_low", "nuisance_high", "secondary_rate",
        "persons_per_hour", "bottleneck", "minutes_per_person", "staff_minutes_per_100",
        "arrivals_per_hour", "utilisation", "queue_minutes",
        "queue_minutes_low", "queue_minutes_high", "queue_minutes_formula", "queue_peak_hour",
    ]

    /// The columns of `queues.csv` (written when the scenario gives arrivals), one row
    /// per configuration and stage, from the queue simulation (`QueueSimulation`):
    ///
    /// - `configuration`, `stage`, `units`, `seconds_per_person`.
    /// - `share`: the share of arrivals entering the stage (from the innocent
    ///   population's tally); `entering_per_hour`: arrivals × share at the mean rate.
    /// - `utilisation`: the service time of the people who arrived over the units'
    ///   available time, as simulated (above 1: saturated).
    /// - `wait_mean_s`, `wait_low_s`, `wait_high_s`: the mean wait of a person entering
    ///   the stage, s, with its 95 % interval over replications (empty when saturated).
    /// - `wait_p50_s`, `wait_p90_s`, `wait_p95_s`: percentiles of that wait.
    /// - `queue_mean`, `queue_max`: the time-average and the largest number waiting
    ///   (empty when saturated: the queue only grows).
    /// - `peak_hour`, `peak_hour_wait_s`: with `arrivals_by_hour`, the opening hour whose
    ///   arrivals waited longest at the stage, and their mean wait.
    /// - `formula_wait_s`: the analytic approximation (`StageQueue`) at the mean rate;
    ///   `formula_error`: formula / simulated − 1 (empty when either is missing or 0).
    public static let queuesHeader = [
        "configuration", "stage", "units", "seconds_per_person", "share", "entering_per_hour", "utilisation",
        "wait_mean_s", "wait_low_s", "wait_high_s", "wait_p50_s", "wait_p90_s", "wait_p95_s", "queue_mean", "queue_max",
        "peak_hour", "peak_hour_wait_s", "formula_wait_s", "formula_error",
    ]

    /// The columns of `comparison.csv`, one row per configuration after the first
    /// (the baseline) and case, paired on the same people (see `PairedComparison`):
    ///
    /// - `baseline`, `configuration`, `object`, `location`, `innocent`, `trials`.
    /// - `rate_baseline`, `rate_configuration`: `pd` of each (on the innocent row, the
    ///   nuisance-alarm rates).
    /// - `difference`, `difference_low`, `difference_high`: configuration − baseline and
    ///   its paired 95 % interval (Newcombe's hybrid score interval; the difference is
    ///   exactly 0 when no pass was discordant).
    /// - `baseline_only`, `configuration_only`: the discordant passes each way.
    /// - `mcnemar_p`: the exact two-sided McNemar p-value.
    public static let comparisonHeader = [
        "baseline", "configuration", "object", "location", "innocent", "trials", "rate_baseline", "rate_configuration",
        "difference", "difference_low", "difference_high", "baseline_only", "configuration_only", "mcnemar_p",
    ]

    /// The cases in output order, the file's (`CaseOrder`): threats (objects as listed,
    /// each at the locations as listed), then the innocent populations as listed.
    var caseKeys: [(object: String, location: String, isInnocent: Bool)] {
        var keys: [(String, String, Bool)] = []
        if let threats = scenario.threats {
            for object in threats.objects.map(\.name) {
                for location in threats.locations.map(\.name) { keys.append((object, location, false)) }
            }
        }
        for population in scenario.populations { keys.append((population.name, "-", true)) }
        return keys
    }

    func tally(_ configuration: ScreeningConfiguration, _ c: (object: String, location: String, isInnocent: Bool)) -> ScreeningTally? {
        tallies[CaseKey(configuration: configuration.name, object: c.object, location: c.location, isInnocent: c.isInnocent)]
    }

    public func screening() throws(CSVError) -> CSVTable {
        var table = CSVTable(header: Self.screeningHeader)
        for configuration in scenario.configurations {
            for c in caseKeys {
                guard let t = tally(configuration, c) else { continue }
                let found = t.stages.reduce(0) { $0 + $1.found }
                let minutes = zip(configuration.stages, t.stages).reduce(0.0) { $0 + Double($1.1.entered) * $1.0.secondsPerPerson }
                try table.append([.text(configuration.name), .text(c.object), .text(c.location), .integer(c.isInnocent ? 1 : 0),
                                  .integer(t.trials), .integer(found)]
                                 + RateFields.fields(successes: t.detected, trials: t.trials) + [.integer(t.alarmed)]
                                 + RateFields.fields(successes: t.alarmed, trials: t.trials)
                                 + [.integer(t.searched),
                                    t.trials == 0 ? .empty : .number(NumberFormat.rounded(minutes / Double(t.trials) / 60, significantDigits: 4))])
            }
        }
        return table
    }

    public func stages() throws(CSVError) -> CSVTable {
        var table = CSVTable(header: Self.stagesHeader)
        for configuration in scenario.configurations {
            for (s, stage) in configuration.stages.enumerated() {
                for c in caseKeys {
                    guard let t = tally(configuration, c)?.stages[s] else { continue }
                    try table.append([.text(configuration.name), .text(stage.name), .text(stage.kindName), .text(c.object),
                                      .text(c.location), .integer(c.isInnocent ? 1 : 0), .integer(t.entered), .integer(t.alarms),
                                      .integer(t.found), t.entered == 0 ? .empty : .number(Double(t.alarms) / Double(t.entered))])
                }
            }
        }
        return table
    }

    /// `configurations.csv`.
    public func configurations() throws(CSVError) -> CSVTable {
        var table = CSVTable(header: Self.configurationsHeader)
        for (summary, queue) in zip(summaries, queueFigures) {
            try table.append([.text(summary.configuration.name), .text(summary.configuration.stages.map(\.name).joined(separator: " > ")),
                              .integer(summary.trials)]
                             + Self.nuisanceFields(summary)
                             + [Self.mixedShare(summary.secondaryRate, summary),
                                summary.personsPerHour.map { .number(NumberFormat.rounded($0, significantDigits: 4)) } ?? .empty,
                                .text(summary.bottleneck?.name ?? ""),
                                .number(NumberFormat.rounded(summary.minutesPerPerson, significantDigits: 4)),
                                .number(NumberFormat.rounded(summary.staffMinutesPer100, significantDigits: 4))]
                             + queueFields(summary, queue))
        }
        return table
    }

    /// nuisance_rate, nuisance_low, nuisance_high of the arrivals `summary` mixes (see
    /// `RateFields.mixed`).
    static func nuisanceFields(_ summary: ConfigurationSummary) -> [CSVField] { RateFields.mixed(summary.nuisanceStrata) }

    /// A share of the arrivals: one population's exact ratio of counts, or a mix's
    /// weighted sum rounded to 6 significant digits.
    static func mixedShare(_ x: Double, _ summary: ConfigurationSummary) -> CSVField {
        .number(summary.strata.count > 1 ? NumberFormat.rounded(x, significantDigits: 6) : x)
    }

    /// A time rounded to 4 significant digits, or empty.
    private static func time(_ value: Double?, scale: Double = 1) -> CSVField {
        value.map { .number(NumberFormat.rounded($0 / scale, significantDigits: 4)) } ?? .empty
    }

    /// arrivals_per_hour, utilisation, queue_minutes, queue_minutes_low, queue_minutes_high,
    /// queue_minutes_formula, queue_peak_hour.
    func queueFields(_ summary: ConfigurationSummary, _ queue: QueueFigures?) -> [CSVField] {
        guard let schedule = scenario.arrivalSchedule, let queue else { return Array(repeating: .empty, count: 7) }
        let utilisation = summary.queueStages.map { $0.utilisation(arrivalsPerHour: schedule.peakArrivalsPerHour) }.max() ?? 0
        return [.number(schedule.peakArrivalsPerHour), .number(NumberFormat.rounded(utilisation, significantDigits: 4)),
                Self.time(queue.meanWaitS, scale: 60), Self.time(queue.meanWaitLowS, scale: 60), Self.time(queue.meanWaitHighS, scale: 60),
                Self.time(queue.formulaWaitS, scale: 60), queue.peakHour.map { .integer($0) } ?? .empty]
    }

    /// `queues.csv` (see `queuesHeader`).
    public func queues() throws(CSVError) -> CSVTable {
        var table = CSVTable(header: Self.queuesHeader)
        for (summary, queue) in zip(summaries, queueFigures) {
            guard let queue else { continue }
            for figures in queue.stages {
                let stage = figures.stage
                let error: CSVField = {
                    guard let formula = figures.formulaWaitS, let simulated = figures.meanWaitS, simulated > 0 else { return .empty }
                    return .number(NumberFormat.rounded(formula / simulated - 1, significantDigits: 4))
                }()
                try table.append([.text(summary.configuration.name), .text(stage.name), .integer(stage.units),
                                  .number(stage.secondsPerPerson), .number(NumberFormat.rounded(stage.share, significantDigits: 6)),
                                  Self.time(figures.enteringPerHour), Self.time(figures.utilisation),
                                  Self.time(figures.meanWaitS), Self.time(figures.meanWaitLowS), Self.time(figures.meanWaitHighS),
                                  Self.time(figures.waitP50S), Self.time(figures.waitP90S), Self.time(figures.waitP95S),
                                  Self.time(figures.meanQueueLength), figures.isSaturated ? .empty : .integer(figures.maxQueueLength),
                                  figures.peakHour.map { .integer($0) } ?? .empty, Self.time(figures.peakHourMeanWaitS),
                                  Self.time(figures.formulaWaitS), error])
            }
        }
        return table
    }

    /// The paired comparison of configuration `k` with configuration `b` on a case.
    public func paired(_ b: Int, _ k: Int, _ c: (object: String, location: String, isInnocent: Bool)) -> PairedComparison? {
        let configurations = scenario.configurations
        guard let base = tally(configurations[b], c), let other = tally(configurations[k], c) else { return nil }
        let baselineOnly = base.detectedNotBy[k]
        return PairedComparison(pairs: base.trials, both: base.detected - baselineOnly, baselineOnly: baselineOnly,
                                otherOnly: other.detectedNotBy[b])
    }

    public func comparison() throws(CSVError) -> CSVTable {
        var table = CSVTable(header: Self.comparisonHeader)
        let configurations = scenario.configurations
        for k in configurations.indices.dropFirst() {
            for c in caseKeys {
                guard let base = tally(configurations[0], c), let other = tally(configurations[k], c),
                      let pair = paired(0, k, c) else { continue }
                let (low, high) = pair.interval()
                try table.append([.text(configurations[0].name), .text(configurations[k].name), .text(c.object), .text(c.location),
                                  .integer(c.isInnocent ? 1 : 0), .integer(pair.pairs), .number(base.rate), .number(other.rate),
                                  .number(pair.difference), RateFields.lower(low), RateFields.upper(high),
                                  .integer(pair.baselineOnly), .integer(pair.otherOnly),
                                  .number(NumberFormat.rounded(pair.mcNemarP, significantDigits: 6))])
            }
        }
        return table
    }
}
