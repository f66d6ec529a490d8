import Testing
@testable import portalsim

/// The progress bar's text, tqdm-style: percentage, bar, cases and passes, elapsed,
/// time left and rate.
@Suite struct ProgressBarTests {
    @Test func showsCasesPassesElapsedETAAndRate() {
        let line = ProgressBar.line(label: "example-run", passesDone: 45_000, passesTotal: 100_000, casesTotal: 25,
                                    elapsedSeconds: 12, width: 20)
        #expect(line == "example-run  45%|#########           | 11/25 cases, 45000/100000 passes [00:12<00:14, 3.75k passes/s]")
    }

    @Test func beforeTheFirstPassTheTimeLeftIsUnknown() {
        let line = ProgressBar.line(label: "x", passesDone: 0, passesTotal: 10, casesTotal: 2, elapsedSeconds: 0, width: 4)
        #expect(line == "x   0%|    | 0/2 cases, 0/10 passes [00:00<?, 0 passes/s]")
    }

    @Test func aFinishedRunCountsEveryCase() {
        let line = ProgressBar.line(label: "x", passesDone: 3000, passesTotal: 3000, casesTotal: 3, elapsedSeconds: 3725, width: 4)
        #expect(line == "x 100%|####| 3/3 cases, 3000/3000 passes [1:02:05<00:00, 0.81 passes/s]")
    }

    @Test func ratesAndDurations() {
        #expect(ProgressBar.rateText(850) == "850" && ProgressBar.rateText(12_345_678) == "12.3M" && ProgressBar.rateText(9.5) == "9.50")
        #expect(ProgressBar.duration(59.9) == "00:59" && ProgressBar.duration(600) == "10:00" && ProgressBar.duration(.infinity) == "?")
    }
}
