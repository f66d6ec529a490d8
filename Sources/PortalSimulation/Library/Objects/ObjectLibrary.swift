/// The built-in objects scenarios can name: miniature and ordinary phones, everyday
/// metal, reference test objects and single components, read from the library's
/// `objects.yaml` (``BuiltInLibrary``).
public enum ObjectLibrary {
    public static var all: [LibraryObject] { BuiltInLibrary.shared.objects }

    public static func named(_ name: String) -> LibraryObject? {
        let key = name.lowercased()
        return all.first { $0.name == key }
    }

    public static var names: [String] { all.map(\.name) }

    /// The object named `name`, or an error naming it with the closest name as a hint.
    public static func lookup(_ name: String) throws(InputErrors) -> LibraryObject {
        if let found = named(name) { return found }
        let hint = SpellingSuggestion.closest(to: name, among: names).map { "; did you mean '\($0)'?" } ?? ""
        throw InputErrors(InputDiagnostic(location: nil, message: "unknown built-in object '\(name)'\(hint) (`portalsim objects list` shows them)"))
    }

    public static func objects(ofKind kind: LibraryObject.Kind) -> [LibraryObject] {
        all.filter { $0.kind == kind }
    }
}
