import Foundation

/// The summary printed on the terminal at the end of a run: the detection
/// probability of each threat, then the nuisance-alarm rate of each innocent
/// population, each with its 95 % interval, in aligned columns.
///
///     configuration  object  location     trials  pd
///     standard       pistol  belt-front     1000  0.87 [0.84, 0.90]
///
///     configuration  population  trials  alarm rate
///     standard       commuters    10000  0.30% [0.21%, 0.42%]
///
/// Detection probabilities show two decimals, as the CSV has the full values;
/// alarm rates are small, so they show as percentages with two decimals.
extension ResultsTables {
    public static func summary(_ tallies: TallySet, scenario: RunScenario? = nil) -> String {
        let text = summary(tallies, order: scenario.map(CaseOrder.init))
        guard let scenario, scenario.populations.count > 1 else { return text }
        // What the entrance sees: the populations' alarm rates mixed by their shares.
        var mixed = TextTable([("configuration", .left), ("alarm rate of the arrivals (populations mixed by share)", .left)])
        for configuration in scenario.configurations {
            for s in configuration.stages.indices {
                let label = configuration.label(ofStage: s)
                let strata = scenario.populations.compactMap { p in
                    tallies.cases[.innocent(configuration: label, population: p.name)].map {
                        WeightedRate.Stratum(successes: $0.alarms, trials: $0.trials, weight: p.share)
                    }
                }
                guard strata.count == scenario.populations.count, let rate = RateFields.mixedRate(strata) else { continue }
                mixed.append([label, String(format: "%.2f%%", 100 * rate.rate) + " [\(NumberFormat.fixed(100 * rate.low, decimals: 2, rule: .down))%, "
                              + "\(NumberFormat.fixed(100 * rate.high, decimals: 2, rule: .up))%]"])
            }
        }
        return mixed.rows.isEmpty ? text : text + "\n" + mixed.text
    }

    /// The summary in `order` (nil: `CaseKey` order).
    public static func summary(_ tallies: TallySet, order: CaseOrder?) -> String {
        var threats = TextTable([("configuration", .left), ("object", .left), ("location", .left),
                                 ("trials", .right), ("pd", .left)])
        var innocents = TextTable([("configuration", .left), ("population", .left),
                                   ("trials", .right), ("alarm rate", .left)])
        for key in ordered(tallies, order) {
            guard let tally = tallies.cases[key] else { continue }
            if key.isInnocent {
                innocents.append([key.configuration, key.object, String(tally.trials),
                                  rateWithInterval(tally, scale: 100, suffix: "%")])
            } else {
                threats.append([key.configuration, key.object, key.location, String(tally.trials),
                                rateWithInterval(tally, scale: 1, suffix: "")])
            }
        }
        let parts = [threats, innocents].filter { !$0.rows.isEmpty }.map(\.text)
        return parts.isEmpty ? "no cases\n" : parts.joined(separator: "\n")
    }

    /// "0.87 [0.84, 0.90]"; "- [0.00, 1.00]" before any pass. The interval's ends are
    /// rounded outward, so that 1.00 [0.99, 1.00] does not claim a rate of exactly one.
    private static func rateWithInterval(_ tally: CaseTally, scale: Double, suffix: String) -> String {
        func fixed(_ x: Double, _ rule: FloatingPointRoundingRule) -> String {
            NumberFormat.fixed(x * scale, decimals: 2, rule: rule) + suffix
        }
        let (low, high) = tally.interval
        let rate = tally.trials == 0 ? "-" : String(format: "%.2f", tally.rate * scale) + suffix
        return "\(rate) [\(fixed(low, .down)), \(fixed(high, .up))]"
    }
}
