import Foundation
import PortalSimFuzzing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the binary on one mutant with a time limit, its output into files (a pipe the
/// fuzzer did not read could block the child and look like a hang).
///
/// By `posix_spawn` and a `waitpid` poll rather than `Process`: Foundation reports a
/// child's end through a dispatch queue, and with the workers blocked waiting that
/// report can come late, which would count a quick run as a hang.
enum ProcessRunner {
    static func run(_ binary: String, _ arguments: [String], folder: String, timeoutSeconds: Double) -> RunOutcome {
        let outPath = folder + "/stdout.txt", errPath = folder + "/stderr.txt"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else {
            return RunOutcome(ending: .exited(-1), stderr: "portalsim-fuzz: cannot start \(binary): error \(spawned)")
        }
        var status: Int32 = 0
        // The limit is on the child's CPU time where the system tells it (Linux), so that a
        // machine busy with other work does not turn slow runs into hangs; the wall clock
        // stops a child that hangs without spinning, at five times the limit.
        let started = Date()
        var timedOut = false
        while waitpid(pid, &status, WNOHANG) == 0 {
            let wall = Date().timeIntervalSince(started)
            if (cpuSeconds(pid) ?? wall) >= timeoutSeconds || wall >= 5 * timeoutSeconds {
                timedOut = true
                // Our own child, by its id: SIGKILL, since a hung run may not heed SIGTERM.
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            usleep(5_000)
        }
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        let ending: RunOutcome.Ending
        if timedOut {
            ending = .timedOut(seconds: timeoutSeconds)
        } else if status & 0x7f == 0 {
            ending = .exited((status >> 8) & 0xff)
        } else {
            ending = .signalled(status & 0x7f)
        }
        return RunOutcome(ending: ending, stderr: stderr, tables: tables(under: folder + "/out"))
    }

    /// The CPU time a running child has used, from /proc/PID/stat (user + system, fields
    /// 14 and 15 after the parenthesised name); nil where there is no /proc.
    static func cpuSeconds(_ pid: pid_t) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // fields[0] is the state (field 3), so utime (field 14) is fields[11].
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Every `*.csv` below `folder`, by path relative to it, in name order.
    static func tables(under folder: String) -> [(name: String, text: String)] {
        guard let names = try? FileManager.default.subpathsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasSuffix(".csv") }.sorted().compactMap { name in
            (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)).map { (name, $0) }
        }
    }
}
