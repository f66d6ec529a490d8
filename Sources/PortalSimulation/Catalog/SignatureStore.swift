import Foundation
import PortalPhysics

/// Computed spectra kept on disk between processes of the same build, so that the
/// second `portalsim run` of a scenario does not solve its phones' eddy currents again.
///
/// Where: `$PORTALSIM_CACHE_DIR`, else `$XDG_CACHE_HOME/portalsim`, else
/// `~/.cache/portalsim`; `PORTALSIM_CACHE_DIR=off` turns it off. Inside, one folder per
/// build of the program (named by the executable's size and modification time, and
/// GSL's version), so a
/// changed solver never reads an old result; one small text file per spectrum, named by
/// the SHA-256 of the primitive, material and model it belongs to.
///
/// The folders of older builds are pruned to the few most recently used.
///
/// Values are stored as the bit patterns of their doubles, so a spectrum read back is
/// the very one computed: results do not depend on whether the store was warm. Every
/// failure to read or write (a read-only home, a damaged file) falls back to computing.
struct SignatureStore: Sendable {
    let folder: URL

    /// The store for this process, or nil when turned off or without a place to live.
    static let current: SignatureStore? = {
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
        let folder = base.appendingPathComponent("signatures-\(build)")
        pruneOlderBuilds(in: base, keeping: folder)
        return SignatureStore(folder: folder)
    }()

    /// How many other builds' folders are kept (the most recently used): a few megabytes
    /// each, and a developer rebuilds often.
    static let keptBuilds = 4

    /// Removes the `signatures-*` folders of all but the `keptBuilds` most recently
    /// modified other builds. Failures are ignored: the store is only a cache.
    static func pruneOlderBuilds(in base: URL, keeping current: URL) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(at: base, includingPropertiesForKeys: [.contentModificationDateKey]) else { return }
        let others = entries.filter { $0.lastPathComponent.hasPrefix("signatures-") && $0.lastPathComponent != current.lastPathComponent }
        let dated = others.map { url -> (URL, Date) in
            (url, (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast)
        }
        for (url, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(keptBuilds) {
            _ = try? manager.removeItem(at: url)
        }
    }

    /// The running executable's size and modification time: a new build, a new folder.
    static var buildIdentity: String? {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
        guard let path, let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber, let date = attributes[.modificationDate] as? Date else { return nil }
        return "\(size.int64Value)-\(Int64(date.timeIntervalSince1970 * 1000))-gsl\(GSLVersion.text)"
    }

    func read(key: String) -> RelaxationSpectrum? {
        let digest = SHA256.hexDigest(Array(key.utf8))
        guard let text = try? String(contentsOf: folder.appendingPathComponent(digest + ".txt"), encoding: .utf8) else { return nil }
        return Self.decode(text, digest: digest)
    }

    func write(_ spectrum: RelaxationSpectrum, key: String) {
        let digest = SHA256.hexDigest(Array(key.utf8))
        let target = folder.appendingPathComponent(digest + ".txt")
        let temporary = folder.appendingPathComponent(".\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(Self.encode(spectrum, digest: digest).utf8).write(to: temporary)
            _ = try? FileManager.default.removeItem(at: target)
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            _ = try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// Line 1 the key's digest (checked on reading: a damaged or misplaced file reads as
    /// missing); line 2 the static tensor and remanent moment; then one line per term,
    /// weight then time constant; every number as its 16 hexadecimal bit-pattern digits.
    static func encode(_ spectrum: RelaxationSpectrum, digest: String) -> String {
        func hex(_ values: [Double]) -> String {
            values.map { String($0.bitPattern, radix: 16) }.joined(separator: " ")
        }
        let m = spectrum.remanentMomentAm2
        var lines = [digest, hex(spectrum.staticPart.components + [m.x, m.y, m.z])]
        for term in spectrum.terms { lines.append(hex(term.weight.components + [term.timeConstantS])) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func decode(_ text: String, digest: String) -> RelaxationSpectrum? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 3, lines[0] == digest, lines.last == "" else { return nil }
        func numbers(_ line: String, count: Int) -> [Double]? {
            let fields = line.split(separator: " ").compactMap { UInt64($0, radix: 16) }.map(Double.init(bitPattern:))
            return fields.count == count && fields.allSatisfy(\.isFinite) ? fields : nil
        }
        func tensor(_ v: [Double]) -> SymmetricTensor { SymmetricTensor(xx: v[0], yy: v[1], zz: v[2], xy: v[3], xz: v[4], yz: v[5]) }
        guard let head = numbers(lines[1], count: 9) else { return nil }
        var terms: [RelaxationTerm] = []
        for line in lines[2..<(lines.count - 1)] {
            guard let v = numbers(line, count: 7) else { return nil }
            terms.append(RelaxationTerm(weight: tensor(v), timeConstantS: v[6]))
        }
        return RelaxationSpectrum(staticPart: tensor(head), terms: terms, remanentMomentAm2: Vector3(head[6], head[7], head[8]))
    }
}
