import Foundation

/// `worstcase.csv` and the terminal summary of a `WorstCaseSearch`: one row per
/// configuration and threat device.
///
/// The columns:
/// - `configuration`, `object`: the case; `location`: the body location found weakest.
/// - `yaw_deg`, `pitch_deg`, `roll_deg`: the device's attitude in the portal's frame
///   (`AttitudeAngles`: intrinsic z-y′-x″ of the device's own axes; x the walker's right,
///   y the walking direction, z up), to 0.1°.
/// - `lateral_offset_m`: the walker's centre line right of the aperture's centre
///   (negative: left), to 1 mm; `speed_m_per_s`: walking speed, to 0.01 m/s.
/// - `trials`, `pd`, `pd_low`, `pd_high`: the confirmation run of that placement (fresh
///   passes), its detection by the whole pipeline and Clopper–Pearson 95 % interval.
/// - `average_pd`, `average_pd_low`, `average_pd_high`: the configuration's detection
///   of the device carried as usual, pooled over the threats' locations (equal passes
///   each), from the run at the scenario's seed that `compare` makes.
/// - `rank_average`, `rank_worst`: the configuration's rank among the configurations for
///   this device, by average and by worst-case detection (1: stops it most often; equal
///   rates share a rank).
/// - `evaluations`: objective evaluations the search spent on the row.
public enum WorstCaseTable {
    public static let header = [
        "configuration", "object", "location", "yaw_deg", "pitch_deg", "roll_deg", "lateral_offset_m", "speed_m_per_s",
        "trials", "pd", "pd_low", "pd_high", "average_pd", "average_pd_low", "average_pd_high",
        "rank_average", "rank_worst", "evaluations",
    ]

    public static func table(_ findings: [WorstCaseFinding]) throws(CSVError) -> CSVTable {
        var table = CSVTable(header: header)
        let (averageRanks, worstRanks) = ranks(findings)
        for (i, finding) in findings.enumerated() {
            try table.append([
                .text(finding.configuration), .text(finding.object), .text(finding.location.name),
                .number(rounded(finding.angles.yawDeg, step: 0.1)), .number(rounded(finding.angles.pitchDeg, step: 0.1)),
                .number(rounded(finding.angles.rollDeg, step: 0.1)),
                .number(rounded(finding.placement.lateralOffsetM, step: 0.001)), .number(rounded(finding.placement.speedMPerS, step: 0.01)),
                .integer(finding.trials),
            ] + RateFields.fields(successes: finding.detected, trials: finding.trials)
              + RateFields.fields(successes: finding.averageDetected, trials: finding.averageTrials)
              + [.integer(averageRanks[i]), .integer(worstRanks[i]), .integer(finding.evaluations)])
        }
        return table
    }

    /// `x` to a multiple of `step` as text would show it (0.30000000000000004 is 0.3).
    static func rounded(_ x: Double, step: Double) -> Double {
        NumberFormat.rounded((x / step).rounded() * step, significantDigits: 10)
    }

    /// Each finding's rank among the findings of its object, by average and by
    /// worst-case rate: 1 for the highest, equal rates the same rank ("1, 2, 2, 4").
    static func ranks(_ findings: [WorstCaseFinding]) -> (average: [Int], worst: [Int]) {
        func rank(_ rate: (WorstCaseFinding) -> Double) -> [Int] {
            findings.map { finding in
                1 + findings.filter { $0.object == finding.object && rate($0) > rate(finding) }.count
            }
        }
        return (rank(averageRate), rank(worstRate))
    }

    static func worstRate(_ f: WorstCaseFinding) -> Double { f.trials > 0 ? Double(f.detected) / Double(f.trials) : 0 }
    static func averageRate(_ f: WorstCaseFinding) -> Double { f.averageTrials > 0 ? Double(f.averageDetected) / Double(f.averageTrials) : 0 }

    /// The terminal summary: a sentence per row, then per device how the ranking of
    /// the configurations changes under the worst case.
    public static func summary(_ findings: [WorstCaseFinding]) -> String {
        var lines = findings.map(sentence)
        var objects: [String] = []
        for finding in findings where !objects.contains(finding.object) { objects.append(finding.object) }
        if Set(findings.map(\.configuration)).count > 1 {
            let (averageRanks, worstRanks) = ranks(findings)
            for object in objects {
                let rows = findings.indices.filter { findings[$0].object == object }
                func order(_ ranks: [Int]) -> String {
                    rows.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { "\(ranks[$0]). \(findings[$0].configuration)" }
                        .joined(separator: ", ")
                }
                let moves = rows.filter { averageRanks[$0] != worstRanks[$0] }
                    .map { "\(findings[$0].configuration) \(averageRanks[$0]) → \(worstRanks[$0])" }
                lines.append("ranking for \(object), on average: \(order(averageRanks)); under the worst case: \(order(worstRanks))"
                             + (moves.isEmpty ? " (unchanged)" : " (moves: \(moves.joined(separator: ", ")))"))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// "worst placement of mini-phone-3310 through 'today': ankle-sock, in a sock …;
    /// turned 72° from its usual attitude (yaw …), walking 1.40 m/s 0.080 m right of
    /// centre: 12 % stopped [10 %, 14 %], against 45 % [43 %, 47 %] on average".
    static func sentence(_ f: WorstCaseFinding) -> String {
        let turn = AttitudeAngles.turnDeg(from: f.location.typicalAttitude.rotation, to: f.placement.attitude)
        let offset = f.placement.lateralOffsetM
        let side = abs(offset) < 0.0005 ? "on the centre line" : String(format: "%.3f m %@ of centre", abs(offset), offset > 0 ? "right" : "left")
        let worst = ClopperPearson.interval(successes: f.detected, trials: f.trials)
        let average = ClopperPearson.interval(successes: f.averageDetected, trials: f.averageTrials)
        return "worst placement of \(f.object) through '\(f.configuration)': \(f.location.name), \(f.location.summary); "
            + String(format: "turned %.0f° from its usual attitude (yaw %.1f°, pitch %.1f°, roll %.1f°), ", turn,
                     f.angles.yawDeg, f.angles.pitchDeg, f.angles.rollDeg)
            + String(format: "walking %.2f m/s ", f.placement.speedMPerS) + side + ": "
            + "\(percent(worstRate(f))) stopped [\(percent(worst.low)), \(percent(worst.high))] of \(f.trials), "
            + "against \(percent(averageRate(f))) [\(percent(average.low)), \(percent(average.high))] on average"
    }

    /// "12 %"; within 1 % of 0 or 100 %, one decimal ("0.4 %", "99.6 %"); "0 %", "100 %" exactly.
    static func percent(_ rate: Double) -> String {
        let p = 100 * rate
        return p == 0 || p == 100 || (p >= 1 && p <= 99) ? String(format: "%.0f %%", p) : String(format: "%.1f %%", p)
    }
}
