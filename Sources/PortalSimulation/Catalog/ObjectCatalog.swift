import PortalPhysics

/// The objects a run can name: the built-in library and those a scenario defines
/// (which may not reuse a built-in name).
///
/// Built-in signatures are computed when an object is first looked up and then kept for
/// the process (``BuiltInEntries``, and the parts' in ``SignatureCache``), so a run pays
/// only for what it names, once.
public struct ObjectCatalog: Sendable {
    public let userObjects: [ObjectEntry]
    /// How built-in signatures are computed.
    public let model: SignatureModel

    public init(userObjects: [ObjectEntry] = [], model: SignatureModel = .standard) {
        self.userObjects = userObjects
        self.model = model
    }

    public var names: [String] { ObjectLibrary.names + userObjects.map(\.name) }

    /// Whether an object of that name exists, without computing its signature.
    public func contains(_ name: String) -> Bool {
        userObjects.contains { $0.name == name } || ObjectLibrary.named(name) != nil
    }

    /// Every entry, built-in first: computes every built-in signature not yet known.
    public func entries() throws(EddyCurrentError) -> [ObjectEntry] {
        var result: [ObjectEntry] = []
        for object in ObjectLibrary.all { result.append(try BuiltInEntries.shared.entry(object, model: model)) }
        return result + userObjects
    }

    /// The entry of that name, or nil. Throws only if a built-in signature cannot be
    /// computed (a defect of the library, which its tests hold).
    public func named(_ name: String) throws(EddyCurrentError) -> ObjectEntry? {
        if let user = userObjects.first(where: { $0.name == name }) { return user }
        return try ObjectLibrary.named(name).map { object throws(EddyCurrentError) in try BuiltInEntries.shared.entry(object, model: model) }
    }

    /// The entry, or a message naming the closest known name.
    public func lookup(_ name: String) -> Result<ObjectEntry, InputDiagnostic> {
        do {
            if let found = try named(name) { return .success(found) }
        } catch {
            return .failure(InputDiagnostic(location: nil, message: "the built-in object '\(name)' could not be computed: \(error)"))
        }
        let hint = SpellingSuggestion.closest(to: name, among: names).map { "; did you mean '\($0)'?" } ?? ""
        return .failure(InputDiagnostic(location: nil, message: "unknown object '\(name)'\(hint) (`portalsim objects list` shows them)"))
    }
}
