import PortalPhysics

/// A named metal as the library uses it: its electromagnetic properties, its density
/// (to report the mass of metal an object carries) and where the numbers come from.
public struct MaterialEntry: Hashable, Sendable {
    /// Conductivity σ and low-field relative permeability μr.
    public let material: Material
    public let densityKgPerM3: Double
    /// The source or the reasoning behind the values, and how sure they are.
    public let source: String

    public init(_ material: Material, densityKgPerM3: Double, source: String) {
        self.material = material
        self.densityKgPerM3 = densityKgPerM3
        self.source = source
    }

    public var name: String { material.name }
}

/// A table of named metals: the built-in library's, with a scenario's `materials:` after.
public struct MaterialCatalog: Sendable {
    /// Every entry, one per name, in the order given.
    public let entries: [MaterialEntry]

    public init(_ entries: [MaterialEntry]) { self.entries = entries }

    /// The built-in library's metals.
    public static var builtIn: MaterialCatalog { BuiltInLibrary.shared.materials }

    /// The entry for a name, case-insensitively.
    public func entry(named name: String) -> MaterialEntry? {
        let key = name.lowercased()
        return entries.first { $0.name == key }
    }

    public var names: [String] { entries.map(\.name) }

    /// This table with `more` after it (names not already here: the decoder sees to it).
    public func adding(_ more: [MaterialEntry]) -> MaterialCatalog {
        more.isEmpty ? self : MaterialCatalog(entries + more)
    }
}

/// The built-in metals, read from the library's `materials.yaml` (once per process,
/// ``BuiltInLibrary``): conductivity, low-field relative permeability, density and
/// source of each. The file says where its numbers come from.
///
/// The properties below are the metals the Swift models name themselves (a pouch cell's
/// foils and tabs, a board's copper); loading the library checks that the file has
/// every one of them (`builderNames`), so reading them cannot fail. Every other metal
/// an object uses is named in `objects.yaml`.
public enum MaterialLibrary {
    public static var copper: MaterialEntry { builderMaterial("copper") }
    public static var aluminium: MaterialEntry { builderMaterial("aluminium") }
    public static var nickel: MaterialEntry { builderMaterial("nickel") }

    /// The names the models use, which `materials.yaml` must define.
    static let builderNames = ["copper", "aluminium", "nickel"]

    /// A metal a model names; present once the library has loaded (checked there).
    static func builderMaterial(_ name: String) -> MaterialEntry {
        guard let entry = MaterialCatalog.builtIn.entry(named: name) else {
            preconditionFailure("materials.yaml lacks '\(name)'; BuiltInLibrary.load checks for it")
        }
        return entry
    }

    /// Every entry, one per name, in the file's order.
    public static var entries: [MaterialEntry] { MaterialCatalog.builtIn.entries }

    /// The physics materials, in the table's order.
    public static var all: [Material] { entries.map(\.material) }

    public static func named(_ name: String) -> Material? { entry(named: name)?.material }

    /// The full entry (density, source) for a name, case-insensitively.
    public static func entry(named name: String) -> MaterialEntry? { MaterialCatalog.builtIn.entry(named: name) }

    public static var names: [String] { MaterialCatalog.builtIn.names }
}
