/// One configuration's year at a site: the phones that get through and are stopped,
/// the alarms and searches a day, the officers' hours and the money.
///
/// - Phones through per year: Σ attemptsᵢ (1 − pdᵢ) over the site's devices and
///   locations, pdᵢ the run's probability of detection of that case; its interval is
///   the miss rate's `WeightedRate` interval (weights ∝ attempts) times the attempts.
///   The attempts themselves are taken as known: the interval is the simulation's
///   uncertainty, not the year's chance variation.
/// - Alarms and searches per day: arrivals per day × the configuration's nuisance and
///   secondary rates (the innocent populations', mixed by share; a year's few smugglers
///   change neither).
/// - Staff hours per year: officer time spent in stages (`ConfigurationSummary`'s staff
///   minutes per person) × arrivals per year — the work screening makes, not the posts
///   rostered around it.
/// - Cost per year: each stage's equipment (per unit: purchase / life + maintenance)
///   × its units, plus staff hours × the staff cost per hour.
/// - Against the first configuration (the baseline): the extra phones stopped and the
///   extra cost per year, and their ratio, phones stopped per 1000 of the currency.
///
/// See docs/physics.md#a-sites-year-and-budget.
public struct SiteFigures: Sendable, Equatable {
    public var configuration: String
    public var attemptsPerYear: Double
    public var phonesThroughPerYear: Double
    public var phonesThroughLow: Double
    public var phonesThroughHigh: Double
    public var alarmsPerDay: Double
    public var searchesPerDay: Double
    public var staffHoursPerYear: Double
    public var equipmentCostPerYear: Double
    public var staffCostPerYear: Double

    public var phonesStoppedPerYear: Double { attemptsPerYear - phonesThroughPerYear }
    public var costPerYear: Double { equipmentCostPerYear + staffCostPerYear }
    /// Cost per year over phones stopped per year; nil when none is stopped.
    public var costPerPhoneStopped: Double? { phonesStoppedPerYear > 0 ? costPerYear / phonesStoppedPerYear : nil }

    /// The figures of `summary`'s configuration, with `detection` giving each case's
    /// (detected, trials) by device and location; nil when a case the site names has no
    /// passes (a merge of shards that left it out).
    public init?(site: Site, summary: ConfigurationSummary, detection: (_ object: String, _ location: String) -> (detected: Int, trials: Int)?) {
        var strata: [WeightedRate.Stratum] = []
        var through = 0.0
        for attempt in site.attempts where attempt.perYear > 0 {
            guard let (detected, trials) = detection(attempt.object, attempt.location), trials > 0 else { return nil }
            strata.append(.init(successes: trials - detected, trials: trials, weight: attempt.perYear))
            through += attempt.perYear * Double(trials - detected) / Double(trials)
        }
        let attempts = site.attemptsPerYear
        configuration = summary.configuration.name
        attemptsPerYear = attempts
        // The count from the attempts directly: nothing detected is exactly all through
        // (the normalised weights of the rate need not sum to 1 to the last bit).
        phonesThroughPerYear = through
        if strata.isEmpty {
            (phonesThroughLow, phonesThroughHigh) = (0, 0)
        } else {
            let miss = WeightedRate(strata)
            (phonesThroughLow, phonesThroughHigh) = (Swift.min(attempts * miss.low, through), Swift.max(attempts * miss.high, through))
        }
        alarmsPerDay = site.arrivalsPerDay * summary.nuisanceRate
        searchesPerDay = site.arrivalsPerDay * summary.secondaryRate
        staffHoursPerYear = site.arrivalsPerYear * summary.staffMinutesPer100 / 100 / 60
        staffCostPerYear = staffHoursPerYear * site.staffCostPerHour
        equipmentCostPerYear = summary.configuration.stages.reduce(0) { total, stage in
            total + Double(stage.units) * (site.equipment(stage: stage.name, configuration: summary.configuration.name)?.costPerYear ?? 0)
        }
    }
}

/// An improvement against the baseline: what it stops and costs beyond it.
public struct SiteImprovement: Sendable, Equatable {
    public var extraPhonesStoppedPerYear: Double
    public var extraCostPerYear: Double

    public init(_ figures: SiteFigures, baseline: SiteFigures) {
        extraPhonesStoppedPerYear = figures.phonesStoppedPerYear - baseline.phonesStoppedPerYear
        extraCostPerYear = figures.costPerYear - baseline.costPerYear
    }

    /// Extra phones stopped per 1000 of extra cost a year; nil when it costs nothing more
    /// (or saves money), where the ratio means nothing.
    public var phonesStoppedPer1000: Double? {
        extraCostPerYear > 0 ? 1000 * extraPhonesStoppedPerYear / extraCostPerYear : nil
    }

    /// Orders improvements best first: those that stop more for no extra cost (by the
    /// phones stopped), then those that stop more at a cost (by phones per money), then
    /// those that stop no more (by the phones stopped, then the cost).
    public static func isBetter(_ a: SiteImprovement, than b: SiteImprovement) -> Bool {
        func tier(_ x: SiteImprovement) -> Int {
            x.extraPhonesStoppedPerYear > 0 ? (x.extraCostPerYear <= 0 ? 0 : 1) : 2
        }
        let (ta, tb) = (tier(a), tier(b))
        if ta != tb { return ta < tb }
        switch ta {
        case 1: return (a.phonesStoppedPer1000 ?? 0) > (b.phonesStoppedPer1000 ?? 0)
        case 0: return a.extraPhonesStoppedPerYear > b.extraPhonesStoppedPerYear
        default:
            if a.extraPhonesStoppedPerYear != b.extraPhonesStoppedPerYear { return a.extraPhonesStoppedPerYear > b.extraPhonesStoppedPerYear }
            return a.extraCostPerYear < b.extraCostPerYear
        }
    }
}
