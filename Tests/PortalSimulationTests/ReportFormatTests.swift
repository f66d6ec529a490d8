import Testing
@testable import PortalSimulation

/// The report's numbers as a reader sees them, and the body map's label column.
struct ReportFormatTests {
    @Test func percentagesAndRanges() {
        #expect(ReportFormat.percent(0.2025) == "20.3 %")
        #expect(ReportFormat.percent(0.0035) == "0.35 %")
        #expect(ReportFormat.percent(0) == "0 %" && ReportFormat.percent(1) == "100 %")
        #expect(ReportFormat.percent(nil) == "–")
        #expect(ReportFormat.rate(0.2025, low: 0.164194, high: 0.245273) == "20.3 % (16.4–24.5)")
        #expect(ReportFormat.rate(0, low: 0, high: 0.00921) == "0 % (0–0.92)")
        #expect(ReportFormat.rate(0.5, low: nil, high: 0.6) == "50.0 %")
    }

    /// Ties round on the file's decimal, half away from zero; the decimals are chosen
    /// after rounding; a rate near 0 or 1 that is not there does not read as if it were.
    @Test func roundingOfTiesAndEnds() {
        #expect(ReportFormat.percent(0.2035) == "20.4 %")     // 0.2035 as a double is 0.20349999…
        #expect(ReportFormat.percent(0.2085) == "20.9 %")
        #expect(ReportFormat.percent(0.1235) == "12.4 %")
        #expect(ReportFormat.percent(0.9996) == "> 99.9 %")
        #expect(ReportFormat.percent(0.99949) == "99.9 %")
        #expect(ReportFormat.percent(0.00996) == "1.0 %")
        #expect(ReportFormat.percent(0.00004) == "< 0.01 %")
        #expect(ReportFormat.amount(99.96) == "100")
        #expect(ReportFormat.amount(9.996) == "10.0")
        #expect(ReportFormat.count(1502) == "1,502" && ReportFormat.count(60) == "60")
        #expect(ReportFormat.quantity(33.5) == "33.5" && ReportFormat.quantity(60) == "60")
        #expect(ReportFormat.pValue(2.90084e-216) == "< 0.001" && ReportFormat.pValue(0.01234) == "0.012")
        #expect(ReportFormat.fixed(1e300, decimals: 0).hasPrefix("1"))   // no trap on a huge figure
    }

    @Test func amountsAndGrouping() {
        #expect(ReportFormat.amount(49.7) == "49.7")
        #expect(ReportFormat.amount(4.28) == "4.28")
        #expect(ReportFormat.amount(3817.48) == "3,817")
        #expect(ReportFormat.amount(104840) == "104,840")
        #expect(ReportFormat.amount(1_234_567.5) == "1,234,568")
        #expect(ReportFormat.amount(-65520) == "−65,520")
        #expect(ReportFormat.grouped(100) == "100" && ReportFormat.grouped(1000) == "1,000")
        #expect(ReportFormat.fixed(0.05, decimals: 1) == "0.1")      // half away from zero
        #expect(ReportFormat.fixed(-0.04, decimals: 1) == "0.0")     // no "−0.0"
        #expect(ReportFormat.fixed(9.996, decimals: 2) == "10.00")  // the carry reaches the whole part
        #expect(ReportFormat.fixed(12.5, decimals: 0) == "13")
    }

    /// Labels keep their dots' order, never closer than the spacing, never below the
    /// floor, and sit at their dots where there is room.
    @Test func bodyMapLabelsDoNotOverlap() {
        let ys = [300.0, 100, 104, 372, 370, 110]
        let rows = SVGBodyMap.labelRows(ys, spacing: 12, lowest: 373)
        let order = ys.indices.sorted { ys[$0] < ys[$1] }
        #expect(rows[1] == 103.5)                                   // the highest sits at its dot
        for (a, b) in zip(order, order.dropFirst()) { #expect(rows[b] - rows[a] >= 12 - 1e-9, "\(rows)") }
        #expect(rows.allSatisfy { $0 <= 373 })
        #expect(rows[0] == 303.5)                                   // room: at its dot
    }

    @Test func colourRunsRedAmberGreen() {
        #expect(SVGBodyMap.colour(0) == "#c0392b")
        #expect(SVGBodyMap.colour(0.5) == "#f39c12")
        #expect(SVGBodyMap.colour(1) == "#27ae60")
        #expect(SVGBodyMap.colour(nil) == "#999999")
    }

    /// Every column the report reads is one its writer writes (a renamed column would
    /// otherwise refuse every folder).
    @Test func theColumnsReadAreTheWritersColumns() {
        let writers: [String: [String]] = [
            "screening.csv": ScreeningTables.screeningHeader, "results.csv": ResultsTables.resultsHeader,
            "alarms.csv": ResultsTables.alarmsHeader, "configurations.csv": ScreeningTables.configurationsHeader,
            "queues.csv": ScreeningTables.queuesHeader, "populations.csv": ScreeningTables.populationsHeader,
            "site.csv": ScreeningTables.siteHeader, "comparison.csv": ScreeningTables.comparisonHeader,
            "bodymap.csv": ScreeningTables.bodyMapHeader, "worstcase.csv": WorstCaseTable.header,
        ]
        #expect(Set(writers.keys) == Set(ReportFolder.columnsRead.keys))
        for (name, columns) in ReportFolder.columnsRead {
            let header = writers[name] ?? []
            #expect(columns.allSatisfy(header.contains), "\(name): \(columns.filter { !header.contains($0) })")
        }
    }

    @Test func theWalkersLineReadsInCentimetres() {
        #expect(ReportChapter.offCentre(-0.074) == "7.4 cm left")
        #expect(ReportChapter.offCentre(0.0045) == "0.5 cm right")
        #expect(ReportChapter.offCentre(0) == "centre" && ReportChapter.offCentre(nil) == "–")
    }
}
