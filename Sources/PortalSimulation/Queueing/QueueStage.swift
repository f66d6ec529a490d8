/// One stage of a screening pipeline as a queue: FIFO, `units` identical servers in
/// parallel, `secondsPerPerson` of service, entered by a share of the arrivals.
public struct QueueStage: Sendable, Equatable {
    public var name: String
    public var units: Int
    public var secondsPerPerson: Double
    /// The probability that an arrival enters the stage (1 for a stage everyone
    /// walks through; the measured share for a stage entered on an alarm).
    public var share: Double

    public init(name: String, units: Int, secondsPerPerson: Double, share: Double) {
        self.name = name
        self.units = units
        self.secondsPerPerson = secondsPerPerson
        self.share = share
    }

    /// The offered load per unit at `arrivalsPerHour` arriving at the entrance.
    public func utilisation(arrivalsPerHour: Double) -> Double {
        arrivalsPerHour / 3600 * share * secondsPerPerson / Double(units)
    }
}

/// How long one person's service takes.
public enum ServiceTime: String, Sendable, CaseIterable {
    /// Exactly the stage's seconds per person (a portal walk, a timed search).
    case deterministic
    /// Exponential with the stage's seconds per person as mean: the M/M/c queue of the
    /// textbooks, for testing against closed forms.
    case exponential
}

/// When people arrive: Poisson at a rate that is either constant (a steady state) or
/// set hour by hour over the opening hours (a day that opens with empty queues).
public enum ArrivalSchedule: Sendable, Equatable {
    case steady(arrivalsPerHour: Double)
    /// One rate per opening hour, in order; the day starts and ends with these hours.
    case hourly(arrivalsPerHour: [Double])

    /// The mean rate over the day (the steady rate for `.steady`).
    public var meanArrivalsPerHour: Double {
        switch self {
        case .steady(let rate): return rate
        case .hourly(let rates): return rates.isEmpty ? 0 : rates.reduce(0, +) / Double(rates.count)
        }
    }

    /// The highest hourly rate (the steady rate for `.steady`).
    public var peakArrivalsPerHour: Double {
        switch self {
        case .steady(let rate): return rate
        case .hourly(let rates): return rates.max() ?? 0
        }
    }
}
