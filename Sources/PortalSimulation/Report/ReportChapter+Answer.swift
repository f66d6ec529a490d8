extension ReportChapter {
    /// What the chapter answers, and the answer in a few sentences: with a site, phones
    /// through a year and the best-ranked change; without, how often each device is
    /// found, on average and where it is found least.
    func question() -> String {
        let site = folder["site.csv"]
        let worst = detections.isEmpty ? folder["worstcase.csv"] : nil
        let q = site != nil
            ? "How many phones get through this entrance in a year, and which change would stop the most of them for the money?"
            : worst != nil ? "Where would a smuggler carry each phone, and how often would each configuration still stop it?"
            : "How often does each configuration find each device, and at what cost in alarms and time?"
        var items: [String] = worst.map(worstCaseAnswer) ?? []
        if let site, let baseline = site.rows.first {
            let currency = site.value(baseline, "currency")
            items.append("With “\(site.value(baseline, "configuration"))”, about \(ReportFormat.amount(site.number(baseline, "phones_through_per_year"))) "
                + "of the \(ReportFormat.quantity(site.number(baseline, "attempts_per_year"))) phones tried a year get through "
                + "(95 % range \(ReportFormat.amount(site.number(baseline, "phones_through_low")))–\(ReportFormat.amount(site.number(baseline, "phones_through_high")))), "
                + "at \(ReportFormat.amount(site.number(baseline, "cost_per_year"))) \(currency) a year.")
            let ranked = site.rows.filter { site.number($0, "rank") != nil }.sorted { (site.number($0, "rank") ?? 0) < (site.number($1, "rank") ?? 0) }
            if let best = ranked.first {
                var sentence = "The best-ranked change, “\(site.value(best, "configuration"))”, lets \(ReportFormat.amount(site.number(best, "phones_through_per_year"))) "
                    + "a year through: \(ReportFormat.amount(site.number(best, "extra_phones_stopped"))) more stopped for "
                    + "\(ReportFormat.amount(site.number(best, "extra_cost_per_year"))) \(currency) more a year"
                if let extra = site.number(best, "extra_phones_stopped"), extra > 0, let cost = site.number(best, "extra_cost_per_year") {
                    sentence += ", \(ReportFormat.amount(cost / extra)) \(currency) for each extra phone stopped"
                }
                items.append(sentence + ".")
            }
            if ranked.count > 1 {
                items.append("Ranked: " + ranked.map { "\(site.value($0, "rank")). \(site.value($0, "configuration"))" }.joined(separator: ", ") + ".")
            }
        }
        let configurations = configurationNames
        for object in detections.map(\.object).uniqued() {
            guard let first = configurations.first, let today = averageDetection(object: object, configuration: first) else { continue }
            var sentence = "\(object) is found \(ReportFormat.percent(today)) of the time with “\(first)” (averaged over the body locations)"
            if let worst = detections.filter({ $0.object == object && $0.configuration == first && $0.pd != nil })
                .min(by: { ($0.pd ?? 0) < ($1.pd ?? 0) }) {
                sentence += ", least often at \(worst.location) (\(ReportFormat.percent(worst.pd)))"
            }
            let others = configurations.dropFirst().compactMap { c in averageDetection(object: object, configuration: c).map { (c, $0) } }
            if let best = others.max(by: { $0.1 < $1.1 }), best.1 > today {
                sentence += "; most often with “\(best.0)”: \(ReportFormat.percent(best.1))"
            }
            items.append(sentence + ".")
        }
        let answer = items.isEmpty ? "" : "<div class=\"answer\">" + HTMLFragment.list(items) + "</div>"
        return section("question", "The question", reading: q, answer)
    }
}

extension ReportChapter {
    /// Per device: today's worst case against its average, and the configuration that
    /// stops it best when the smuggler chooses.
    func worstCaseAnswer(_ t: ReportTable) -> [String] {
        t.distinct("object").compactMap { object in
            let rows = t.rows.filter { t.value($0, "object") == object }
            guard let first = rows.first else { return nil }
            var sentence = "\(object) through “\(t.value(first, "configuration"))”: stopped "
                + "\(ReportFormat.rate(t.number(first, "pd"), low: t.number(first, "pd_low"), high: t.number(first, "pd_high"))) "
                + "when carried at \(t.value(first, "location")) as the search found worst, against "
                + "\(ReportFormat.percent(t.number(first, "average_pd"))) on average"
            if let best = rows.first(where: { t.value($0, "rank_worst") == "1" }), best != first {
                sentence += "; the worst case is stopped most by “\(t.value(best, "configuration"))” (\(ReportFormat.percent(t.number(best, "pd"))))"
            }
            return sentence + "."
        }
    }
}

extension Sequence where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
