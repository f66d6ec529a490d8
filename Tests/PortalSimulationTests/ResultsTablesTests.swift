import Testing
@testable import PortalSimulation

struct ResultsTablesTests {
    /// A pistol detected in 9 of 10 passes (zone 3 loudest in 6 of them, 2 passes
    /// flagged by the dipole check), a coin never detected in 10, and commuters alarming
    /// in 1 of 4 (1 flagged).
    func tallies() -> TallySet {
        var pistol = CaseTally(zoneCount: 6)
        for (i, zone) in [2, 2, 2, 2, 2, 2, 1, 1, 4].enumerated() {
            pistol.record(alarmed: true, loudestZone: zone, peakOverThreshold: 2, dipoleFlagged: i >= 7)
        }
        pistol.record(alarmed: false, loudestZone: 0, peakOverThreshold: 0.5)
        var coin = CaseTally(zoneCount: 6)
        for _ in 0..<10 { coin.record(alarmed: false, loudestZone: 0, peakOverThreshold: 0.01) }
        var commuters = CaseTally(zoneCount: 6)
        commuters.record(alarmed: true, loudestZone: 0, peakOverThreshold: 1.2, dipoleFlagged: true)
        for _ in 0..<3 { commuters.record(alarmed: false, loudestZone: 0, peakOverThreshold: 0.1) }
        return TallySet(cases: [
            .innocent(configuration: "standard", population: "commuters"): commuters,
            .threat(configuration: "standard", device: "pistol", location: "belt-front"): pistol,
            .threat(configuration: "standard", device: "coin", location: "pocket, left"): coin,
            .threat(configuration: "empty", device: "coin", location: "hand"): CaseTally(zoneCount: 6),
        ])
    }

    @Test func caseKeyOrder() {
        let keys = tallies().sortedKeys
        #expect(keys.map(\.object) == ["coin", "coin", "pistol", "commuters"])
        #expect(keys.map(\.configuration) == ["empty", "standard", "standard", "standard"])
        #expect(CaseKey.threat(configuration: "b", device: "z", location: "z")
            < CaseKey.innocent(configuration: "b", population: "a"))
        #expect(CaseKey.innocent(configuration: "a", population: "z")
            < CaseKey.threat(configuration: "b", device: "a", location: "a"))
    }

    @Test func resultsCSV() throws {
        let text = try ResultsTables.results(tallies()).text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "configuration,object,location,trials,detected,pd,pd_low,pd_high,"
            + "top_zone,top_zone_share,peak_ratio_p05,peak_ratio_median,peak_ratio_p95,alarms_by_zone,dipole_flagged")
        #expect(lines[1] == "empty,coin,hand,0,0,,0,1,0,,,,,0;0;0;0;0;0,0")
        #expect(lines[2] == "standard,coin,\"pocket, left\",10,0,0,0,0.308498,0,,0.0101,0.0101,0.0101,0;0;0;0;0;0,0")
        #expect(lines[3] == "standard,pistol,belt-front,10,9,0.9,0.554983,0.997472,3,0.6666666666666666,0.495,2.02,2.02,0;2;6;0;1;0,2")
        #expect(lines.count == 5 && lines[4] == "")
    }

    /// Interval ends are rounded outward, lower down and upper up (#10 item 5): the
    /// printed interval contains the computed one. Exact ends from scipy's beta.ppf:
    /// 20000 of 20000 has a lower end of 0.99981557303…, 7.4 million of 7.4 million one
    /// of 0.99999950150…, 0 of 20000 an upper end of 0.000184426963….
    @Test func intervalEndsAreRoundedOutward() throws {
        func ends(_ k: Int, _ n: Int) -> [String] {
            RateFields.fields(successes: k, trials: n).dropFirst().map { field in
                if case .number(let x) = field { return NumberFormat.shortest(x) }
                return "?"
            }
        }
        #expect(ends(20000, 20000) == ["0.999815", "1"])
        #expect(ends(7_400_000, 7_400_000) == ["0.999999", "1"])
        #expect(ends(0, 20000) == ["0", "0.000184427"])
        #expect(ends(9, 10) == ["0.554983", "0.997472"])
        // An end already at the printed precision stays where it is.
        #expect(NumberFormat.rounded(0.14, significantDigits: 2, rule: .up) == 0.14)
        #expect(NumberFormat.rounded(0.14, significantDigits: 2, rule: .down) == 0.14)
        #expect(NumberFormat.rounded(-0.1234567, significantDigits: 3, rule: .down) == -0.124)
        #expect(NumberFormat.rounded(1.2345e-30, significantDigits: 3, rule: .up) == 1.24e-30)
        #expect(NumberFormat.rounded(1.2345e-30, significantDigits: 3, rule: .down) == 1.23e-30)
        #expect(NumberFormat.fixed(0.14, decimals: 2, rule: .up) == "0.14")
        #expect(NumberFormat.fixed(0.99981557, decimals: 2, rule: .down) == "0.99")
        #expect(NumberFormat.fixed(-0.0001, decimals: 3, rule: .down, sign: true) == "-0.001")
        // The text summary rounds outward too: 1.00 [0.99, 1.00], not [1.00, 1.00].
        var all = CaseTally(zoneCount: 1)
        for _ in 0..<20000 { all.record(alarmed: true, loudestZone: 0, peakOverThreshold: 3) }
        let summary = ResultsTables.summary(TallySet(cases: [.threat(configuration: "c", device: "d", location: "l"): all]))
        #expect(summary.contains("1.00 [0.99, 1.00]"), "\(summary)")
    }

    @Test func alarmsCSV() throws {
        let text = try ResultsTables.alarms(tallies()).text
        #expect(text == """
            configuration,population,trials,alarms,alarm_rate,rate_low,rate_high,top_zone,top_zone_share,peak_ratio_median,alarms_by_zone,dipole_flagged
            standard,commuters,4,1,0.25,0.00630946,0.80588,1,1,0.101,1;0;0;0;0;0,1

            """)
    }

    @Test func summaryAlignsColumns() {
        let summary = ResultsTables.summary(tallies())
        #expect(summary == """
            configuration  object  location      trials  pd
            empty          coin    hand               0  - [0.00, 1.00]
            standard       coin    pocket, left      10  0.00 [0.00, 0.31]
            standard       pistol  belt-front        10  0.90 [0.55, 1.00]

            configuration  population  trials  alarm rate
            standard       commuters        4  25.00% [0.63%, 80.59%]

            """)
        #expect(ResultsTables.summary(TallySet()) == "no cases\n")
    }

    /// One warning for the whole run, naming every flagged case in output order.
    @Test func dipoleWarningNamesTheFlaggedCases() {
        #expect(ResultsTables.dipoleWarning(TallySet()) == nil)
        var clean = tallies()
        for key in clean.sortedKeys { clean.cases[key]?.dipoleFlagged = 0 }
        #expect(ResultsTables.dipoleWarning(clean) == nil)
        #expect(ResultsTables.dipoleWarning(tallies()) == """
            portalsim: warning: in 2 cases, passes took an object closer to a coil wire than twice its largest dimension \
            (the case's own object or an everyday item carried with it):
              configuration  object     location    flagged passes
              standard       pistol     belt-front         2 of 10
              standard       commuters  -                   1 of 4
            The object is large next to its distance to a coil wire; the dipole approximation is off by roughly \
            (size/distance)² in those passes. Their counts are in the dipole_flagged column of results.csv and alarms.csv.
            """)
    }

    @Test func dipoleWarningCountsTheCasesItDoesNotName() throws {
        var many = TallySet()
        for i in 0..<12 {
            var tally = CaseTally(zoneCount: 1)
            tally.record(alarmed: false, loudestZone: 0, peakOverThreshold: 0.5, dipoleFlagged: true)
            many.cases[.threat(configuration: "c", device: "object-\(10 + i)", location: "shoe")] = tally
        }
        let warning = try #require(ResultsTables.dipoleWarning(many))
        #expect(warning.hasPrefix("portalsim: warning: in 12 cases,"))
        #expect(warning.contains("object-19") && !warning.contains("object-20"))
        #expect(warning.contains("\n  and 2 more\n"))
        #expect(warning.components(separatedBy: "portalsim: warning:").count == 2)
    }
}
