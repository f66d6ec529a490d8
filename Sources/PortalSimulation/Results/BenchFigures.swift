import Foundation

/// The figures `portalsim bench` prints — each line's rate per second — with what they
/// were measured on, kept as a small JSON file so that a later build can be compared
/// with them (`bench --compare`).
public struct BenchFigures: Codable, Equatable, Sendable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var toolVersion: String
    /// The build measured (`BuildIdentity.current`), when known.
    public var build: String?
    /// The machine's active cores: engine lines are per thread count, and a baseline
    /// from a machine with other cores has other lines.
    public var cores: Int
    /// Seconds per kernel line and passes per engine line, as measured.
    public var secondsPerKernel: Double
    public var passesPerEngineLine: Int
    public var lines: [Line]

    public struct Line: Codable, Equatable, Sendable {
        /// The label bench prints, e.g. "passes/s, 2 threads".
        public var name: String
        /// Operations per second (higher is better).
        public var perSecond: Double

        public init(name: String, perSecond: Double) {
            self.name = name
            self.perSecond = perSecond
        }
    }

    public init(toolVersion: String, build: String?, cores: Int, secondsPerKernel: Double, passesPerEngineLine: Int,
                lines: [Line]) {
        formatVersion = Self.currentFormatVersion
        self.toolVersion = toolVersion
        self.build = build
        self.cores = cores
        self.secondsPerKernel = secondsPerKernel
        self.passesPerEngineLine = passesPerEngineLine
        self.lines = lines
    }

    /// Pretty, key-sorted JSON: a baseline's diff in review is one line per figure.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain numbers and strings cannot fail.
        return Array((try? encoder.encode(self)) ?? Data()) + Array("\n".utf8)
    }

    /// Decodes and checks a saved file; the error says what is wrong with it.
    public static func decode(_ data: Data) throws(BenchFiguresError) -> BenchFigures {
        let figures: BenchFigures
        do {
            figures = try JSONDecoder().decode(BenchFigures.self, from: data)
        } catch let error as DecodingError {
            throw .malformed(Self.describe(error))
        } catch {
            throw .malformed("not JSON (\(error.localizedDescription))")
        }
        guard figures.formatVersion == currentFormatVersion else {
            throw .malformed("format version \(figures.formatVersion), this portalsim reads version \(currentFormatVersion)")
        }
        guard !figures.lines.isEmpty else { throw .malformed("it has no figures (\"lines\" is empty)") }
        var names = Set<String>()
        for line in figures.lines {
            guard line.perSecond.isFinite && line.perSecond > 0 else {
                throw .malformed("the rate of \"\(line.name)\" must be a positive number, got \(line.perSecond)")
            }
            guard names.insert(line.name).inserted else { throw .malformed("\"\(line.name)\" appears twice") }
        }
        return figures
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
        }
        switch error {
        case let .keyNotFound(key, context): return "missing key \"\(key.stringValue)\"\(path(context))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context): return "\(context.debugDescription)\(path(context))"
        case let .dataCorrupted(context): return "not valid JSON\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}

public enum BenchFiguresError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)

    public var description: String {
        switch self {
        case let .malformed(message): "not a bench figures file: \(message)"
        }
    }
}

/// Current figures against a baseline, line by line. Every figure is a rate, so a line
/// is slower when its rate fell by more than the tolerance — new < old · (1 − tolerance)
/// — and faster when it rose as much the other way (new > old / (1 − tolerance)), the
/// same ratio either way on a log scale. As with package-benchmark's relative
/// thresholds, a tolerance wide enough for a noisy machine is the user's choice; lines
/// only one side has are listed, not judged.
public struct BenchComparison: Sendable {
    public enum Verdict: String, Sendable { case slower, faster, same, added, removed }

    public struct Row: Sendable, Equatable {
        public var name: String
        public var baseline: Double?
        public var current: Double?
        public var verdict: Verdict
        /// current / baseline, when both exist.
        public var ratio: Double? { baseline.flatMap { b in current.map { $0 / b } } }
    }

    public let tolerance: Double
    public let rows: [Row]

    /// `tolerance` is a fraction in (0, 1): 0.25 flags a line that lost more than 25 %.
    public init(baseline: BenchFigures, current: BenchFigures, tolerance: Double) {
        self.tolerance = tolerance
        let old = Dictionary(baseline.lines.map { ($0.name, $0.perSecond) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(current.lines.map { ($0.name, $0.perSecond) }, uniquingKeysWith: { a, _ in a })
        var rows: [Row] = current.lines.map { line in
            guard let before = old[line.name] else {
                return Row(name: line.name, baseline: nil, current: line.perSecond, verdict: .added)
            }
            let ratio = line.perSecond / before
            let verdict: Verdict = ratio < 1 - tolerance ? .slower : ratio > 1 / (1 - tolerance) ? .faster : .same
            return Row(name: line.name, baseline: before, current: line.perSecond, verdict: verdict)
        }
        rows += baseline.lines.filter { new[$0.name] == nil }.map {
            Row(name: $0.name, baseline: $0.perSecond, current: nil, verdict: .removed)
        }
        self.rows = rows
    }

    /// The lines that got slower beyond the tolerance.
    public var slower: [Row] { rows.filter { $0.verdict == .slower } }
}
