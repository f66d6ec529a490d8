import Foundation
import PortalPhysics

/// A discrete-event simulation of a screening pipeline as a feed-forward network of
/// FIFO multi-unit queues: Poisson arrivals at the entrance (steady, or at a rate set
/// hour by hour), each person routed through the stages in pipeline order, waiting at
/// each stage they enter until the first of its units is free.
///
/// Routing: with `routes` (the engine's count of simulated people by the set of stages
/// they entered), each arrival draws one of those routes with its frequency, so the
/// stages behind an alarm are fed by the people who alarmed and left the stage before
/// (a pat-down behind an X-ray on alarm sees the X-ray's departures, not a fresh
/// Poisson stream). Without routes (a tally file from before they were counted), a
/// person enters each stage independently with its share (`QueueStage.share`): every
/// stage's entering rate is still right, the correlation between stages is lost.
///
/// Because the network has no feedback, it is simulated stage by stage: a stage's
/// arrivals are the departures of the stage before (or the entrance), sorted by time,
/// and served first come, first served by the earliest free unit. That is exact for
/// FIFO queues, not an approximation of them.
///
/// Replications are independent (their own Philox streams, keyed by the seed and the
/// replication), so a mean comes with a Student-t interval over them. A steady state
/// discards each replication's first `warmUpPeople` arrivals (the empty-queue start);
/// an hourly day starts empty on purpose, as a real opening does, and counts everyone
/// who arrives before closing. Same seed, same figures.
///
/// See docs/physics.md#throughput-and-queues and docs/statistics.md#queue-statistics.
public struct QueueSimulation: Sendable {
    public var stages: [QueueStage]
    public var arrivals: ArrivalSchedule
    public var service: ServiceTime
    public var seed: UInt64
    public var replications: Int
    /// Arrivals measured per replication in a steady state (after the warm-up).
    public var peoplePerReplication: Int
    public var warmUpPeople: Int
    /// Arrivals by route (bit s: entered stage s) as weights — people counted, or shares
    /// of arrivals when populations are mixed — or empty: independent routing by share.
    public var routes: [UInt64: Double]

    public init(stages: [QueueStage], arrivals: ArrivalSchedule, service: ServiceTime = .deterministic, seed: UInt64,
                routes: [UInt64: Double] = [:], replications: Int = 20, peoplePerReplication: Int = 10_000,
                warmUpPeople: Int = 1_000) {
        precondition(replications >= 2, "QueueSimulation: an interval needs two replications or more")
        self.stages = stages
        self.routes = routes
        self.arrivals = arrivals
        self.service = service
        self.seed = seed
        self.replications = replications
        self.peoplePerReplication = peoplePerReplication
        self.warmUpPeople = warmUpPeople
    }

    /// The random streams of one replication: one for arrivals, one per stage for
    /// routing and one per stage for service, so that a stage added at the end changes
    /// nobody's arrival or route at the stages before it.
    private func stream(replication: Int, purpose: UInt32, stage: Int) -> PhiloxStream {
        var x = seed &+ 0x9E37_79B9_7F4A_7C15
        x = Self.mix(x ^ 0x5155_4555_4553_494D)          // "QUEUESIM": apart from the pass streams
        x = Self.mix(x ^ UInt64(truncatingIfNeeded: replication))
        let key = SIMD2(UInt32(truncatingIfNeeded: x), UInt32(truncatingIfNeeded: x >> 32))
        return PhiloxStream(key: key, counter: SIMD4(0, purpose, UInt32(truncatingIfNeeded: stage), 0))
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Arrival times at the entrance, s, and the index of the first measured one.
    private func arrivalTimes(replication: Int) -> (times: [Double], firstMeasured: Int) {
        var words = stream(replication: replication, purpose: 0, stage: 0)
        func exponential(_ rate: Double) -> Double { -Foundation.log(1 - words.uniform()) / rate }
        switch arrivals {
        case .steady(let perHour):
            let rate = perHour / 3600
            var t = 0.0, times: [Double] = []
            times.reserveCapacity(warmUpPeople + peoplePerReplication)
            for _ in 0..<(warmUpPeople + peoplePerReplication) {
                t += exponential(rate)
                times.append(t)
            }
            return (times, warmUpPeople)
        case .hourly(let perHour):
            // Piecewise-constant Poisson: by memorylessness, restart the clock at each hour.
            var times: [Double] = []
            for (hour, ratePerHour) in perHour.enumerated() where ratePerHour > 0 {
                let end = Double(hour + 1) * 3600
                var t = Double(hour) * 3600 + exponential(ratePerHour / 3600)
                while t < end {
                    times.append(t)
                    t += exponential(ratePerHour / 3600)
                }
            }
            return (times, 0)
        }
    }

    /// One replication's raw figures.
    private struct Replication {
        var stageWaits: [[Double]]            // measured entrants' waits, per stage
        var stageWaitByHour: [[(sum: Double, count: Int)]]
        var stageBusyS: [Double]
        var stageMaxQueue: [Int]
        var totalWaits: [Double]              // per measured arrival, over the pipeline
        var totalByHour: [(sum: Double, count: Int)]
        var windowS: Double
    }

    /// Each arrival's route, drawn from `routes` by frequency (routes in key order, so
    /// the draw does not depend on a dictionary's iteration order); nil without routes.
    private func drawRoutes(count n: Int, replication r: Int) -> [UInt64]? {
        let keys = routes.keys.sorted()
        var cumulative: [Double] = []
        var sum = 0.0
        for key in keys {
            sum += routes[key] ?? 0
            cumulative.append(sum)
        }
        // Summed in key order, not the dictionary's (which differs from run to run):
        // fractional weights would otherwise round to another total.
        let total = sum
        guard !keys.isEmpty, total > 0 else { return nil }
        var words = stream(replication: r, purpose: 3, stage: 0)
        return (0..<n).map { _ in
            // 0 ..< total. For whole counts this draws what Int(u · total) did: a whole
            // c exceeds x exactly when it exceeds ⌊x⌋.
            let target = words.uniform() * total
            var low = 0, high = cumulative.count - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] > target { high = mid } else { low = mid + 1 }
            }
            return keys[low]
        }
    }

    private func replicate(_ r: Int) -> Replication {
        let (entrance, first) = arrivalTimes(replication: r)
        let n = entrance.count
        let hours: Int
        if case .hourly(let rates) = arrivals { hours = rates.count } else { hours = 0 }
        let windowS: Double
        switch arrivals {
        case .steady: windowS = n > first ? entrance[n - 1] - (first > 0 ? entrance[first - 1] : 0) : 0
        case .hourly(let rates): windowS = Double(rates.count) * 3600
        }
        var ready = entrance
        var totalWaits = [Double](repeating: 0, count: n)
        var result = Replication(stageWaits: [], stageWaitByHour: [], stageBusyS: [], stageMaxQueue: [], totalWaits: [],
                                 totalByHour: Array(repeating: (0, 0), count: hours), windowS: windowS)
        let hourOf = entrance.map { hours == 0 ? 0 : Swift.min(hours - 1, Int($0 / 3600)) }
        let routeOf = drawRoutes(count: n, replication: r)
        for (s, stage) in stages.enumerated() {
            var route = stream(replication: r, purpose: 1, stage: s)
            var serviceWords = stream(replication: r, purpose: 2, stage: s)
            var entrants: [Int] = []
            entrants.reserveCapacity(n)
            if let routeOf {
                for i in 0..<n where routeOf[i] & (1 << UInt64(s)) != 0 { entrants.append(i) }
            } else {
                for i in 0..<n where stage.share >= 1 || route.uniform() < stage.share { entrants.append(i) }
            }
            var serviceS = [Double](repeating: stage.secondsPerPerson, count: n)
            if service == .exponential {
                for i in entrants { serviceS[i] = -stage.secondsPerPerson * Foundation.log(1 - serviceWords.uniform()) }
            }
            entrants.sort { ready[$0] != ready[$1] ? ready[$0] < ready[$1] : $0 < $1 }
            var free = [Double](repeating: -Double.infinity, count: Swift.max(1, stage.units))
            var waits: [Double] = []
            var byHour = [(sum: Double, count: Int)](repeating: (0, 0), count: hours)
            var busy = 0.0
            var events: [(time: Double, change: Int)] = []
            for i in entrants {
                var k = 0
                for u in free.indices.dropFirst() where free[u] < free[k] { k = u }
                let start = Swift.max(ready[i], free[k])
                let wait = start - ready[i]
                free[k] = start + serviceS[i]
                ready[i] = free[k]
                totalWaits[i] += wait
                if wait > 0 { events += [(start - wait, 1), (start, -1)] }
                guard i >= first else { continue }
                waits.append(wait)
                busy += serviceS[i]
                if hours > 0 {
                    byHour[hourOf[i]].sum += wait
                    byHour[hourOf[i]].count += 1
                }
            }
            // The queue's length over time: +1 on joining, −1 on starting service (a
            // start before a join at the same instant).
            events.sort { $0.time != $1.time ? $0.time < $1.time : $0.change < $1.change }
            let windowStart = first > 0 && first <= n ? entrance[first - 1] : 0
            var length = 0, most = 0
            for event in events {
                length += event.change
                if event.time >= windowStart { most = Swift.max(most, length) }
            }
            result.stageWaits.append(waits)
            result.stageWaitByHour.append(byHour)
            result.stageBusyS.append(busy)
            result.stageMaxQueue.append(most)
        }
        for i in first..<Swift.max(first, n) {
            result.totalWaits.append(totalWaits[i])
            if hours > 0 {
                result.totalByHour[hourOf[i]].sum += totalWaits[i]
                result.totalByHour[hourOf[i]].count += 1
            }
        }
        return result
    }

    /// The mean of per-replication means and its 95 % Student-t interval.
    static func meanInterval(_ means: [Double]) -> (mean: Double, low: Double, high: Double)? {
        guard !means.isEmpty else { return nil }
        let m = means.reduce(0, +) / Double(means.count)
        guard means.count >= 2 else { return (m, m, m) }
        let variance = means.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(means.count - 1)
        let half = StudentT.quantile975(degreesOfFreedom: means.count - 1) * (variance / Double(means.count)).squareRoot()
        return (m, m - half, m + half)
    }

    /// The nearest-rank `p` quantile of sorted values.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(sorted.count, Swift.max(1, rank)) - 1]
    }

    /// The hour (from 1) with the largest mean, and that mean, over all replications.
    private static func peak(_ byHour: [(sum: Double, count: Int)]) -> (hour: Int, meanS: Double)? {
        var best: (hour: Int, meanS: Double)?
        for (h, cell) in byHour.enumerated() where cell.count > 0 {
            let mean = cell.sum / Double(cell.count)
            if best.map({ mean > $0.meanS }) ?? true { best = (h + 1, mean) }
        }
        return best
    }

    public func run() -> QueueFigures {
        let runs = (0..<replications).map(replicate)
        let steady: Bool
        if case .steady = arrivals { steady = true } else { steady = false }
        let meanRate = arrivals.meanArrivalsPerHour
        var figures: [StageQueueFigures] = []
        for (s, stage) in stages.enumerated() {
            let saturated = steady && stage.utilisation(arrivalsPerHour: meanRate) >= 1
            let all = runs.flatMap { $0.stageWaits[s] }.sorted()
            let means = runs.compactMap { $0.stageWaits[s].isEmpty ? nil : $0.stageWaits[s].reduce(0, +) / Double($0.stageWaits[s].count) }
            let window = runs.reduce(0) { $0 + $1.windowS }
            let interval = saturated ? nil : Self.meanInterval(means)
            var byHour = [(sum: Double, count: Int)](repeating: (0, 0), count: runs.first?.stageWaitByHour[s].count ?? 0)
            for run in runs { for h in byHour.indices { byHour[h].sum += run.stageWaitByHour[s][h].sum; byHour[h].count += run.stageWaitByHour[s][h].count } }
            let peak = Self.peak(byHour)
            figures.append(StageQueueFigures(
                stage: stage, enteringPerHour: meanRate * stage.share,
                utilisation: window > 0 ? runs.reduce(0) { $0 + $1.stageBusyS[s] } / (Double(Swift.max(1, stage.units)) * window) : 0,
                isSaturated: saturated, meanWaitS: interval?.mean, meanWaitLowS: interval?.low, meanWaitHighS: interval?.high,
                waitP50S: saturated ? nil : Self.percentile(all, 0.5), waitP90S: saturated ? nil : Self.percentile(all, 0.9),
                waitP95S: saturated ? nil : Self.percentile(all, 0.95),
                meanQueueLength: saturated || window <= 0 ? nil : all.reduce(0, +) / window,
                maxQueueLength: runs.map { $0.stageMaxQueue[s] }.max() ?? 0,
                peakHour: peak?.hour, peakHourMeanWaitS: peak?.meanS,
                formulaWaitS: StageQueue.meanWaitS(arrivalsPerSecond: meanRate / 3600 * stage.share,
                                                   seconds: stage.secondsPerPerson, units: stage.units)))
        }
        let anySaturated = figures.contains(where: \.isSaturated)
        let totals = anySaturated ? nil : Self.meanInterval(runs.compactMap { $0.totalWaits.isEmpty ? nil : $0.totalWaits.reduce(0, +) / Double($0.totalWaits.count) })
        var totalByHour = [(sum: Double, count: Int)](repeating: (0, 0), count: runs.first?.totalByHour.count ?? 0)
        for run in runs { for h in totalByHour.indices { totalByHour[h].sum += run.totalByHour[h].sum; totalByHour[h].count += run.totalByHour[h].count } }
        let peak = Self.peak(totalByHour)
        let formula = figures.reduce(Double?.some(0)) { sum, f in sum.flatMap { s in f.formulaWaitS.map { s + f.stage.share * $0 } } }
        return QueueFigures(stages: figures, meanWaitS: totals?.mean, meanWaitLowS: totals?.low, meanWaitHighS: totals?.high,
                            peakHour: peak?.hour, peakHourMeanWaitS: peak?.meanS, formulaWaitS: formula,
                            replications: replications, measuredPeople: runs.reduce(0) { $0 + $1.totalWaits.count })
    }
}
