import Foundation
import PortalPhysics

/// Computed spectra kept on disk between processes of the same build, so that the
/// second `portalsim run` of a scenario does not solve its phones' eddy currents again.
///
/// Where: ``CacheLocation`` (one folder per build, so a changed solver never reads an
/// old result); one small text file per spectrum, named by the SHA-256 of the
/// primitive, material and model it belongs to.
///
/// Values are stored as the bit patterns of their doubles, so a spectrum read back is
/// the very one computed: results do not depend on whether the store was warm. Every
/// failure to read or write (a read-only home, a damaged file) falls back to computing.
struct SignatureStore: Sendable {
    let folder: URL

    /// The store for this process, or nil when turned off or without a place to live.
    static let current: SignatureStore? = CacheLocation.folder(prefix: "signatures-").map(SignatureStore.init)

    func read(key: String) -> RelaxationSpectrum? {
        let digest = SHA256.hexDigest(Array(key.utf8))
        guard let text = try? String(contentsOf: folder.appendingPathComponent(digest + ".txt"), encoding: .utf8) else { return nil }
        return Self.decode(text, digest: digest)
    }

    func write(_ spectrum: RelaxationSpectrum, key: String) {
        let digest = SHA256.hexDigest(Array(key.utf8))
        CacheLocation.write(Data(Self.encode(spectrum, digest: digest).utf8), to: folder.appendingPathComponent(digest + ".txt"))
    }

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
