import Foundation
import Testing
@testable import PortalSimulation

/// A reproducible list of passes (alarmed, loudest zone, peak / threshold, flagged by
/// the dipole check: one in six or so, the weakest).
func samplePasses(count: Int, zones: Int, seed: UInt64) -> [(alarmed: Bool, zone: Int, peak: Double, dipole: Bool)] {
    var state = seed
    func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 11
    }
    return (0..<count).map { _ in
        let peak = pow(10, Double(next() % 4000) / 1000 - 2)  // 0.01 … 100
        return (peak >= 1, Int(next() % UInt64(zones)), peak, peak < 0.05)
    }
}

struct StatisticsCaseTallyTests {
    @Test func recordsCounts() {
        var tally = CaseTally(zoneCount: 3)
        tally.record(alarmed: true, loudestZone: 1, peakOverThreshold: 2.5)
        tally.record(alarmed: true, loudestZone: 1, peakOverThreshold: 1.5, dipoleFlagged: true)
        tally.record(alarmed: true, loudestZone: 2, peakOverThreshold: 3)
        tally.record(alarmed: false, loudestZone: 7, peakOverThreshold: 0.2, dipoleFlagged: true)  // zone ignored: no alarm
        #expect(tally.trials == 4)
        #expect(tally.dipoleFlagged == 2)
        #expect(tally.alarms == 3)
        #expect(tally.alarmsByZone == [0, 2, 1])
        #expect(tally.peaks.count == 4)
        #expect(tally.rate == 0.75)
        #expect(tally.topZone?.zone == 2)
        #expect(tally.topZone?.share == 2.0 / 3)
        let interval = tally.interval
        #expect(interval == ClopperPearson.interval(successes: 3, trials: 4))
    }

    @Test func emptyTally() {
        let tally = CaseTally(zoneCount: 6)
        #expect(tally.rate == 0)
        #expect(tally.interval == (0, 1))
        #expect(tally.topZone == nil)
        #expect(tally.peaks.quantile(0.5) == nil)
        #expect(tally.dipoleFlagged == 0)
    }

    @Test func topZoneTieGoesToTheLowerZone() {
        var tally = CaseTally(zoneCount: 4)
        tally.record(alarmed: true, loudestZone: 3, peakOverThreshold: 2)
        tally.record(alarmed: true, loudestZone: 1, peakOverThreshold: 2)
        #expect(tally.topZone?.zone == 2)
        #expect(tally.topZone?.share == 0.5)
    }

    @Test func mergingTwoTalliesEqualsTallyingAllPassesAtOnce() {
        let passes = samplePasses(count: 2_000, zones: 6, seed: 7)
        var all = CaseTally(zoneCount: 6), a = CaseTally(zoneCount: 6), b = CaseTally(zoneCount: 6)
        for (i, pass) in passes.enumerated() {
            all.record(alarmed: pass.alarmed, loudestZone: pass.zone, peakOverThreshold: pass.peak, dipoleFlagged: pass.dipole)
            if i < 1_234 {
                a.record(alarmed: pass.alarmed, loudestZone: pass.zone, peakOverThreshold: pass.peak, dipoleFlagged: pass.dipole)
            } else {
                b.record(alarmed: pass.alarmed, loudestZone: pass.zone, peakOverThreshold: pass.peak, dipoleFlagged: pass.dipole)
            }
        }
        var merged = a
        merged.merge(b)
        #expect(merged == all)
        #expect(merged.trials == 2_000)
        #expect(merged.alarmsByZone.reduce(0, +) == merged.alarms)
        #expect(merged.alarms == passes.filter(\.alarmed).count)
        #expect(merged.dipoleFlagged == passes.filter(\.dipole).count)
        #expect(merged.dipoleFlagged > 200 && merged.dipoleFlagged < 500)
    }

    @Test func decodingChecksThatTheCountsAgree() throws {
        var tally = CaseTally(zoneCount: 2)
        tally.record(alarmed: true, loudestZone: 0, peakOverThreshold: 3, dipoleFlagged: true)
        let good = String(decoding: try JSONEncoder().encode(tally), as: UTF8.self)
        #expect(try JSONDecoder().decode(CaseTally.self, from: Data(good.utf8)) == tally)
        for bad in [
            good.replacingOccurrences(of: #""alarms":1"#, with: #""alarms":2"#),
            good.replacingOccurrences(of: #""trials":1"#, with: #""trials":2"#),
            good.replacingOccurrences(of: "[1,0]", with: "[0,0]"),
            good.replacingOccurrences(of: "[1,0]", with: "[]"),
            good.replacingOccurrences(of: #""dipoleFlagged":1"#, with: #""dipoleFlagged":2"#),
            good.replacingOccurrences(of: #""dipoleFlagged":1"#, with: #""dipoleFlagged":-1"#),
        ] {
            #expect(bad != good)
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(CaseTally.self, from: Data(bad.utf8)) }
        }
        // A tally without the dipole count is refused, not read as no flagged passes.
        var fields = try #require(try JSONSerialization.jsonObject(with: Data(good.utf8)) as? [String: Any])
        #expect(fields.removeValue(forKey: "dipoleFlagged") as? Int == 1)
        let missing = try JSONSerialization.data(withJSONObject: fields)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CaseTally.self, from: missing) }
    }

    /// Counts near Int.max whose sum overflows trapped in the decoder (#10 item 9):
    /// they are refused as a decoding error instead.
    @Test func decodingRefusesCountsWhoseSumOverflows() {
        let big = Int.max
        for bad in [
            // The zone counts' sum overflows.
            #"{"trials":\#(big),"alarms":\#(big),"alarmsByZone":[\#(big),\#(big),2],"dipoleFlagged":0,"#
                + #""peaks":{"bins":[],"underflow":\#(big),"overflow":0}}"#,
            // The histogram's total overflows.
            #"{"trials":\#(big),"alarms":0,"alarmsByZone":[0],"dipoleFlagged":0,"#
                + #""peaks":{"bins":[[3,\#(big)]],"underflow":\#(big),"overflow":1}}"#,
        ] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(CaseTally.self, from: Data(bad.utf8)) }
        }
        let fits = #"{"bins":[[3,\#(big - 1)]],"underflow":1,"overflow":0}"#
        #expect((try? JSONDecoder().decode(PeakHistogram.self, from: Data(fits.utf8)))?.count == big)
    }
}
