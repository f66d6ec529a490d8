import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

@Suite struct SignatureStoreTests {
    static func temporaryStore() -> SignatureStore {
        SignatureStore(folder: FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-store-\(UUID().uuidString)"))
    }

    /// A spectrum read back is bit for bit the one written: results cannot depend on
    /// whether the store was warm.
    @Test func roundTripIsExact() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.folder) }
        let spectrum = try Primitive.magnet(radiusM: 2e-3, thicknessM: 1e-3, remanenceT: 1.2)
            .relaxationSpectrum(material: try #require(MaterialLibrary.named("ndfeb")))
        #expect(!spectrum.terms.isEmpty && spectrum.remanentMomentAm2.z > 0)
        store.write(spectrum, key: "magnet")
        #expect(store.read(key: "magnet") == spectrum)
        #expect(store.read(key: "another") == nil)
    }

    /// A damaged or truncated file reads as missing, so the spectrum is computed again.
    @Test func damagedFilesReadAsMissing() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.folder) }
        let spectrum = try Primitive.disk(radiusM: 5e-3, thicknessM: 1e-3).relaxationSpectrum(material: MaterialLibrary.copper.material)
        store.write(spectrum, key: "disk")
        let file = try #require(try FileManager.default.contentsOfDirectory(at: store.folder, includingPropertiesForKeys: nil).first)
        let text = try String(contentsOf: file, encoding: .utf8)
        for damaged in [String(text.dropLast(9)), text.replacingOccurrences(of: " ", with: "  x"), "", "nan\n"] {
            try damaged.write(to: file, atomically: true, encoding: .utf8)
            #expect(store.read(key: "disk") == nil)
        }
    }

    /// The cache answers from the store without solving: a planted spectrum comes back.
    @Test func cacheReadsTheStore() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.folder) }
        let planted = RelaxationSpectrum(staticPart: .diagonal(1e-9, 2e-9, 3e-9))
        let cache = SignatureCache(store: store)
        let key = SignatureCache.storeKey(.sphere(radiusM: 0.01), material: MaterialLibrary.copper.material, model: .standard)
        store.write(planted, key: key)
        let read = try cache.spectrum(.sphere(radiusM: 0.01), material: MaterialLibrary.copper.material, model: .standard)
        #expect(read == planted)
    }

    /// Older builds' folders are pruned to the most recently used few; the current one
    /// and anything not a store folder are left alone.
    @Test func olderBuildsArePruned() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-prune-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let manager = FileManager.default
        for k in 0..<7 {
            let folder = base.appendingPathComponent("signatures-build\(k)")
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try manager.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000 + Double(k) * 1000)], ofItemAtPath: folder.path)
        }
        try manager.createDirectory(at: base.appendingPathComponent("notes"), withIntermediateDirectories: true)
        let current = base.appendingPathComponent("signatures-build0")
        CacheLocation.pruneOlderBuilds(in: base, keeping: current, prefix: "signatures-")
        let left = Set(try manager.contentsOfDirectory(atPath: base.path))
        #expect(left == ["notes", "signatures-build0", "signatures-build3", "signatures-build4", "signatures-build5", "signatures-build6"])
    }
}
