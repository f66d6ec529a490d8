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
/// The properties below are the metals the Swift builders of the built-in objects name
/// (a pouch cell's foils, a board's copper, a coin's alloys); loading the library checks
/// that the file has every one of them (`builderNames`), so reading them cannot fail.
public enum MaterialLibrary {
    public static var copper: MaterialEntry { builderMaterial("copper") }
    public static var aluminium: MaterialEntry { builderMaterial("aluminium") }
    public static var nickel: MaterialEntry { builderMaterial("nickel") }
    public static var zinc: MaterialEntry { builderMaterial("zinc") }
    public static var silver: MaterialEntry { builderMaterial("silver") }
    public static var gold: MaterialEntry { builderMaterial("gold") }
    public static var titanium: MaterialEntry { builderMaterial("titanium") }
    public static var brass: MaterialEntry { builderMaterial("brass") }
    public static var nickelBrass: MaterialEntry { builderMaterial("nickel-brass") }
    public static var cupronickel: MaterialEntry { builderMaterial("cupronickel") }
    public static var nordicGold: MaterialEntry { builderMaterial("nordic-gold") }
    public static var phosphorBronze: MaterialEntry { builderMaterial("phosphor-bronze") }
    public static var nickelSilver: MaterialEntry { builderMaterial("nickel-silver") }
    public static var steel: MaterialEntry { builderMaterial("steel") }
    public static var copperPlatedSteel: MaterialEntry { builderMaterial("copper-plated-steel") }
    public static var springSteel: MaterialEntry { builderMaterial("spring-steel") }
    public static var bearingSteel: MaterialEntry { builderMaterial("bearing-steel") }
    public static var stainless304: MaterialEntry { builderMaterial("stainless-steel") }
    public static var stainless316: MaterialEntry { builderMaterial("stainless-316") }
    public static var stainless301Spring: MaterialEntry { builderMaterial("stainless-301-spring") }
    public static var stainless430: MaterialEntry { builderMaterial("stainless-430") }
    public static var stainless420: MaterialEntry { builderMaterial("stainless-420") }
    public static var aluminiumAlloy: MaterialEntry { builderMaterial("aluminium-alloy") }
    public static var zamak: MaterialEntry { builderMaterial("zamak") }
    public static var titanium6Al4V: MaterialEntry { builderMaterial("titanium-6al-4v") }
    public static var cobaltChrome: MaterialEntry { builderMaterial("cobalt-chrome") }
    public static var ndfeb: MaterialEntry { builderMaterial("ndfeb") }

    /// The names the builders use, which `materials.yaml` must define.
    static let builderNames = ["copper", "aluminium", "nickel", "zinc", "silver", "gold", "titanium", "brass", "nickel-brass", "cupronickel", "nordic-gold", "phosphor-bronze", "nickel-silver", "steel", "copper-plated-steel", "spring-steel", "bearing-steel", "stainless-steel", "stainless-316", "stainless-301-spring", "stainless-430", "stainless-420", "aluminium-alloy", "zamak", "titanium-6al-4v", "cobalt-chrome", "ndfeb"]

    /// A metal a builder names; present once the library has loaded (checked there).
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
