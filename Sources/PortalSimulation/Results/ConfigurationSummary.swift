/// What a configuration costs and how much it bothers the innocent, from its innocent
/// populations' pipeline tallies mixed by their shares of the arrivals: the
/// nuisance-alarm rate, the share sent to secondary screening, persons per hour through
/// the pipeline, time per person and staff time.
///
/// Throughput is the capacity of the slowest stage: stage s sees a fraction f_s of the
/// people for t_s seconds each on u_s parallel units, so it can serve
/// 3600 u_s / (f_s t_s) persons per hour, and people queue in front of the stage where
/// that is least. Queueing elsewhere adds waiting time but no throughput limit.
public struct ConfigurationSummary: Sendable {
    /// One population's innocent people through the pipeline, and its share of the
    /// arrivals.
    public struct Stratum: Sendable {
        public let population: String
        public let share: Double
        public let trials: Int
        public let nuisanceAlarms: Int
        public let secondary: Int
        /// The fraction of the population's people entering each stage.
        public let stageShares: [Double]

        init(population: String, share: Double, tally: ScreeningTally) {
            self.population = population
            self.share = share
            trials = tally.trials
            nuisanceAlarms = tally.alarmed
            secondary = tally.searched
            stageShares = tally.stages.map { tally.trials == 0 ? 0 : Double($0.entered) / Double(tally.trials) }
        }

        public var nuisanceRate: Double { trials == 0 ? 0 : Double(nuisanceAlarms) / Double(trials) }
        public var secondaryRate: Double { trials == 0 ? 0 : Double(secondary) / Double(trials) }
    }

    public let configuration: ScreeningConfiguration
    /// Each population's figures, in file order: the arrivals mix them by share.
    public let strata: [Stratum]
    /// Innocent people through the pipeline, every population's.
    public let trials: Int
    /// The share of arrivals on whom any stage alarmed: Σ share · rate over the populations.
    public let nuisanceRate: Double
    /// The share of arrivals who entered a stage not everyone enters, pooled as the
    /// nuisance rate is.
    public let secondaryRate: Double
    /// The fraction of arrivals entering each stage.
    public let stageShares: [Double]
    /// The arrivals by route (bit s: entered stage s), as the engine walked them: with
    /// one population its people's counts, with several each population's counts
    /// weighted by its share over its trials (a route's weight is its share of arrivals).
    public let routes: [UInt64: Double]

    /// The figures of the arrivals mixed from `innocents`, each population's tally with
    /// its share (the shares add up to 1).
    public init(configuration: ScreeningConfiguration, innocents: [(population: Population, tally: ScreeningTally)]) {
        self.configuration = configuration
        let strata = innocents.map { Stratum(population: $0.population.name, share: $0.population.share, tally: $0.tally) }
        self.strata = strata
        trials = strata.reduce(0) { $0 + $1.trials }
        nuisanceRate = strata.reduce(0) { $0 + $1.share * $1.nuisanceRate }
        secondaryRate = strata.reduce(0) { $0 + $1.share * $1.secondaryRate }
        stageShares = configuration.stages.indices.map { s in
            strata.reduce(0) { $0 + $1.share * ($1.stageShares.indices.contains(s) ? $1.stageShares[s] : 0) }
        }
        if innocents.count == 1, let only = innocents.first {
            // The counts themselves, so that one population's routes draw as they did
            // before populations were mixed (the draw scales by their total).
            routes = only.tally.routes.mapValues(Double.init)
        } else {
            var routes: [UInt64: Double] = [:]
            for (population, tally) in innocents where tally.trials > 0 {
                for (route, count) in tally.routes {
                    routes[route, default: 0] += population.share * Double(count) / Double(tally.trials)
                }
            }
            self.routes = routes
        }
    }

    /// One population, all the arrivals (`Population.standard`'s share is 1).
    public init(configuration: ScreeningConfiguration, innocent tally: ScreeningTally) {
        self.init(configuration: configuration, innocents: [(.standard, tally)])
    }

    /// The populations' nuisance alarms as strata of the mix, weighted by share.
    public var nuisanceStrata: [WeightedRate.Stratum] {
        strata.map { .init(successes: $0.nuisanceAlarms, trials: $0.trials, weight: $0.share) }
    }

    /// Seconds of stage time per arriving person, per parallel unit, for each stage.
    var stageLoadsS: [Double] {
        zip(configuration.stages, stageShares).map { stage, share in share * stage.secondsPerPerson / Double(stage.units) }
    }

    /// The stage that limits throughput (the first on a tie), nil if no stage takes time.
    public var bottleneck: ScreeningStage? {
        let loads = stageLoadsS
        guard let most = loads.max(), most > 0, let index = loads.firstIndex(of: most) else { return nil }
        return configuration.stages[index]
    }

    /// Persons per hour through the whole pipeline; nil when no stage takes any time.
    public var personsPerHour: Double? {
        guard let most = stageLoadsS.max(), most > 0 else { return nil }
        return 3600 / most
    }

    /// Mean minutes a person spends in stages (waiting not counted).
    public var minutesPerPerson: Double { minutesPerPerson(entering: stageShares) }

    /// Officer-minutes per 100 persons screened.
    public var staffMinutesPer100: Double { staffMinutesPer100(entering: stageShares) }

    /// Mean minutes in stages of people entering each stage with these fractions (a
    /// stratum's own, or the mix's).
    public func minutesPerPerson(entering shares: [Double]) -> Double {
        zip(configuration.stages, shares).reduce(0) { $0 + $1.1 * $1.0.secondsPerPerson } / 60
    }

    /// Officer-minutes per 100 persons entering each stage with these fractions.
    public func staffMinutesPer100(entering shares: [Double]) -> Double {
        100 * zip(configuration.stages, shares).reduce(0) { $0 + $1.1 * $1.0.secondsPerPerson * $1.0.staff } / 60
    }
}
