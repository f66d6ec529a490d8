import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written, naming the file.
public struct FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes whole files so that readers see either the old content or the new, never
/// half of it.
///
/// A run that is interrupted, or two runs racing for the same output, must not leave
/// a truncated CSV that a plot or a regression check then trusts. The content goes
/// to a temporary file in the target's directory (the same file system, so the
/// final `rename` is atomic), is flushed to disk, then renamed over the target. On
/// any failure the temporary file is removed.
public enum AtomicFile {
    /// Replaces the file at `path` with `bytes`, creating missing parent directories.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileWriteError) {
        guard !path.isEmpty else { throw FileWriteError(path: path, reason: "empty path") }
        let directory = parentDirectory(of: path)
        try createDirectory(directory, for: path)

        let name = path.split(separator: "/").last.map(String.init) ?? "output"
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let temporary = directory + "/." + name + temporaryMarker(process: getpid()) + suffix

        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileWriteError(path: path, reason: lastErrorText()) }
        do throws(FileWriteError) {
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw FileWriteError(path: path, reason: lastErrorText()) }
        } catch {
            _ = close(descriptor)
            _ = unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let reason = lastErrorText()
            _ = unlink(temporary)
            throw FileWriteError(path: path, reason: reason)
        }
        guard rename(temporary, path) == 0 else {
            let reason = lastErrorText()
            _ = unlink(temporary)
            throw FileWriteError(path: path, reason: reason)
        }
    }

    /// What every temporary of process `pid` has in its name (`.results.csv.tmp-PID-…`),
    /// so that a signal handler can find and remove its own process's temporaries.
    static func temporaryMarker(process pid: Int32) -> String { ".tmp-\(pid)-" }

    /// Removes the temporaries process `pid` left in `directory` (an interrupted write's),
    /// and returns their names. Another process's temporaries are left alone: it may be
    /// a shard writing into the same folder now, on this machine or another.
    @discardableResult
    public static func removeTemporaries(in directory: String, process pid: Int32 = getpid()) -> [String] {
        let marker = temporaryMarker(process: pid)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasPrefix(".") && $0.contains(marker) }.sorted()
        return names.filter { unlink(directory + "/" + $0) == 0 }
    }

    /// Replaces the file at `path` with the UTF-8 encoding of `text`.
    public static func write(_ text: String, to path: String) throws(FileWriteError) {
        try write(Array(text.utf8), to: path)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileWriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileWriteError(path: path, reason: lastErrorText())
            }
            offset += written
        }
    }

    /// "results/run1/rates.csv" → "results/run1"; "rates.csv" → ".".
    private static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    private static func createDirectory(_ directory: String, for path: String) throws(FileWriteError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw FileWriteError(path: path, reason: "\(directory) is not a directory")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            let reason = "cannot create directory \(directory): \(error.localizedDescription)"
            throw FileWriteError(path: path, reason: reason)
        }
    }

    private static func lastErrorText() -> String {
        String(cString: strerror(errno))
    }
}

/// The POSIX `write(2)`, which `AtomicFile.write` would otherwise shadow.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
    Musl.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}
