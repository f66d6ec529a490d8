/// What the passes of one case (a configuration and a device at a body location,
/// or an innocent population) came to: how many passes, how many alarmed, which
/// zone alarmed, how far the peak signal was from the threshold.
///
/// Only counts, so tallies of any split of the passes — threads, blocks, shards on
/// different machines — merge into exactly the tally of one run.
/// Rates and intervals are derived from the counts when asked for.
///
/// See docs/statistics.md#cases-passes-and-blocks.
public struct CaseTally: Codable, Equatable, Sendable {
    /// Passes made.
    public var trials: Int
    /// Passes that alarmed.
    public var alarms: Int
    /// Alarmed passes by the zone with the loudest signal relative to its
    /// threshold: index z counts zone z + 1 (zones numbered from 1 at the bottom, as
    /// in the outputs). Sums to `alarms`.
    public var alarmsByZone: [Int]
    /// Peak signal over threshold of every pass, alarmed or not.
    public var peaks: PeakHistogram
    /// Passes in which a carried object's largest dimension exceeded half its distance
    /// to the nearest coil wire at some sample: there the dipole approximation is off
    /// by roughly (size/distance)², a quarter or more.
    public var dipoleFlagged: Int

    /// An empty tally for a portal with `zoneCount` zones (at least one).
    public init(zoneCount: Int) {
        precondition(zoneCount >= 1, "CaseTally: a portal has at least one zone, got \(zoneCount)")
        trials = 0
        alarms = 0
        alarmsByZone = Array(repeating: 0, count: zoneCount)
        peaks = PeakHistogram()
        dipoleFlagged = 0
    }

    /// The number of zones of the portal this tally is for.
    public var zoneCount: Int { alarmsByZone.count }

    /// Counts one pass. `loudestZone` is the 0-based index of the zone with the
    /// largest peak over threshold (as in `Portal.zones`); it is used only when the
    /// pass alarmed. `peakOverThreshold` is that largest peak / threshold.
    /// `dipoleFlagged`: the pass failed the dipole check.
    public mutating func record(alarmed: Bool, loudestZone: Int, peakOverThreshold: Double, dipoleFlagged: Bool = false) {
        trials += 1
        if dipoleFlagged { self.dipoleFlagged += 1 }
        if alarmed {
            precondition(alarmsByZone.indices.contains(loudestZone),
                         "CaseTally: zone index \(loudestZone) outside 0..<\(zoneCount)")
            alarms += 1
            alarmsByZone[loudestZone] += 1
        }
        peaks.record(peakOverThreshold)
    }

    /// Adds `other`'s counts: the result is the tally of both sets of passes.
    /// Both must be for the same number of zones (`TallySet.merge` checks this
    /// and reports it as an error before calling).
    public mutating func merge(_ other: CaseTally) {
        precondition(other.zoneCount == zoneCount,
                     "CaseTally.merge: \(other.zoneCount) zones into a tally of \(zoneCount)")
        trials += other.trials
        alarms += other.alarms
        for zone in alarmsByZone.indices {
            alarmsByZone[zone] += other.alarmsByZone[zone]
        }
        peaks.merge(other.peaks)
        dipoleFlagged += other.dipoleFlagged
    }

    /// The sum of non-negative counts, or nil when it does not fit in an Int.
    static func checkedSum(_ counts: [Int]) -> Int? {
        var total = 0
        for count in counts {
            let (sum, overflow) = total.addingReportingOverflow(count)
            if overflow { return nil }
            total = sum
        }
        return total
    }

    /// alarms / trials: the probability of detection for a threat case, the
    /// nuisance-alarm rate for an innocent population; 0 before any pass.
    public var rate: Double {
        trials == 0 ? 0 : Double(alarms) / Double(trials)
    }

    /// The Clopper–Pearson 95 % interval of `rate`; (0, 1) before any pass.
    public var interval: (low: Double, high: Double) {
        ClopperPearson.interval(successes: alarms, trials: trials)
    }

    /// The zone (numbered from 1) that was loudest in most alarmed passes, the lowest
    /// such zone on a tie, and its share of the alarms; nil when nothing alarmed.
    public var topZone: (zone: Int, share: Double)? {
        guard alarms > 0, let most = alarmsByZone.max() else { return nil }
        let index = alarmsByZone.firstIndex(of: most) ?? 0
        return (index + 1, Double(most) / Double(alarms))
    }

    private enum CodingKeys: String, CodingKey {
        case trials, alarms, alarmsByZone, peaks, dipoleFlagged
    }

    /// Reads a tally and checks that its counts agree with each other, so that a
    /// hand-edited or damaged tally file is refused when read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        trials = try container.decode(Int.self, forKey: .trials)
        alarms = try container.decode(Int.self, forKey: .alarms)
        alarmsByZone = try container.decode([Int].self, forKey: .alarmsByZone)
        peaks = try container.decode(PeakHistogram.self, forKey: .peaks)
        dipoleFlagged = try container.decode(Int.self, forKey: .dipoleFlagged)
        func corrupt(_ key: CodingKeys, _ message: String) -> DecodingError {
            .dataCorruptedError(forKey: key, in: container, debugDescription: message)
        }
        guard trials >= 0 else { throw corrupt(.trials, "negative count \(trials)") }
        guard alarms >= 0, alarms <= trials else {
            throw corrupt(.alarms, "\(alarms) alarms in \(trials) trials")
        }
        guard !alarmsByZone.isEmpty else { throw corrupt(.alarmsByZone, "no zones") }
        // Checked sum: counts near Int.max must be refused, not overflow (a trap).
        guard alarmsByZone.allSatisfy({ $0 >= 0 }), Self.checkedSum(alarmsByZone) == alarms else {
            throw corrupt(.alarmsByZone, "the zone counts \(alarmsByZone) do not add up to the \(alarms) alarms")
        }
        guard peaks.count == trials else {
            throw corrupt(.peaks, "\(peaks.count) peaks recorded for \(trials) trials")
        }
        guard (0...trials).contains(dipoleFlagged) else {
            throw corrupt(.dipoleFlagged, "\(dipoleFlagged) flagged passes in \(trials) trials")
        }
    }
}
