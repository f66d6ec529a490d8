import Dispatch
import Foundation
import PortalSimulation

/// Ctrl-C (SIGINT), SIGTERM (what `timeout`, Slurm and Kubernetes send) and SIGHUP (a
/// closed terminal) all stop a command the same way. Before the outputs are being
/// written: stop at once, remove this process's temporaries and the empty folders it
/// made, and say that nothing was written. While they are being written: finish them
/// first (each is atomic, and `run.json` comes last), then stop; a second signal while
/// writing stops at once, leaving the folder without its `run.json` and without
/// temporaries. The exit status is 128 + the signal's number (130, 143, 129). Never a
/// half-written file. SIGKILL cannot be caught: it may leave a `.NAME.tmp-PID-…` file,
/// never a half-written one, and never a `run.json` beside unfinished results.
enum Interruption {
    private static let state = InterruptionState()

    /// The signals handled, with their names for messages.
    static let signals: [(number: Int32, name: String)] = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")]

    static func install() {
        for (number, name) in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { handle(number, name) }
            source.resume()
            state.keep(source)
        }
    }

    /// Where this command writes: a folder whose temporaries (and, if still empty, the
    /// folders made for it) go when the command stops early.
    static func watch(_ folder: RunFolder) {
        state.watch(folder)
    }

    /// Removes what the watched folders hold of this run (temporaries, empty folders it
    /// made); for a command that stops on an error.
    static func abandonOutputs() {
        for folder in state.watched() { folder.abandon() }
    }

    private static func handle(_ number: Int32, _ name: String) {
        switch state.requestStop(number) {
        case .now(let written):
            if written {
                printError("portalsim: interrupted (\(name)) after the outputs were written")
            } else {
                abandonOutputs()
                printError("portalsim: interrupted (\(name)); no output was written")
            }
            exit(128 + number)
        case .afterWriting:
            break
        case .abortWriting:
            abandonOutputs()
            printError("portalsim: interrupted twice (\(name)) while writing; the output folder is incomplete and has no run.json")
            exit(128 + number)
        }
    }

    /// Runs `body` (the writes) with signals held back until it is done.
    static func deferred(_ body: () throws -> Void) throws {
        guard state.beginWriting() else {
            // A signal is being handled: the handler is exiting; write nothing.
            while true { pause() }
        }
        defer {
            if let number = state.endWriting() {
                let name = signals.first { $0.number == number }?.name ?? "signal \(number)"
                printError("portalsim: interrupted (\(name)) after the outputs were written")
                exit(128 + number)
            }
        }
        try body()
    }
}

/// The little shared state the signal handlers and the main thread agree on.
final class InterruptionState: @unchecked Sendable {
    enum Decision { case now(written: Bool), afterWriting, abortWriting }

    private let lock = NSLock()
    private var writing = false
    private var written = false
    private var stopping = false
    private var requested: Int32?
    private var sources: [DispatchSourceSignal] = []
    private var folders: [RunFolder] = []

    func keep(_ source: DispatchSourceSignal) { lock.withLock { sources.append(source) } }
    func watch(_ folder: RunFolder) { lock.withLock { folders.append(folder) } }
    func watched() -> [RunFolder] { lock.withLock { folders } }

    /// What a signal does now: stop at once, wait for the writes, or (a second signal
    /// during them) abort them.
    func requestStop(_ number: Int32) -> Decision {
        lock.withLock {
            if !writing {
                stopping = true
                return .now(written: written)
            }
            if requested != nil { return .abortWriting }
            requested = number
            return .afterWriting
        }
    }

    /// False when a stop is already under way (nothing may be written any more).
    func beginWriting() -> Bool {
        lock.withLock {
            guard !stopping else { return false }
            writing = true
            return true
        }
    }

    /// The signal that arrived meanwhile, if any.
    func endWriting() -> Int32? {
        lock.withLock {
            writing = false
            written = true
            return requested
        }
    }
}
