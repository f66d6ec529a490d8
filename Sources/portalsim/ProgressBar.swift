import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal (so
/// logs and CI output stay clean), at most ten times a second, tqdm-style:
///
///     example-run  45%|#############                 | 11/25 cases, 45000/100000 passes [00:12<00:15, 3.75k passes/s]
///
/// Cases done are whole cases' worth of passes done: the engine runs the cases in order
/// (a case's blocks before the next case's), so this is the count of finished cases to
/// within the few blocks in flight.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let cases: Int
    private let label: String
    private let lock = NSLock()
    private var done = 0
    private let started = Date()
    private var lastDraw = Date.distantPast
    private let enabled = isatty(STDERR_FILENO) == 1

    /// `total` passes over `cases` cases.
    init(total: Int, cases: Int = 0, label: String) {
        self.total = Swift.max(total, 1)
        self.cases = cases
        self.label = label
    }

    func advance(by count: Int) {
        guard enabled else { return }
        lock.withLock {
            done += count
            let now = Date()
            guard now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            draw(now)
        }
    }

    func finish() {
        guard enabled else { return }
        lock.withLock {
            done = total
            draw(Date())
            FileHandle.standardError.write(Data("\n".utf8))
        }
    }

    private func draw(_ now: Date) {
        let text = Self.line(label: label, passesDone: done, passesTotal: total, casesTotal: cases,
                             elapsedSeconds: now.timeIntervalSince(started))
        // "\u{1B}[K" clears what a longer earlier line left to the right.
        FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
    }

    /// The bar's text: label, percentage, bar, cases and passes done of total, elapsed,
    /// estimated time left (from the mean rate so far; "?" until a pass is done) and rate.
    static func line(label: String, passesDone: Int, passesTotal: Int, casesTotal: Int,
                     elapsedSeconds: Double, width: Int = 30) -> String {
        let total = Swift.max(passesTotal, 1)
        let done = Swift.min(Swift.max(passesDone, 0), total)
        let fraction = Double(done) / Double(total)
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        let percent = String(Int(fraction * 100)).leftPadded(to: 3)
        var counts = "\(done)/\(total) passes"
        if casesTotal > 0 {
            let casesDone = Swift.min(casesTotal, Int(Double(done) / (Double(total) / Double(casesTotal)) + 1e-9))
            counts = "\(casesDone)/\(casesTotal) cases, " + counts
        }
        let rate = elapsedSeconds > 0 ? Double(done) / elapsedSeconds : 0
        let left = rate > 0 ? duration(Double(total - done) / rate) : "?"
        return "\(label) \(percent)%|\(bar)| \(counts) [\(duration(elapsedSeconds))<\(left), \(rateText(rate)) passes/s]"
    }

    /// "00:07", "12:34", "1:02:03": minutes and seconds, hours when there are any.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "?" }
        let whole = Int(seconds.rounded(.down))
        let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60)
        let mmss = String(format: "%02d:%02d", m, s)
        return h > 0 ? "\(h):\(mmss)" : mmss
    }

    /// "850", "3.75k", "12.3M": three significant digits with an SI prefix.
    static func rateText(_ rate: Double) -> String {
        guard rate.isFinite, rate > 0 else { return "0" }
        let (value, prefix): (Double, String) = rate >= 1e6 ? (rate / 1e6, "M") : rate >= 1e3 ? (rate / 1e3, "k") : (rate, "")
        let digits = value >= 100 ? 0 : value >= 10 ? 1 : 2
        return String(format: "%.\(digits)f", value) + prefix
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
