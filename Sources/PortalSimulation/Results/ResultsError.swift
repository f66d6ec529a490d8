/// Why tallies could not be combined or saved, in words a user running `merge` can
/// act on: which files disagree, about what, or which shards are missing.
public enum ResultsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `merge` was given no tally files.
    case noTallyFiles
    /// Two tally files come from different runs: `what` ("seed", "scenario hash",
    /// ...) is `expected` in `expectedIn` but `found` in `foundIn`.
    case mismatch(what: String, expected: String, expectedIn: String, found: String, foundIn: String)
    /// A tally file claims a shard index outside 0..<count.
    case shardOutOfRange(index: Int, count: Int, file: String)
    /// Several files claim the same shard.
    case duplicateShard(index: Int, files: [String])
    /// Shards of the run that no file provides.
    case missingShards(indices: [Int], count: Int)
    /// One case tallied for portals with different numbers of zones.
    case zoneCountMismatch(case: CaseKey, expected: Int, found: Int)
    /// One case's screening tallies come from different pipelines (stages, or the
    /// configurations they were paired with).
    case pipelineMismatch(case: CaseKey, what: String)
    /// A shard's cases are not the reference shard's: `missing` are absent from
    /// `file`, `extra` appear only in it.
    case caseMismatch(kind: String, file: String, missing: [CaseKey], extra: [CaseKey], reference: String)
    /// A case of `file` holds `found` passes where its shard's blocks make `expected`.
    case wrongTrials(case: CaseKey, found: Int, expected: Int, file: String)
    /// The tallies could not be turned into JSON (a bug, not a user error).
    case cannotEncode(reason: String)
    /// The run's model holds a non-finite field, tensor or signal bound: no pass was run.
    case nonFiniteModel(NonFiniteModel)

    public var description: String {
        switch self {
        case .noTallyFiles:
            "no tally files to merge"
        case let .mismatch(what, expected, expectedIn, found, foundIn):
            "\(foundIn) has \(what) \(found), but \(expectedIn) has \(expected): the files come from different runs"
        case let .shardOutOfRange(index, count, file):
            "\(file) claims shard \(index) of \(count), but shard indices run from 0 to \(count - 1)"
        case let .duplicateShard(index, files):
            "shard \(index) appears more than once: \(files.joined(separator: ", "))"
        case let .missingShards(indices, count):
            "missing shard\(indices.count == 1 ? "" : "s") \(Self.list(indices)) of \(count); "
                + "merge needs the tally file of every shard"
        case let .zoneCountMismatch(key, expected, found):
            "case \(key) has \(expected) zones in one tally and \(found) in another"
        case let .pipelineMismatch(key, what):
            "case \(key) was tallied for different pipelines: \(what)"
        case let .caseMismatch(kind, file, missing, extra, reference):
            "\(file) does not hold the \(kind) cases of \(reference): "
                + [missing.isEmpty ? nil : "missing \(Self.cases(missing))", extra.isEmpty ? nil : "not in the run \(Self.cases(extra))"]
                    .compactMap { $0 }.joined(separator: "; ")
        case let .wrongTrials(key, found, expected, file):
            "\(file): case \(key) holds \(found) passes, but this shard's blocks make \(expected): the file is damaged or edited"
        case let .cannotEncode(reason):
            "cannot encode the tallies as JSON: \(reason)"
        case let .nonFiniteModel(problem):
            problem.description
        }
    }

    /// The first few cases, and a count when there are many.
    private static func cases(_ keys: [CaseKey]) -> String {
        let shown = keys.prefix(5).map { "\($0)" }.joined(separator: ", ")
        return keys.count > 5 ? "\(shown), … (\(keys.count) in all)" : shown
    }

    /// "3", "0, 4, 7", or the first few and a count when there are many.
    private static func list(_ indices: [Int]) -> String {
        let shown = indices.prefix(10).map(String.init).joined(separator: ", ")
        return indices.count > 10 ? "\(shown), … (\(indices.count) in all)" : shown
    }
}
