import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a run writes its results into, and the order it writes them in.
///
/// Every command that writes a run folder (`run`, `compare`, `sweep`, `qualify`,
/// `check --output`, `merge`) goes through here, so they all keep the same promises:
/// - an empty path is refused, and a folder outside the working directory is named by
///   its absolute path before anything runs (`locationNote`);
/// - the folder is created and a probe file written and removed *before* the simulation
///   (`prepare`), so an unwritable place costs a second, not the run;
/// - `commit` removes the old `run.json` first, then the PortalSim outputs of an earlier
///   run that this run does not write (an old comparison.csv beside a plain run's
///   results), writes each file atomically, and writes `run.json` last, listing the
///   files with their SHA-256. A folder with a `run.json` is therefore a finished one;
///   a run killed while writing leaves at most temporaries and no `run.json`.
/// Files PortalSim does not write (notes, plots, a trace.csv) are never touched.
public struct RunFolder: Sendable {
    /// Who named the folder, for messages: a flag, or a key of a scenario file.
    public enum Origin: Sendable, Equatable {
        case flag(String)
        case key(file: String, keyPath: String)

        func diagnostic(_ message: String) -> InputDiagnostic {
            switch self {
            case .flag(let flag): InputDiagnostic(location: nil, keyPath: flag, message: message)
            case .key(let file, let keyPath): InputDiagnostic(file: file, keyPath: keyPath, message: message)
            }
        }
    }

    /// The folder as given ("out/example-run").
    public let path: String
    /// The same, absolute and without `.` or `..`.
    public let absolutePath: String
    /// Whether `absolutePath` lies outside the working directory.
    public let isOutsideWorkingDirectory: Bool
    /// The directories `prepare` created, outermost first; `abandon` removes them again
    /// if they are still empty.
    public let createdDirectories: [String]

    /// The names of the files PortalSim's run-folder commands write. `commit` removes
    /// those of them this run does not write; `tallies-*.json` are matched by pattern.
    public static let knownOutputs: Set<String> = [
        "run.json", "results.csv", "alarms.csv", "passes.csv", "screening.csv", "stages.csv",
        "configurations.csv", "comparison.csv", "queues.csv", "site.csv", "populations.csv", "bodymap.csv", "sweep.csv", "roc.csv",
        "qualification.csv", "worstcase.csv",
    ]

    /// Checks that `path` can hold the run's files: not empty, a folder (made now, with
    /// its parents, if missing) in which a file can be created. Throws a diagnostic
    /// naming `origin` and the folder.
    public static func prepare(_ path: String, origin: Origin,
                               workingDirectory: String = FileManager.default.currentDirectoryPath) throws(InputDiagnostic) -> RunFolder {
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw origin.diagnostic("the output folder must not be empty (it would write into the working directory's root or '/')")
        }
        let absolute = Self.absolute(path, in: workingDirectory)
        let base = Self.absolute(workingDirectory, in: "/")
        let outside = absolute != base && !absolute.hasPrefix(base == "/" ? "/" : base + "/")
        var created: [String] = []
        var missing: [String] = []
        var probe = absolute
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: probe, isDirectory: &isDirectory) {
            missing.insert(probe, at: 0)
            let parent = (probe as NSString).deletingLastPathComponent
            if parent == probe || parent.isEmpty { break }
            probe = parent
        }
        if missing.isEmpty && !isDirectory.boolValue {
            throw origin.diagnostic("cannot write into \(path): it is a file, not a folder")
        }
        for directory in missing {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
                created.append(directory)
            } catch {
                Self.removeEmpty(created)
                throw origin.diagnostic("cannot create the output folder \(path) (\(absolute)): \(Self.reason(error))")
            }
        }
        let probeFile = absolute + "/.portalsim-probe-\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
        let descriptor = open(probeFile, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            Self.removeEmpty(created)
            throw origin.diagnostic("cannot write into the output folder \(path) (\(absolute)): \(reason)")
        }
        _ = close(descriptor)
        _ = unlink(probeFile)
        return RunFolder(path: path, absolutePath: absolute, isOutsideWorkingDirectory: outside, createdDirectories: created)
    }

    /// "portalsim: writing into /abs/path (outside the working directory)", for a folder
    /// that `../` or an absolute path puts elsewhere; nil for one inside.
    public var locationNote: String? {
        isOutsideWorkingDirectory ? "portalsim: writing into \(absolutePath) (outside the working directory)" : nil
    }

    /// The path of `name` in the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    /// Writes `files` (name → bytes) and then `record` as `run.json`, with `record.files`
    /// set to the names and SHA-256 of `files`; returns the record as written. Before
    /// writing, removes the old `run.json` and every known output (see `knownOutputs`)
    /// not among `files`; a `tallies-i-of-n.json` is kept only when this run is a shard
    /// of the same count (`shardCount`): its siblings may share the folder. Without a
    /// record no `run.json` is written.
    @discardableResult
    public func commit(_ files: [String: [UInt8]], record: RunRecord?, shardCount: Int? = nil) throws(FileWriteError) -> RunRecord? {
        try remove("run.json")
        for name in staleOutputs(keeping: Set(files.keys), shardCount: shardCount) { try remove(name) }
        for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
            try AtomicFile.write(bytes, to: file(name))
        }
        guard var record else { return nil }
        record.files = files.mapValues { SHA256.hexDigest($0) }
        try record.write(to: file("run.json"))
        return record
    }

    /// The known outputs in the folder that a run writing `keeping` would leave stale.
    public func staleOutputs(keeping: Set<String>, shardCount: Int?) -> [String] {
        let present = (try? FileManager.default.contentsOfDirectory(atPath: absolutePath)) ?? []
        return present.filter { name in
            guard !keeping.contains(name) else { return false }
            if Self.knownOutputs.contains(name) { return name != "run.json" }
            if let count = Self.tallyShardCount(name) { return count != shardCount }
            return false
        }.sorted()
    }

    /// n of "tallies-i-of-n.json", nil for any other name.
    static func tallyShardCount(_ name: String) -> Int? {
        guard name.hasPrefix("tallies-"), name.hasSuffix(".json") else { return nil }
        let parts = name.dropFirst("tallies-".count).dropLast(".json".count).components(separatedBy: "-of-")
        guard parts.count == 2, Int(parts[0]) != nil, let count = Int(parts[1]) else { return nil }
        return count
    }

    /// After a failure or a signal: removes this process's temporaries in the folder and
    /// the folders `prepare` made, if they are still empty.
    public func abandon() {
        AtomicFile.removeTemporaries(in: absolutePath)
        Self.removeEmpty(createdDirectories)
    }

    private func remove(_ name: String) throws(FileWriteError) {
        let target = file(name)
        guard unlink(target) == 0 || errno == ENOENT else {
            throw FileWriteError(path: target, reason: "cannot remove it: \(String(cString: strerror(errno)))")
        }
    }

    private static func removeEmpty(_ directories: [String]) {
        for directory in directories.reversed() { _ = rmdir(directory) }
    }

    static func absolute(_ path: String, in directory: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory, isDirectory: true)).standardizedFileURL.path
    }

    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return error.localizedDescription
    }
}

extension CSVTable {
    /// The file's bytes, for `RunFolder.commit`.
    public var bytes: [UInt8] { Array(text.utf8) }
}
