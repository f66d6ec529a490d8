/// What the queue simulation found at one stage. Waits are the time between reaching
/// the stage and starting service there, s; queue lengths count people waiting (not
/// those in service).
public struct StageQueueFigures: Sendable, Equatable {
    public var stage: QueueStage
    /// People entering the stage per hour (arrivals × share), on average over the day.
    public var enteringPerHour: Double
    /// The service time of the people arriving in the measured window over the units'
    /// available time in it: the busy share, or the offered load when saturated (≥ 1).
    public var utilisation: Double
    /// A steady state was asked for and the stage's offered load is its capacity or
    /// more: the queue grows without end and no wait figures are given.
    public var isSaturated: Bool
    /// The mean wait of a person entering the stage with its 95 % interval over the
    /// independent replications; nil when saturated or nobody entered.
    public var meanWaitS: Double?
    public var meanWaitLowS: Double?
    public var meanWaitHighS: Double?
    /// Percentiles of the wait over everyone who entered (nearest rank).
    public var waitP50S: Double?
    public var waitP90S: Double?
    public var waitP95S: Double?
    /// The time-average number of people waiting (Little's law over the measured window).
    public var meanQueueLength: Double?
    /// The most people ever waiting at once in the measured window (when saturated, only
    /// how far the queue grew in the simulated stretch).
    public var maxQueueLength: Int
    /// With an hourly schedule: the opening hour (from 1) whose arrivals waited longest
    /// at this stage on average, and that mean wait.
    public var peakHour: Int?
    public var peakHourMeanWaitS: Double?
    /// The analytic approximation (`StageQueue`: Allen–Cunneen, exact M/D/1) at the
    /// mean entering rate, as a cross-check; nil when saturated.
    public var formulaWaitS: Double?
}

/// What the queue simulation found over the whole pipeline.
public struct QueueFigures: Sendable, Equatable {
    public var stages: [StageQueueFigures]
    /// The mean total wait of an arriving person over every stage they entered, s, with
    /// its 95 % interval; nil when some stage is saturated in a steady state.
    public var meanWaitS: Double?
    public var meanWaitLowS: Double?
    public var meanWaitHighS: Double?
    /// With an hourly schedule: the opening hour (from 1) whose arrivals waited longest
    /// in total, and their mean total wait.
    public var peakHour: Int?
    public var peakHourMeanWaitS: Double?
    /// The analytic total, Σ share × W_formula; nil when a stage is saturated.
    public var formulaWaitS: Double?
    /// Replications made and people measured in each.
    public var replications: Int
    public var measuredPeople: Int

    /// The busiest stage's utilisation.
    public var utilisation: Double { stages.map(\.utilisation).max() ?? 0 }
}
