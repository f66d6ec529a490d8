import Foundation
import PortalPhysics

/// Where the stores of computed results (``SignatureStore``, ``SensitivityGridStore``)
/// keep their files: `$PORTALSIM_CACHE_DIR`, else `$XDG_CACHE_HOME/portalsim`, else
/// `~/.cache/portalsim`; `PORTALSIM_CACHE_DIR=off` turns them off. Inside, one folder
/// per store and build of the program (named by the executable's size and modification
/// time, and GSL's version), so a changed solver never reads an old result; the folders
/// of older builds are pruned to the few most recently used, store by store.
enum CacheLocation {
    /// Builds whose folders are kept, per store.
    static let keptBuilds = 4

    /// This build's folder of the store named `prefix` (e.g. `signatures-`), or nil
    /// when turned off or without a place to live; the store's folders of all but the
    /// `keeping` most recent other builds are removed.
    static func folder(prefix: String, keeping kept: Int = keptBuilds) -> URL? {
        let environment = ProcessInfo.processInfo.environment
        let base: URL
        if let configured = environment["PORTALSIM_CACHE_DIR"] {
            guard !configured.isEmpty, configured != "off" else { return nil }
            base = URL(fileURLWithPath: configured)
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            base = URL(fileURLWithPath: xdg).appendingPathComponent("portalsim")
        } else if let home = environment["HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home).appendingPathComponent(".cache/portalsim")
        } else {
            return nil
        }
        guard let build = buildIdentity else { return nil }
        let folder = base.appendingPathComponent(prefix + build)
        pruneOlderBuilds(in: base, keeping: folder, prefix: prefix, kept: kept)
        return folder
    }

    /// Removes all but the `kept` most recently modified folders of the store named
    /// `prefix` other than `current`; other entries of `base` are left alone.
    static func pruneOlderBuilds(in base: URL, keeping current: URL, prefix: String, kept: Int = keptBuilds) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(at: base, includingPropertiesForKeys: [.contentModificationDateKey]) else { return }
        let others = entries.filter { $0.lastPathComponent.hasPrefix(prefix) && $0.lastPathComponent != current.lastPathComponent }
        let dated = others.map { url -> (URL, Date) in
            (url, (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast)
        }
        for (url, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(kept) {
            _ = try? manager.removeItem(at: url)
        }
    }

    /// The running executable's size and modification time, and GSL's version.
    static var buildIdentity: String? {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
        guard let path, let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber, let date = attributes[.modificationDate] as? Date else { return nil }
        return "\(size.int64Value)-\(Int64(date.timeIntervalSince1970 * 1000))-gsl\(GSLVersion.text)"
    }

    /// Removes the oldest files (by modification time) of `folder` named `*.suffix`
    /// beyond the `kept` newest.
    static func pruneFiles(in folder: URL, suffix: String, keeping kept: Int) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.contentModificationDateKey]) else { return }
        let dated = entries.filter { $0.pathExtension == suffix }.map { url -> (URL, Date) in
            (url, (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast)
        }
        for (url, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(kept) { _ = try? manager.removeItem(at: url) }
    }

    /// Writes `data` to `target` through a temporary file in the same folder and a
    /// rename, so a reader never meets half a file; any failure leaves no file.
    static func write(_ data: Data, to target: URL) {
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            _ = try? FileManager.default.removeItem(at: target)
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            _ = try? FileManager.default.removeItem(at: temporary)
        }
    }
}
