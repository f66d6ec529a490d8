/// A table of body locations: the built-in library's, with a scenario's `locations:`
/// after.
public struct LocationCatalog: Sendable {
    /// Every location, one per name, in the order given.
    public let locations: [BodyLocation]

    public init(_ locations: [BodyLocation]) { self.locations = locations }

    /// The built-in library's locations.
    public static var builtIn: LocationCatalog { BuiltInLibrary.shared.locations }

    /// The location of that name, case-insensitively.
    public func named(_ name: String) -> BodyLocation? {
        let key = name.lowercased()
        return locations.first { $0.name == key }
    }

    public var names: [String] { locations.map(\.name) }

    /// This table with `more` after it (names not already here: the decoder sees to it).
    public func adding(_ more: [BodyLocation]) -> LocationCatalog {
        more.isEmpty ? self : LocationCatalog(locations + more)
    }
}

/// The built-in body locations people carry and hide things at, read from the library's
/// `locations.yaml` (once per process, ``BuiltInLibrary``), which says where each
/// height and offset comes from.
extension BodyLocation {
    public static var all: [BodyLocation] { LocationCatalog.builtIn.locations }

    public static func named(_ name: String) -> BodyLocation? { LocationCatalog.builtIn.named(name) }

    public static var names: [String] { LocationCatalog.builtIn.names }
}
