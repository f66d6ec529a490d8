import Foundation
import PortalPhysics

/// The spectra of primitives, computed once per process and shared by every catalogue,
/// scenario, sweep point and thread: a coin's solution takes a fraction of a second, a
/// phone's parts a few seconds, and the same foil or screw recurs in many objects.
///
/// A cache of a pure function: what it returns never depends on what was asked before,
/// so it is not state that results could depend on. Two threads asking for the same
/// missing key at once may both compute it; both get the same value.
final class SignatureCache: @unchecked Sendable {
    static let shared = SignatureCache()

    private struct Key: Hashable {
        let primitive: Primitive
        let material: Material
        let model: SignatureModel
    }

    private let lock = NSLock()
    private var spectra: [Key: RelaxationSpectrum] = [:]

    func spectrum(_ primitive: Primitive, material: Material, model: SignatureModel) throws(EddyCurrentError) -> RelaxationSpectrum {
        let key = Key(primitive: primitive, material: material, model: model)
        lock.lock()
        let known = spectra[key]
        lock.unlock()
        if let known { return known }
        let computed = try primitive.relaxationSpectrum(material: material, model: model)
        lock.lock()
        spectra[key] = computed
        lock.unlock()
        return computed
    }
}
