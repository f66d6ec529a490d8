import Foundation
import PortalPhysics

/// Computed sensitivity grids kept on disk between processes of the same build
/// (``CacheLocation``, folder `grids-BUILD`, the twelve most recent): a grid costs a few seconds of coil fields
/// and elliptic integrals for every portal of a run, the same each time, and reads back
/// in tens of milliseconds.
///
/// One binary file per grid, named by the SHA-256 of the portal's full description and
/// the grid's extent: a header (format, that digest, counts, origin, step, scale, the
/// largest magnitude, the number of values and a checksum of all these and the values),
/// then the stored `Float`s' bit patterns in the machine's byte order (the header's
/// words are little-endian, so a file from a machine of the other order fails its checks). A grid read back is the one computed, bit for
/// bit, so results do not depend on whether the store was warm. A grid with a non-finite
/// value is not kept (the run stops on it anyway). Every failure to read or write (a
/// damaged, truncated or foreign file, a read-only home) falls back to computing.
struct SensitivityGridStore: Sendable {
    let folder: URL

    /// The store for this process, or nil when turned off or without a place to live.
    /// A grid is large (48 MB for a bundled portal class), so the store keeps two other
    /// builds' folders, not four, and the `keptGrids` most recently used grids of each.
    static let current: SensitivityGridStore? = CacheLocation.folder(prefix: "grids-", keeping: 2).map(SensitivityGridStore.init)

    static let keptGrids = 12

    static let format: UInt64 = 0x3130_4449_5247_5350   // "PSGRID01" little-endian

    /// The key of a grid over `portal` with the given extent: its coils (the transmitter
    /// and every zone's) in full, with each number as written by Swift's shortest exact
    /// form, and the extent's bit patterns. The detector and the drive current are not
    /// in it: the sensitivities are per ampere and do not depend on them.
    static func key(portal: Portal, xHalfM: Double, yHalfM: Double, zTopM: Double, stepM: Double) -> String {
        let coils = ([portal.transmitter] + portal.zones).map { String(reflecting: $0) }.joined(separator: "\u{1F}")
        return "grid\u{1F}\(coils)\u{1F}\(xHalfM.bitPattern) \(yHalfM.bitPattern) \(zTopM.bitPattern) \(stepM.bitPattern)"
    }

    func file(key: String) -> (url: URL, digest: [UInt8]) {
        let bytes = Array(key.utf8)
        return (folder.appendingPathComponent(SHA256.hexDigest(bytes) + ".grid"), SHA256.digest(bytes))
    }

    func read(key: String) -> SensitivityGrid? {
        let (url, digest) = file(key: key)
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped),
              let grid = Self.decode(data, digest: digest) else { return nil }
        // Used now: the pruning keeps the grids most recently used.
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: url.path)
        return grid
    }

    func write(_ grid: SensitivityGrid, key: String) {
        guard grid.firstNonFinite == nil else { return }
        let (url, digest) = file(key: key)
        CacheLocation.write(Self.encode(grid, digest: digest), to: url)
        CacheLocation.pruneFiles(in: folder, suffix: "grid", keeping: Self.keptGrids)
    }

    /// The header's 64-bit words after the format and the digest.
    static let headerWords = 14

    static func encode(_ grid: SensitivityGrid, digest: [UInt8]) -> Data {
        var words: [UInt64] = [format]
        words += stride(from: 0, to: 32, by: 8).map { i in digest[i..<(i + 8)].reversed().reduce(0) { $0 << 8 | UInt64($1) } }
        words += [grid.zoneCount, grid.counts.x, grid.counts.y, grid.counts.z].map { UInt64($0) }
        words += [grid.originM.x, grid.originM.y, grid.originM.z, grid.stepM, grid.scale, grid.largestMagnitude].map(\.bitPattern)
        words += [UInt64(grid.values.count)]
        words += [checksum(grid.values, header: words), 0, 0]
        var data = Data()
        data.reserveCapacity(words.count * 8 + grid.values.count * 4)
        for w in words { withUnsafeBytes(of: w.littleEndian) { data.append(contentsOf: $0) } }
        grid.values.withUnsafeBytes { data.append(contentsOf: $0) }
        return data
    }

    static func decode(_ data: Data, digest: [UInt8]) -> SensitivityGrid? {
        let headerBytes = (5 + headerWords) * 8
        guard data.count >= headerBytes else { return nil }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> SensitivityGrid? in
            func word(_ i: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
            guard word(0) == format else { return nil }
            let stored = (1...4).flatMap { i in (0..<8).map { UInt8(truncatingIfNeeded: word(i) >> (8 * UInt64($0))) } }
            guard stored == digest else { return nil }
            let h = 5
            let integers = (0..<4).map { Int(truncatingIfNeeded: word(h + $0)) }
            let reals = (4..<10).map { Double(bitPattern: word(h + $0)) }
            let count = Int(truncatingIfNeeded: word(h + 10)), sum = word(h + 11)
            let (zones, nx, ny, nz) = (integers[0], integers[1], integers[2], integers[3])
            // Bounds that keep every product below Int's range, whatever the file says.
            guard (1...1024).contains(zones), [nx, ny, nz].allSatisfy((2...4096).contains),
                  reals.allSatisfy(\.isFinite), (data.count - headerBytes) % 4 == 0,
                  count == (data.count - headerBytes) / 4 else { return nil }
            let padded = (zones + SensitivityGrid.zoneBlock - 1) / SensitivityGrid.zoneBlock * SensitivityGrid.zoneBlock
            guard count == nx * ny * nz * 6 * padded else { return nil }
            let values = [Float](unsafeUninitializedCapacity: count) { buffer, initialised in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[headerBytes...]))
                initialised = count
            }
            guard checksum(values, header: (0..<(h + 11)).map(word)) == sum else { return nil }
            return SensitivityGrid(zoneCount: zones, originM: Vector3(reals[0], reals[1], reals[2]), stepM: reals[3],
                                   counts: (nx, ny, nz), scale: reals[4], values: values, largestMagnitude: reals[5])
        }
    }

    /// A 64-bit checksum of the header's words before it and the values' bit patterns
    /// (FNV-1a over 32-bit words in four interleaved lanes, then folded with the header):
    /// a damaged file fails it, but by rare chance.
    static func checksum(_ values: [Float], header: [UInt64]) -> UInt64 {
        var lanes = SIMD4<UInt64>(0xCBF2_9CE4_8422_2325, 0x8422_2325_CBF2_9CE4, 0x1000_0000_01B3, 0x01B3_1000_0000)
        let prime = SIMD4<UInt64>(repeating: 0x0000_0100_0000_01B3)
        values.withUnsafeBufferPointer { v in
            var i = 0
            while i + 4 <= v.count {
                let w = SIMD4<UInt64>(UInt64(v[i].bitPattern), UInt64(v[i + 1].bitPattern), UInt64(v[i + 2].bitPattern), UInt64(v[i + 3].bitPattern))
                lanes = (lanes ^ w) &* prime
                i += 4
            }
            while i < v.count { lanes[0] = (lanes[0] ^ UInt64(v[i].bitPattern)) &* prime[0]; i += 1 }
        }
        let folded = lanes.indices.reduce(UInt64(0)) { ($0 ^ lanes[$1]) &* 0x0000_0100_0000_01B3 }
        return header.reduce(folded) { ($0 ^ $1) &* 0x0000_0100_0000_01B3 }
    }
}
