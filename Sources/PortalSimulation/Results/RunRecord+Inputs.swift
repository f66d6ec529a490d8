import Foundation

/// A file a run read, and the SHA-256 of its bytes when it was read.
public struct HashedFile: Codable, Equatable, Sendable {
    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }

    /// A file already read, its bytes hashed as read.
    public init(_ source: SourceFile) {
        self.init(path: source.path, sha256: SHA256.hexDigest(source.bytes))
    }

    /// The file at `path` hashed now; unreadable is an input error naming it.
    public static func hashing(_ path: String) throws(InputErrors) -> HashedFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputErrors(InputDiagnostic(file: path, message: "cannot read the file"))
        }
        return HashedFile(path: path, sha256: SHA256.hexDigest([UInt8](data)))
    }
}

extension RunRecord {
    /// The scenario files and every file they import, hashed, in that order, each once.
    public static func inputs(scenarios: [String]) throws(InputErrors) -> [HashedFile] {
        var sources: [SourceFile] = []
        for path in scenarios { sources.append(try SourceFile(reading: path)) }
        return try inputs(sources: sources)
    }

    /// The same for scenario files already read: their bytes hashed as read, the files
    /// they import read and hashed now.
    public static func inputs(sources: [SourceFile]) throws(InputErrors) -> [HashedFile] {
        var seen = Set<String>(), files: [HashedFile] = []
        for source in sources where seen.insert(source.path).inserted {
            files.append(HashedFile(source))
        }
        for path in sources.flatMap({ source in (try? YAMLDocument(source)).map(ScenarioImports.paths(in:)) ?? [] }) where seen.insert(path).inserted {
            files.append(try HashedFile.hashing(path))
        }
        return files
    }

    /// `words` as one line a POSIX shell reads back as the same words: plain words as
    /// they are, any other in single quotes.
    public static func shellCommand(_ words: [String]) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%")
        return words.map { word in
            if !word.isEmpty && word.allSatisfy(plain.contains) { return word }
            return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }
}

/// Which build of the tool is running: the executable's size and modification time and
/// GSL's version — the name the signature store gives this build's folder, so a record
/// and the cache agree on what "the same build" means.
public enum BuildIdentity {
    public static var current: String? { CacheLocation.buildIdentity }
}
