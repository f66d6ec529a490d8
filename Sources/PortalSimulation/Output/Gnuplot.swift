import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a picture could not be made, with what the user needs to fix it.
public enum PlotError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `gnuplot` on PATH.
    case gnuplotMissing
    /// The scripts folder lacks the script a CSV needs.
    case scriptMissing(path: String)
    /// gnuplot ran and failed (or wrote nothing); its standard error follows.
    case gnuplotFailed(script: String, csv: String, status: Int32, stderr: String)
    /// gnuplot could not be started, or its picture not put in place.
    case cannotRun(script: String, csv: String, reason: String)

    public var description: String {
        switch self {
        case .gnuplotMissing:
            "gnuplot is not installed; install it with: sudo apt-get install gnuplot-nox (or run scripts/bootstrap --plots)"
        case let .scriptMissing(path):
            "the plot script \(path) does not exist; give the plots folder with --scripts DIR or PORTALSIM_PLOTS"
        case let .gnuplotFailed(script, csv, status, stderr):
            "gnuplot failed (exit status \(status)) drawing \(csv) with \(script):\n"
                + (stderr.isEmpty ? "(gnuplot wrote no message and no picture)" : stderr.trimmingCharacters(in: .whitespacesAndNewlines))
        case let .cannotRun(script, csv, reason):
            "cannot draw \(csv) with \(script): \(reason)"
        }
    }
}

/// The gnuplot program, run once per picture.
public struct Gnuplot: Sendable {
    public let executablePath: String

    public init(executablePath: String) {
        self.executablePath = executablePath
    }

    /// The first executable `gnuplot` on the PATH of `environment`.
    public static func locate(environment: [String: String]) throws(PlotError) -> Gnuplot {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders where !folder.isEmpty {
            let candidate = folder + "/gnuplot"
            if FileManager.default.isExecutableFile(atPath: String(candidate)) { return Gnuplot(executablePath: String(candidate)) }
        }
        throw .gnuplotMissing
    }

    /// Draws `csv` with `script` into `picture` (PNG or SVG by its extension), and
    /// returns gnuplot's warnings, if any.
    ///
    /// gnuplot writes into a temporary file beside the picture, which is renamed over
    /// it only when gnuplot succeeded: a failed or interrupted drawing leaves the old
    /// picture, never half a new one (as AtomicFile does for CSV).
    public func render(script: String, csv: String, picture: String) throws(PlotError) -> String {
        guard FileManager.default.fileExists(atPath: script) else { throw .scriptMissing(path: script) }
        let folder = (picture as NSString).deletingLastPathComponent
        let name = (picture as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension
        let stem = (name as NSString).deletingPathExtension
        // The extension stays last: the scripts choose the terminal by it.
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(stem).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).\(ext)"
        defer { unlink(temporary) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        process.arguments = ["-e", "datafile='\(Self.quoted(csv))'; outfile='\(Self.quoted(temporary))'", script]
        let errors = Pipe(), output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            throw .cannotRun(script: script, csv: csv, reason: "cannot start \(executablePath): \(error.localizedDescription)")
        }
        // Read both pipes to the end before waiting, so that a chatty gnuplot cannot block.
        let stderrData = errors.fileHandleForReading.readDataToEndOfFile()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let messages = String(decoding: stderrData, as: UTF8.self)
        let size = ((try? FileManager.default.attributesOfItem(atPath: temporary))?[.size] as? NSNumber)?.intValue ?? 0
        guard process.terminationStatus == 0, size > 0 else {
            throw .gnuplotFailed(script: script, csv: csv, status: process.terminationStatus, stderr: messages)
        }
        guard rename(temporary, picture) == 0 else {
            throw .cannotRun(script: script, csv: csv, reason: "cannot write \(picture): \(String(cString: strerror(errno)))")
        }
        return messages.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Text for inside a gnuplot single-quoted string, where a quote is written twice.
    static func quoted(_ text: String) -> String {
        text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''")
    }
}
