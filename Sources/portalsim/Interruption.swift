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

    /// Installs the handlers; call once, before anything is written. A plain signal
    /// handler writes the signal's number into a pipe, and a thread of ours reads it and
    /// does the stopping (printing, removing files and `exit` are not safe inside a
    /// signal handler). The handler is in place when this returns, and the signals are
    /// then unblocked: a mask inherited from the parent (a test runner's, a scheduler's)
    /// must not hold them back, and one that arrived while blocked is handled at once.
    static func install() {
        // Without the pipe the signals keep their default action: they stop the process.
        guard SignalPipe.shared.isOpen, state.markInstalled() else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in SignalPipe.shared.post(number) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        var handled = sigset_t()
        sigemptyset(&handled)
        for (number, _) in signals {
            sigaction(number, &action, nil)
            sigaddset(&handled, number)
        }
        let reader = Thread {
            while let number = SignalPipe.shared.next() {
                let name = signals.first { $0.number == number }?.name ?? "signal \(number)"
                handle(number, name)
            }
        }
        reader.start()
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
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
    private var installed = false
    private var folders: [RunFolder] = []

    /// True the first time only: the handlers are installed once per process.
    func markInstalled() -> Bool {
        lock.withLock {
            defer { installed = true }
            return !installed
        }
    }
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

/// The self-pipe between the signal handler and the thread that acts on it: `post` is
/// all a signal handler may do (one `write`), `next` blocks until a signal came.
final class SignalPipe: Sendable {
    static let shared = SignalPipe()

    private let readEnd: Int32
    private let writeEnd: Int32

    private init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) != 0 { ends = [-1, -1] }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    var isOpen: Bool { readEnd >= 0 && writeEnd >= 0 }

    /// Async-signal-safe: one write of one byte.
    func post(_ number: Int32) {
        var byte = UInt8(truncatingIfNeeded: number)
        _ = write(writeEnd, &byte, 1)
    }

    /// The next signal's number; nil if the pipe could not be made or is closed.
    func next() -> Int32? {
        var byte: UInt8 = 0
        while true {
            let count = read(readEnd, &byte, 1)
            if count == 1 { return Int32(byte) }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }
}
