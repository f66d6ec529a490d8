extension ReportChapter {
    /// configurations.csv: each configuration's stages, nuisance alarms, searches,
    /// throughput, staff time and queue — what it costs the innocent. A plain portal
    /// run's alarms.csv instead.
    func configurations() -> String? {
        if let t = folder["configurations.csv"] {
            let rows = t.rows.map { r in
                [t.value(r, "configuration"), t.value(r, "stages"),
                 ReportFormat.rate(t.number(r, "nuisance_rate"), low: t.number(r, "nuisance_low"), high: t.number(r, "nuisance_high")),
                 ReportFormat.percent(t.number(r, "secondary_rate")), ReportFormat.amount(t.number(r, "persons_per_hour")),
                 t.value(r, "bottleneck"), ReportFormat.amount(t.number(r, "minutes_per_person")),
                 ReportFormat.amount(t.number(r, "staff_minutes_per_100")), Self.queueWait(t, r)]
            }
            return section("configurations", "The configurations side by side",
                           reading: "What each configuration does to people who carry nothing forbidden: how many set off an alarm "
                           + "(nuisance alarms), how many are searched, how many can pass an hour, and how long they wait in queues "
                           + "(“never clears”: more arrive at the busiest hour than the stages can take; a dash: no arrivals given).",
                           HTMLFragment.table(id: "configurations-\(number)", caption: "Innocent visitors per configuration",
                                              header: ["configuration", "stages", "nuisance alarms", "searched", "persons per hour",
                                                       "bottleneck", "minutes per person", "staff minutes per 100", "mean wait in queues, minutes"],
                                              rows: rows, numeric: [2, 3, 4, 6, 7, 8]))
        }
        guard let t = folder["alarms.csv"] else { return nil }
        let rows = t.rows.map { r in
            [t.value(r, "configuration"), t.value(r, "population"),
             ReportFormat.rate(t.number(r, "alarm_rate"), low: t.number(r, "rate_low"), high: t.number(r, "rate_high"))]
        }
        return section("configurations", "Nuisance alarms",
                       reading: "How often the portal alarms on people who carry nothing forbidden (their keys, coins, belts).",
                       HTMLFragment.table(id: "configurations-\(number)", caption: "Nuisance alarms",
                                          header: ["configuration", "population", "alarm rate"], rows: rows, numeric: [2]))
    }

    /// The mean wait in queues of a configurations.csv row: minutes; "never clears"
    /// when the busiest stage is offered more than it can take (the file leaves the
    /// figure empty then); a dash when the scenario gives no arrivals.
    static func queueWait(_ t: ReportTable, _ r: [String]) -> String {
        if let minutes = t.number(r, "queue_minutes") { return ReportFormat.amount(minutes) }
        if let load = t.number(r, "utilisation"), load >= 1 { return "never clears" }
        return ReportFormat.missing
    }

    /// queues.csv: each stage's load and wait.
    func queues() -> String? {
        guard let t = folder["queues.csv"] else { return nil }
        let rows = t.rows.map { r in
            [t.value(r, "configuration"), t.value(r, "stage"), ReportFormat.count(t.number(r, "units")), ReportFormat.percent(t.number(r, "share")),
             ReportFormat.percent(t.number(r, "utilisation")), ReportFormat.amount(t.number(r, "wait_mean_s")),
             ReportFormat.amount(t.number(r, "wait_p95_s")), ReportFormat.count(t.number(r, "queue_max"))]
        }
        return section("queues", "Queues at each stage",
                       reading: "Simulated over the opening hours: the share of arrivals who reach each stage, how busy it is "
                       + "(100 % or more: the queue never clears), the mean wait and the wait that 1 in 20 exceed, in seconds.",
                       HTMLFragment.table(id: "queues-\(number)", caption: "Queues", header: ["configuration", "stage", "units", "share entering",
                                          "busy", "mean wait, s", "95th percentile wait, s", "longest queue"],
                                          rows: rows, numeric: [2, 3, 4, 5, 6, 7]))
    }

    /// populations.csv: each kind of person's alarms and searches, and their mix.
    func populations() -> String? {
        guard let t = folder["populations.csv"] else { return nil }
        let rows = t.rows.map { r in
            [t.value(r, "configuration"), t.value(r, "population"), ReportFormat.percent(t.number(r, "share")),
             ReportFormat.rate(t.number(r, "nuisance_rate"), low: t.number(r, "nuisance_low"), high: t.number(r, "nuisance_high")),
             ReportFormat.percent(t.number(r, "secondary_rate")), ReportFormat.amount(t.number(r, "searches_per_day"))]
        }
        return section("populations", "Who comes through",
                       reading: "Each kind of person separately, then all of them mixed by their share of the arrivals (“all”).",
                       HTMLFragment.table(id: "populations-\(number)", caption: "Populations", header: ["configuration", "population",
                                          "share of arrivals", "nuisance alarms", "searched", "searches per day"],
                                          rows: rows, numeric: [2, 3, 4, 5]))
    }

    /// site.csv: the year at the site — phones through, searches, staff hours, cost,
    /// and each change against the first configuration, ranked.
    func year() -> String? {
        guard let t = folder["site.csv"] else { return nil }
        let currency = t.rows.first.map { t.value($0, "currency") } ?? ""
        let rows = t.rows.map { r in
            [t.value(r, "configuration"), ReportFormat.amount(t.number(r, "phones_through_per_year")),
             ReportFormat.amount(t.number(r, "phones_through_low")) + "–" + ReportFormat.amount(t.number(r, "phones_through_high")),
             ReportFormat.amount(t.number(r, "phones_stopped_per_year")), ReportFormat.amount(t.number(r, "searches_per_day")),
             ReportFormat.amount(t.number(r, "staff_hours_per_year")), ReportFormat.amount(t.number(r, "cost_per_year")),
             ReportFormat.amount(t.number(r, "cost_per_phone_stopped")), ReportFormat.amount(t.number(r, "extra_phones_stopped")),
             ReportFormat.amount(t.number(r, "extra_cost_per_year")), t.value(r, "rank").isEmpty ? "baseline" : t.value(r, "rank")]
        }
        return section("year", "The year and the budget",
                       reading: "A year at this entrance: of the phones tried, how many get through and how many are stopped, "
                       + "the searches a day, the staff hours and the cost (\(currency)). Each change is set against the first "
                       + "configuration and ranked: rank 1 stops the most phones for its extra cost.",
                       HTMLFragment.table(id: "year-\(number)", caption: "The year at the site (\(currency))",
                                          header: ["configuration", "phones through a year", "95 % range", "phones stopped", "searches a day",
                                                   "staff hours a year", "cost a year", "cost per phone stopped", "extra phones stopped",
                                                   "extra cost a year", "rank"],
                                          rows: rows, numeric: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
    }
}
