import Foundation
import PortalPhysics

/// The built-in objects' entries (their summed spectra and part lists), made once per
/// process and signature model and shared by every ``ObjectCatalog``: a scenario, each
/// of its sweep points and each command would otherwise sum a phone's thirty parts and
/// start its threads again for every lookup (the parts' own spectra are kept by
/// ``SignatureCache`` already).
///
/// A memo of a pure function of the immutable library, as ``SignatureCache`` is: what it
/// returns never depends on what was asked before. Two threads missing the same entry at
/// once may both make it; both get the same value.
final class BuiltInEntries: @unchecked Sendable {
    static let shared = BuiltInEntries()

    private struct Key: Hashable {
        let name: String
        let model: SignatureModel
    }

    private let lock = NSLock()
    private var entries: [Key: ObjectEntry] = [:]

    /// The entry of the built-in object `object` (one of ``ObjectLibrary/all``).
    func entry(_ object: LibraryObject, model: SignatureModel) throws(EddyCurrentError) -> ObjectEntry {
        let key = Key(name: object.name, model: model)
        lock.lock()
        let known = entries[key]
        lock.unlock()
        if let known { return known }
        let made = try ObjectEntry(object, model: model)
        lock.lock()
        entries[key] = made
        lock.unlock()
        return made
    }
}
