import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal (so
/// logs and CI output stay clean), at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let lock = NSLock()
    private var done = 0
    private var lastDraw = Date.distantPast
    private let enabled = isatty(STDERR_FILENO) == 1

    init(total: Int, label: String) {
        self.total = Swift.max(total, 1)
        self.label = label
    }

    func advance(by count: Int) {
        guard enabled else { return }
        lock.withLock {
            done += count
            let now = Date()
            guard now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            draw()
        }
    }

    func finish() {
        guard enabled else { return }
        lock.withLock {
            done = total
            draw()
            FileHandle.standardError.write(Data("\n".utf8))
        }
    }

    private func draw() {
        let fraction = Swift.min(1, Double(done) / Double(total))
        let width = 30, filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(Int(fraction * 100))% \(done)/\(total) passes".utf8))
    }
}
