import Foundation

/// The terminal summary of a screening run: the headline table of detection per device
/// and location, one column per configuration, then each configuration's nuisance
/// alarms, secondary load, throughput and staff time (with several populations, their
/// mix by share, then each population's own); with two or more configurations, the
/// paired differences against the first.
///
///     object           location    today  sensitive  pi-early
///     mini-phone-3310  ankle-sock   0.42       0.91      0.97
///
/// Detection shows two decimals (the CSV has the full values and intervals).
extension ScreeningTables {
    public func summary() -> String {
        let configurations = scenario.configurations
        var detection = TextTable([("object", .left), ("location", .left)] + configurations.map { ($0.name, .right) })
        for c in caseKeys where !c.isInnocent {
            detection.append([c.object, c.location] + configurations.map { configuration in
                tally(configuration, c).map { String(format: "%.2f", $0.rate) } ?? "-"
            })
        }
        let schedule = scenario.arrivalSchedule
        var columns: [(String, TextTable.Alignment)] = [("configuration", .left), ("nuisance", .right), ("secondary", .right),
                                                        ("persons/h", .right), ("bottleneck", .left), ("min/person", .right),
                                                        ("staff min/100", .right)]
        if let schedule {
            let rate = NumberFormat.shortest(schedule.peakArrivalsPerHour)
            columns += [("load at \(rate)/h", .right), ("queue min (simulated, 95%)", .left), ("formula", .right)]
        }
        var costs = TextTable(columns)
        var stageQueues = TextTable([("configuration", .left), ("stage", .left), ("busy", .right), ("wait s", .right),
                                     ("p50", .right), ("p90", .right), ("p95", .right), ("max queue", .right), ("formula s", .right)])
        for (summary, queue) in zip(summaries, queueFigures) {
            var row = [summary.configuration.name, String(format: "%.1f%%", 100 * summary.nuisanceRate),
                       String(format: "%.1f%%", 100 * summary.secondaryRate),
                       summary.personsPerHour.map { String(format: "%.0f", $0) } ?? "-",
                       summary.bottleneck?.name ?? "-", String(format: "%.2f", summary.minutesPerPerson),
                       String(format: "%.0f", summary.staffMinutesPer100)]
            if let schedule, let queue {
                let utilisation = summary.queueStages.map { $0.utilisation(arrivalsPerHour: schedule.peakArrivalsPerHour) }.max() ?? 0
                let simulated = queue.meanWaitS.map { mean in
                    String(format: "%.2f [%.2f, %.2f]", mean / 60, (queue.meanWaitLowS ?? mean) / 60, (queue.meanWaitHighS ?? mean) / 60)
                        + (queue.peakHour.map { ", peak hour \($0)" } ?? "")
                } ?? "no end"
                row += [String(format: "%.0f%%", 100 * utilisation), simulated,
                        queue.formulaWaitS.map { String(format: "%.2f", $0 / 60) } ?? "no end"]
                for figures in queue.stages {
                    func seconds(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "-" }
                    stageQueues.append([summary.configuration.name, figures.stage.name, String(format: "%.0f%%", 100 * figures.utilisation),
                                        figures.isSaturated ? "no end" : seconds(figures.meanWaitS), seconds(figures.waitP50S),
                                        seconds(figures.waitP90S), seconds(figures.waitP95S),
                                        figures.isSaturated ? "-" : "\(figures.maxQueueLength)",
                                        seconds(figures.formulaWaitS)])
                }
            }
            costs.append(row)
        }
        var parts = [costs.text]
        if scenario.populations.count > 1 {
            // The mix above is what the entrance sees; each population's own rates here.
            var byPopulation = TextTable([("configuration", .left), ("population", .left), ("share", .right),
                                          ("nuisance", .right), ("secondary", .right), ("min/person", .right)])
            for summary in summaries {
                for stratum in summary.strata {
                    byPopulation.append([summary.configuration.name, stratum.population, String(format: "%.1f%%", 100 * stratum.share),
                                         String(format: "%.1f%%", 100 * stratum.nuisanceRate),
                                         String(format: "%.1f%%", 100 * stratum.secondaryRate),
                                         String(format: "%.2f", summary.minutesPerPerson(entering: stratum.stageShares))])
                }
            }
            parts.append("by population (the rows above mix them by share)\n" + byPopulation.text)
        }
        if !stageQueues.rows.isEmpty { parts.append("queues by stage (simulated; formula: the analytic approximation)\n" + stageQueues.text) }
        if !detection.rows.isEmpty { parts.insert("probability of detection\n" + detection.text, at: 0) }
        if let site = siteSummary() { parts.append(site) }
        if configurations.count > 1 {
            var pairs = TextTable([("configuration", .left), ("object", .left), ("location", .left),
                                    ("difference", .right), ("95% interval", .left), ("discordant", .right)])
            for k in configurations.indices.dropFirst() {
                for c in caseKeys {
                    guard let pair = paired(0, k, c) else { continue }
                    let (low, high) = pair.interval()
                    pairs.append([configurations[k].name, c.object, c.location, String(format: "%+.3f", pair.difference),
                                   "[\(NumberFormat.fixed(low, decimals: 3, rule: .down, sign: true)), \(NumberFormat.fixed(high, decimals: 3, rule: .up, sign: true))]", "\(pair.otherOnly)/\(pair.baselineOnly)"])
                }
            }
            parts.append("against \(configurations[0].name), on the same people (discordant: gained/lost)\n" + pairs.text)
        }
        return parts.joined(separator: "\n")
    }

    /// screening.csv, stages.csv, configurations.csv, with threats bodymap.csv, with two
    /// or more configurations comparison.csv, with arrivals queues.csv, with a site
    /// site.csv, and with two or more populations populations.csv, by file name.
    public func allTables() throws(CSVError) -> [String: CSVTable] {
        var tables = ["screening.csv": try screening(), "stages.csv": try stages(), "configurations.csv": try configurations()]
        if scenario.threats != nil { tables["bodymap.csv"] = try bodyMap() }
        if scenario.configurations.count > 1 { tables["comparison.csv"] = try comparison() }
        if scenario.arrivalSchedule != nil { tables["queues.csv"] = try queues() }
        if scenario.site != nil { tables["site.csv"] = try site() }
        if scenario.populations.count > 1 { tables["populations.csv"] = try populations() }
        return tables
    }

    /// What a plain portal's run writes of these tables, beside its results.csv and
    /// alarms.csv: with threats bodymap.csv, with a site site.csv, with two or more
    /// populations populations.csv.
    public func plainTables() throws(CSVError) -> [String: CSVTable] {
        var tables: [String: CSVTable] = [:]
        if scenario.threats != nil { tables["bodymap.csv"] = try bodyMap() }
        if scenario.site != nil { tables["site.csv"] = try site() }
        if scenario.populations.count > 1 { tables["populations.csv"] = try populations() }
        return tables
    }

    /// What a run of the scenario writes of these tables — `run` and `merge` alike: every
    /// one for a screening run, `plainTables()` for a plain portal.
    public func runTables() throws(CSVError) -> [String: CSVTable] {
        try scenario.isScreening ? allTables() : plainTables()
    }

    /// Writes every table into `folder`, each made before any is written.
    public func writeAll(to folder: String) throws {
        for (name, table) in try allTables().sorted(by: { $0.key < $1.key }) { try table.write(to: folder + "/" + name) }
    }
}
