import PortalPhysics

/// Decodes a `materials:` section — the built-in library's `materials.yaml` and a
/// scenario's alike: each key a new metal's name, its value its properties.
///
/// ```yaml
/// materials:
///   brass-cuzn39pb3:
///     conductivity: 15 MS/m
///     mur: 1                      # optional, 1 when left out
///     density: 8470 kg/m3
///     source: "CuZn39Pb3 free-cutting brass, ~26 % IACS, data sheet"
/// ```
///
/// A scenario may add names but not redefine a built-in one: the built-in objects are
/// made of the built-in metals, and the same name meaning two metals in one run would
/// make a result's part list ambiguous (docs/scenario-format.md says more).
enum MaterialDescription {
    static let keys = ["conductivity", "mur", "density", "source"]

    /// - Parameters:
    ///   - reserved: names that may not be defined again (the built-in ones, for a
    ///     scenario); empty for the library file itself.
    ///   - requireSource: whether every entry must say where its numbers come from (the
    ///     library's entries must; a scenario's default to "defined in FILE").
    static func decode(_ value: YAMLValue, reserved: MaterialCatalog, requireSource: Bool,
                       _ d: inout DiagnosticCollector) -> [MaterialEntry] {
        guard let mapping = value.mapping(reporting: &d) else { return [] }
        var result: [MaterialEntry] = []
        for entry in mapping.entries {
            guard LibraryName.check(entry.key, at: entry.keyValue, what: "material", &d) else { continue }
            if reserved.entry(named: entry.key) != nil {
                d.report(entry.keyValue.diagnostic("'\(entry.key)' is a built-in material; give yours another name "
                    + "(a scenario adds metals, it does not change the library's: see docs/scenario-format.md)"))
                continue
            }
            if result.contains(where: { $0.name == entry.key.lowercased() }) {
                d.report(entry.keyValue.diagnostic("the material '\(entry.key)' is defined twice"))
                continue
            }
            if let material = decodeEntry(name: entry.key, entry.value, requireSource: requireSource, &d) { result.append(material) }
        }
        return result
    }

    /// A metal named from `catalog` (`material: NAME`), with a spelling hint for a near miss.
    static func named(_ value: YAMLValue, in catalog: MaterialCatalog, _ d: inout DiagnosticCollector) -> MaterialEntry? {
        guard let text = value.string(reporting: &d) else { return nil }
        guard let entry = catalog.entry(named: text) else {
            let hint = SpellingSuggestion.closest(to: text, among: catalog.names).map { "; did you mean '\($0)'?" } ?? ""
            d.report(value.diagnostic("unknown material '\(text)'\(hint)"))
            return nil
        }
        return entry
    }

    static func decodeEntry(name: String, _ value: YAMLValue, requireSource: Bool, _ d: inout DiagnosticCollector) -> MaterialEntry? {
        guard let m = value.mapping(allowedKeys: keys, reporting: &d) else { return nil }
        let sigma = m.required("conductivity", reporting: &d)?.quantity(.conductivity, range: .conductivity, reporting: &d)
        let mur = m.optional("mur").map { $0.double(range: .relativePermeability, reporting: &d) } ?? 1
        let density = m.required("density", reporting: &d)?.quantity(.density, range: .density, reporting: &d)
        let sourceValue = requireSource ? m.required("source", reporting: &d) : m.optional("source")
        let source = sourceValue.map { $0.string(reporting: &d) } ?? "defined in \(value.file)"
        guard let sigma, let mur, let density, let source else { return nil }
        return MaterialEntry(Material(name: name, conductivitySPerM: sigma, relativePermeability: mur),
                             densityKgPerM3: density, source: source)
    }
}

/// The names of the library's tables (materials, body locations): safe in a CSV cell,
/// and in lower case, as every lookup compares them.
enum LibraryName {
    /// Whether `name` may name a `what`; reports why not at the key.
    static func check(_ name: String, at key: YAMLValue, what: String, _ d: inout DiagnosticCollector) -> Bool {
        if let problem = CSVSafeName.problem(with: name) {
            d.report(key.diagnostic(problem))
            return false
        }
        guard name == name.lowercased() else {
            d.report(key.diagnostic("\(what) names are looked up in lower case; write '\(name.lowercased())'"))
            return false
        }
        return true
    }
}
