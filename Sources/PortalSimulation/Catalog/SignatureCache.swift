import Foundation
import PortalPhysics

/// The spectra of primitives, computed once per process and shared by every catalogue,
/// scenario, sweep point and thread: a coin's solution takes a fraction of a second, a
/// phone's parts a few seconds, and the same foil or screw recurs in many objects.
///
/// A cache of a pure function: what it returns never depends on what was asked before,
/// so it is not state that results could depend on. Two threads asking for the same
/// missing key at once may both compute it; both get the same value. Behind it, the
/// ``SignatureStore`` keeps them on disk for the next process of the same build.
final class SignatureCache: @unchecked Sendable {
    static let shared = SignatureCache()

    private struct Key: Hashable {
        let primitive: Primitive
        let material: Material
        let model: SignatureModel
    }

    private let lock = NSLock()
    private var spectra: [Key: RelaxationSpectrum] = [:]
    private let store: SignatureStore?

    init(store: SignatureStore? = SignatureStore.current) {
        self.store = store
    }

    /// The key in words, as the store files it: every number in it printed exactly
    /// (Swift's shortest round-trip form), so equal keys print alike.
    static func storeKey(_ primitive: Primitive, material: Material, model: SignatureModel) -> String {
        "\(Key(primitive: primitive, material: material, model: model))"
    }

    func spectrum(_ primitive: Primitive, material: Material, model: SignatureModel) throws(EddyCurrentError) -> RelaxationSpectrum {
        let key = Key(primitive: primitive, material: material, model: model)
        lock.lock()
        let known = spectra[key]
        lock.unlock()
        if let known { return known }
        let description = Self.storeKey(primitive, material: material, model: model)
        let computed: RelaxationSpectrum
        if let stored = store?.read(key: description) {
            computed = stored
        } else {
            computed = try primitive.relaxationSpectrum(material: material, model: model)
            store?.write(computed, key: description)
        }
        lock.lock()
        spectra[key] = computed
        lock.unlock()
        return computed
    }
}
