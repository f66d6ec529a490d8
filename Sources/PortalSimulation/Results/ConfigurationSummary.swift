/// What a configuration costs and how much it bothers the innocent, from its innocent
/// population's pipeline tally: the nuisance-alarm rate, the share sent
/// to secondary screening, persons per hour through the pipeline, time per person and
/// staff time.
///
/// Throughput is the capacity of the slowest stage: stage s sees a fraction f_s of the
/// people for t_s seconds each on u_s parallel units, so it can serve
/// 3600 u_s / (f_s t_s) persons per hour, and people queue in front of the stage where
/// that is least. Queueing elsewhere adds waiting time but no throughput limit.
public struct ConfigurationSummary: Sendable {
    public let configuration: ScreeningConfiguration
    public let trials: Int
    public let nuisanceAlarms: Int
    public let secondary: Int
    /// The fraction of people entering each stage.
    public let stageShares: [Double]
    /// The innocent people by route (bit s: entered stage s), as the engine walked them.
    public let routes: [UInt64: Int]

    public init(configuration: ScreeningConfiguration, innocent tally: ScreeningTally) {
        self.configuration = configuration
        trials = tally.trials
        nuisanceAlarms = tally.alarmed
        secondary = tally.searched
        stageShares = tally.stages.map { tally.trials == 0 ? 0 : Double($0.entered) / Double(tally.trials) }
        routes = tally.routes
    }

    public var nuisanceRate: Double { trials == 0 ? 0 : Double(nuisanceAlarms) / Double(trials) }
    public var secondaryRate: Double { trials == 0 ? 0 : Double(secondary) / Double(trials) }

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
    public var minutesPerPerson: Double {
        zip(configuration.stages, stageShares).reduce(0) { $0 + $1.1 * $1.0.secondsPerPerson } / 60
    }

    /// Officer-minutes per 100 persons screened.
    public var staffMinutesPer100: Double {
        100 * zip(configuration.stages, stageShares).reduce(0) { $0 + $1.1 * $1.0.secondsPerPerson * $1.0.staff } / 60
    }
}
