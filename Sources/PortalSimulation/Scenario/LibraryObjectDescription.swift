import PortalPhysics

/// Decodes the library's `objects.yaml` (``BuiltInLibrary``): each object's kind,
/// summary, size, published mass and parts, a part either a shape of a named metal or a
/// model's call (`build:`, ``PartBuildDescription``).
///
/// The file is the scenario format's `objects:` section with the library's stricter
/// rules: every object gives its size, every part its reasoning (`assumption:`, a
/// circuit board its `note:`), metals are named from the library's table, and parts are
/// shapes or models only (no built-in objects, no imports), so that each part is exactly
/// a ``LibraryPart`` and `portalsim objects export` writes it back unchanged.
enum LibraryObjectDescription {
    static let objectKeys = ["kind", "summary", "size", "mass", "parts"]
    static let partKeys = ["name", "shape"] + ShapeDescription.sizeKeys + ["material", "offset", "attitude", "count", "metal_mass", "assumption"]

    static func decode(_ section: YAMLValue, materials: MaterialCatalog, _ d: inout DiagnosticCollector) -> [LibraryObject] {
        guard let mapping = section.mapping(reporting: &d) else { return [] }
        var objects: [LibraryObject] = []
        for entry in mapping.entries {
            if let problem = CSVSafeName.problem(with: entry.key) {
                d.report(entry.keyValue.diagnostic(problem))
                continue
            }
            if let object = decodeObject(name: entry.key, entry.value, materials: materials, &d) { objects.append(object) }
        }
        return objects
    }

    static func decodeObject(name: String, _ value: YAMLValue, materials: MaterialCatalog,
                             _ d: inout DiagnosticCollector) -> LibraryObject? {
        guard let m = value.mapping(allowedKeys: objectKeys, reporting: &d) else { return nil }
        let kind = m.required("kind", reporting: &d)?.choice(of: LibraryObject.Kind.self, reporting: &d)
        let summary = m.required("summary", reporting: &d)?.string(reporting: &d)
        let size = m.required("size", reporting: &d).flatMap { VectorDescription.decodePoint($0, range: .objectSize, &d) }
        let massValue = m.optional("mass")
        let mass = massValue.flatMap { $0.quantity(.mass, range: .greaterThan(0), reporting: &d) }
        guard let list = m.required("parts", reporting: &d)?.sequence(reporting: &d) else { return nil }
        if list.isEmpty { d.report(value.diagnostic("give at least one part")) }
        let parts = list.map { decodePart($0, materials: materials, &d) }
        guard let kind, let summary, let size, massValue == nil || mass != nil, !list.isEmpty,
              parts.allSatisfy({ $0 != nil }) else { return nil }
        return LibraryObject(name: name, kind: kind, summary: summary, sizeM: size, publishedMassKg: mass,
                             parts: parts.compactMap { $0 }.flatMap { $0 })
    }

    static func decodePart(_ value: YAMLValue, materials: MaterialCatalog, _ d: inout DiagnosticCollector) -> [LibraryPart]? {
        if value.mapping(reporting: &d)?.contains("build") ?? false {
            return PartBuildDescription.decode(value, materials: materials, defaultNote: nil, &d)
                .map { $0.build.parts(offsetM: $0.offsetM, attitude: $0.attitude) }
        }
        guard let m = value.mapping(allowedKeys: partKeys + ["build"], reporting: &d) else { return nil }
        let name = m.required("name", reporting: &d)?.name(reporting: &d)
        let primitive = m.required("shape", reporting: &d).flatMap { _ in ShapeDescription.decode(m, &d) }
        let material = m.required("material", reporting: &d).flatMap { MaterialDescription.named($0, in: materials, &d) }
        let offset = m.optional("offset").map { VectorDescription.decodePoint($0, range: .objectOffset, &d) } ?? .zero
        let attitude = m.optional("attitude").map { AttitudeDescription.decode($0, &d) } ?? .identity
        let count = m.optional("count").map { $0.int(range: .atLeast(1), reporting: &d) } ?? 1
        let massValue = m.optional("metal_mass")
        let metalMass = massValue.flatMap { $0.quantity(.mass, range: .greaterThan(0), reporting: &d) }
        let assumption = m.required("assumption", reporting: &d)?.string(reporting: &d)
        guard let name, let primitive, let material, let offset, let attitude, let count, massValue == nil || metalMass != nil,
              let assumption else { return nil }
        return [LibraryPart(name, primitive, material, offsetM: offset, attitude: attitude, count: count,
                            declaredMetalMassKg: metalMass.map { Double(count) * $0 }, assumption: assumption)]
    }
}
