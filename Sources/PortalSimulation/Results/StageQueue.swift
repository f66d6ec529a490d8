import Foundation

/// Waiting in front of a stage, for a given arrival rate (the Allen–Cunneen
/// approximation), kept only as a cross-check of the queue simulation
/// (`QueueSimulation`), which gives the figures the tables report. Measured against it:
/// 15 % low for five units at utilisation 0.5 (7 % at 0.7, 2 % at 0.9), and 24 % high
/// for a pat-down fed by an X-ray's departures (the bundled prison scenario). The
/// approximation: a stage with c parallel units, a fixed time t per person (service
/// variability 0), and arrivals taken as Poisson (variability 1), waits on average
///
///     W_q ≈ ½ · C(c, a) · t / (c − a),     a = λ t,
///
/// half the M/M/c wait, with C Erlang's probability of waiting. For one unit this is the
/// exact M/D/1 (Pollaczek–Khinchine) wait ρ t / (2(1 − ρ)). A stage entered on an alarm
/// sees a thinned, and so still roughly Poisson, stream. At utilisation a/c ≥ 1 the
/// queue grows without bound and there is no mean wait.
public enum StageQueue {
    /// Erlang's C: the probability that an arrival waits, for c units and offered load
    /// a < c (in erlangs), by the stable recursion on the Erlang B formula.
    public static func erlangC(units c: Int, load a: Double) -> Double {
        precondition(c >= 1 && a >= 0 && a < Double(c), "StageQueue.erlangC: need 0 ≤ a < c, got a = \(a), c = \(c)")
        var b = 1.0                       // Erlang B for 0 units
        for k in 1...c { b = a * b / (Double(k) + a * b) }
        let rho = a / Double(c)
        return b / (1 - rho + rho * b)
    }

    /// The mean wait, s, of a person who enters a stage of `units` units, `seconds` per
    /// person, offered `arrivalsPerSecond`; nil when the stage is saturated.
    public static func meanWaitS(arrivalsPerSecond lambda: Double, seconds t: Double, units c: Int) -> Double? {
        let a = lambda * t
        guard a < Double(c) else { return nil }
        guard a > 0 else { return 0 }
        return 0.5 * erlangC(units: c, load: a) * t / (Double(c) - a)
    }
}

extension ConfigurationSummary {
    /// The busiest stage's utilisation (arrivals × share entering × time / units) and
    /// the mean minutes a person waits in queues over the whole pipeline by the formula
    /// (nil when a stage is saturated), at `arrivalsPerHour` people arriving: the
    /// cross-check; `simulateQueues` gives the reported figures.
    public func queueing(arrivalsPerHour: Double) -> (utilisation: Double, waitMinutes: Double?) {
        var utilisation = 0.0, wait: Double? = 0
        for (stage, share) in zip(configuration.stages, stageShares) {
            let lambda = arrivalsPerHour / 3600 * share
            utilisation = Swift.max(utilisation, lambda * stage.secondsPerPerson / Double(stage.units))
            if let w = wait {
                wait = StageQueue.meanWaitS(arrivalsPerSecond: lambda, seconds: stage.secondsPerPerson, units: stage.units)
                    .map { w + share * $0 }
            }
        }
        return (utilisation, wait.map { $0 / 60 })
    }
}
