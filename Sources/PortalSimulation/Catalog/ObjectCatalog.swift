/// The objects a run can name: the built-in library and those a scenario defines
/// (which may not reuse a built-in name).
public struct ObjectCatalog: Sendable {
    public let entries: [ObjectEntry]

    public init(userObjects: [ObjectEntry] = []) {
        entries = ObjectLibrary.all.map(ObjectEntry.init) + userObjects
    }

    public var names: [String] { entries.map(\.name) }

    public func named(_ name: String) -> ObjectEntry? {
        entries.first { $0.name == name }
    }

    /// The entry, or a message naming the closest known name.
    public func lookup(_ name: String) -> Result<ObjectEntry, InputDiagnostic> {
        if let found = named(name) { return .success(found) }
        let hint = SpellingSuggestion.closest(to: name, among: names).map { "; did you mean '\($0)'?" } ?? ""
        return .failure(InputDiagnostic(location: nil, message: "unknown object '\(name)'\(hint) (`portalsim objects list` shows them)"))
    }
}
