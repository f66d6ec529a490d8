import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

@Suite struct SensitivityGridStoreTests {
    static func temporaryStore() -> SensitivityGridStore {
        SensitivityGridStore(folder: FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-grids-\(UUID().uuidString)"))
    }

    /// A small grid (a few thousand nodes) over the standard portal.
    static func smallGrid(_ portal: Portal = PortalClass.cwMultiZone.portal) -> SensitivityGrid {
        SensitivityGrid(portal: portal, xHalfM: 0.1, yHalfM: 0.3, zTopM: 0.4, stepM: 0.05)
    }

    static func expectSame(_ a: SensitivityGrid, _ b: SensitivityGrid) {
        #expect(a.values.map(\.bitPattern) == b.values.map(\.bitPattern))
        #expect(a.counts == b.counts && a.zoneCount == b.zoneCount && a.paddedZoneCount == b.paddedZoneCount)
        #expect(a.originM == b.originM && a.stepM == b.stepM && a.scale == b.scale && a.largestMagnitude == b.largestMagnitude)
        #expect(b.firstNonFinite == nil)
    }

    /// A grid read back is bit for bit the one computed, and only under its own key.
    @Test func roundTripIsExact() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.folder) }
        let grid = Self.smallGrid()
        #expect(grid.values.count == 5 * 13 * 9 * 6 * 8 && grid.largestMagnitude > 0)
        store.write(grid, key: "a")
        Self.expectSame(grid, try #require(store.read(key: "a")))
        #expect(store.read(key: "b") == nil)
    }

    /// A damaged, truncated or foreign file reads as missing, so the grid is computed again.
    @Test func damagedFilesReadAsMissing() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.folder) }
        store.write(Self.smallGrid(), key: "a")
        let url = store.file(key: "a").url
        let good = try Data(contentsOf: url)
        var flipped = good, header = good
        flipped[good.count - 5] ^= 0x10                   // one bit of one stored value
        header[13 * 8 + 6] ^= 0x10                        // one exponent bit of the scale
        for damaged in [flipped, header, good.prefix(good.count - 4), good.prefix(good.count - 1), good.prefix(100), Data()] {
            try damaged.write(to: url)
            #expect(store.read(key: "a") == nil)
        }
        // The right length and checksum under another key's name is still refused (the digest).
        try good.write(to: store.file(key: "b").url)
        #expect(store.read(key: "b") == nil)
    }

    /// The key names the coils and the extent, and nothing that differs between two
    /// processes (an address) or does not change the grid (the detector).
    @Test func keyFollowsTheCoilsAndTheExtent() {
        let portal = PortalClass.cwMultiZone.portal
        let key = { (p: Portal, x: Double) in SensitivityGridStore.key(portal: p, xHalfM: x, yHalfM: 1.2, zTopM: 2, stepM: 0.025) }
        #expect(key(portal, 0.38) == key(PortalClass.cwMultiZone.portal, 0.38))
        #expect(key(portal, 0.38) != key(portal, 0.39))
        #expect(!key(portal, 0.38).contains("0x"))
        let other = PortalClass.cwSingleZone.portal
        #expect(key(portal, 0.38) != key(other, 0.38))
        let pulsed = Portal(name: portal.name, aperture: portal.aperture, transmitter: portal.transmitter, zones: portal.zones,
                            transmitterCurrentA: 2 * portal.transmitterCurrentA, detector: PortalClass.piMultiZone.portal.detector)
        #expect(key(portal, 0.38) == key(pulsed, 0.38))
    }

    /// A compiled portal writes its grid on first use and reads the same grid back on
    /// the next, so its passes are the same whether the store was warm or cold.
    @Test func compiledPortalsReadTheGridTheyWrote() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.folder) }
        let portal = PortalClass.cwMultiZone.portal
        let cold = CompiledPortal(portal: portal, settings: .standard, threads: 2, walkHalfLengthM: 0.9, store: store)
        let files = try FileManager.default.contentsOfDirectory(atPath: store.folder.path)
        #expect(files.count == 1 && files[0].hasSuffix(".grid"))
        let warm = CompiledPortal(portal: portal, settings: .standard, threads: 2, walkHalfLengthM: 0.9, store: store)
        Self.expectSame(cold.grid, warm.grid)
        let uncached = CompiledPortal(portal: portal, settings: .standard, threads: 1, walkHalfLengthM: 0.9, store: nil)
        Self.expectSame(uncached.grid, warm.grid)
    }

    /// The store keeps the newest grids: pruning removes the oldest files beyond the
    /// count, and nothing else in the folder.
    @Test func pruningKeepsTheNewestGrids() throws {
        let folder = Self.temporaryStore().folder
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for k in 0..<5 {
            let url = folder.appendingPathComponent("g\(k).grid")
            try Data([1]).write(to: url)
            try manager.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000 + Double((k * 3) % 5) * 1000)], ofItemAtPath: url.path)
        }
        try Data([1]).write(to: folder.appendingPathComponent("notes.txt"))
        CacheLocation.pruneFiles(in: folder, suffix: "grid", keeping: 2)
        // Ages (k·3 mod 5): g0 0, g1 3, g2 1, g3 4, g4 2: the newest two are g3 and g1.
        #expect(Set(try manager.contentsOfDirectory(atPath: folder.path)) == ["g1.grid", "g3.grid", "notes.txt"])
    }
}
