/// Which slice of a run this process makes: shard `index` of `count`.
///
/// Large sweeps split into shards that any batch engine can run side by side
/// (README, scaling out; docs/statistics.md#shards-and-determinism). Every case's passes
/// come in blocks whose random streams depend on (seed, case, block) only, so a shard
/// that runs a fixed slice of the blocks of every case makes exactly the passes the
/// unsharded run would, and the merged tallies equal the unsharded ones.
public struct ShardSpec: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// 0-based, 0 ≤ index < count.
    public let index: Int
    /// At least 1.
    public let count: Int

    /// Shard `index` of `count`; requires 0 ≤ index < count (user text goes through
    /// `parse`, which reports bad values instead).
    public init(index: Int, count: Int) {
        precondition(count >= 1 && (0..<count).contains(index), "ShardSpec: shard \(index) of \(count)")
        self.index = index
        self.count = count
    }

    /// The whole run as one shard.
    public static let whole = ShardSpec(index: 0, count: 1)

    /// "i/n", the form `--shard` takes.
    public var description: String { "\(index)/\(count)" }

    /// Parses `--shard i/n`: i counts from 0, so the shards of a 4-way split are
    /// 0/4, 1/4, 2/4 and 3/4.
    public static func parse(_ text: String) throws(InputDiagnostic) -> ShardSpec {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        func problem(_ message: String) -> InputDiagnostic {
            InputDiagnostic(location: nil, keyPath: "--shard", message: message)
        }
        guard parts.count == 2, let index = decimal(parts[0]), let count = decimal(parts[1]) else {
            throw problem("expected i/n, the 0-based shard index and the number of shards (e.g. 0/4), got '\(text)'")
        }
        guard count >= 1 else { throw problem("the number of shards must be at least 1, got '\(text)'") }
        guard index < count else {
            throw problem("shard index \(index) is out of range: shards of \(count) are numbered 0 to \(count - 1)")
        }
        return ShardSpec(index: index, count: count)
    }

    /// The contiguous range of block indices (0..<blockCount) this shard runs.
    /// Blocks are split as evenly as possible, the first `blockCount % count` shards
    /// taking one extra; the ranges of all shards tile 0..<blockCount in order. A
    /// shard may get an empty range when there are fewer blocks than shards.
    public func trialRange(ofBlocks blockCount: Int) -> Range<Int> {
        precondition(blockCount >= 0, "ShardSpec: negative block count \(blockCount)")
        let base = blockCount / count, extra = blockCount % count
        let start = index * base + min(index, extra)
        return start..<(start + base + (index < extra ? 1 : 0))
    }

    /// A non-negative decimal integer of ASCII digits only ("+3", " 3" and "3.0" are
    /// refused), or nil.
    static func decimal(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        return Int(text)
    }
}
