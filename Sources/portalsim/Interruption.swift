import Dispatch
import Foundation

/// Ctrl-C: before the outputs are being written, stop at once and say that nothing was
/// written; while they are being written, finish them first (each is atomic anyway), then
/// stop. Never a half-written file.
enum Interruption {
    private static let state = InterruptionState()

    static func install() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if state.requestStop() {
                printError("portalsim: interrupted; no output was written")
                exit(130)
            }
        }
        source.resume()
        state.keep(source)
    }

    /// Runs `body` (the writes) with Ctrl-C held back until it is done.
    static func deferred(_ body: () throws -> Void) throws {
        state.beginWriting()
        defer {
            if state.endWriting() {
                printError("portalsim: interrupted after the outputs were written")
                exit(130)
            }
        }
        try body()
    }
}

/// The little shared state the signal handler and the main thread agree on.
final class InterruptionState: @unchecked Sendable {
    private let lock = NSLock()
    private var writing = false
    private var stopRequested = false
    private var source: DispatchSourceSignal?

    func keep(_ source: DispatchSourceSignal) { lock.withLock { self.source = source } }

    /// True if the process may stop now.
    func requestStop() -> Bool {
        lock.withLock {
            stopRequested = true
            return !writing
        }
    }

    func beginWriting() { lock.withLock { writing = true } }

    /// True if a stop was requested meanwhile.
    func endWriting() -> Bool {
        lock.withLock {
            writing = false
            return stopRequested
        }
    }
}
