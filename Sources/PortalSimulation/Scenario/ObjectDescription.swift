import Foundation
import PortalPhysics

/// Decodes the `objects:` section: objects defined from parts, each part a primitive of
/// a metal, a built-in object, or a spectrum imported from MPT-Calculator.
///
/// ```yaml
/// objects:
///   my-mini-phone:
///     kind: mini-phone                 # mini-phone, phone, everyday, reference, component
///     summary: a stripped bar phone
///     parts:
///       - {name: cathode foils, shape: plate, length: 30 mm, width: 18 mm, thickness: 12 um,
///          material: aluminium, count: 8, assumption: "200 mAh cell, 8 double-sided layers"}
///       - {name: SIM, object: nano-sim, offset: [5 mm, 0 mm, 2 mm]}
///       - {name: coil, import: {frequencies: mpt/Frequencies.csv, tensors: mpt/Tensors.csv}}
/// ```
enum ObjectDescription {
    static let objectKeys = ["kind", "summary", "size", "mass", "parts"]
    static let placementKeys = ["name", "offset", "attitude", "count", "assumption"]
    static let shapeKeys = ["shape"] + ShapeDescription.sizeKeys + ["material", "conductivity", "mur", "metal_mass"]

    /// - Parameter materials: the metals parts may name (the built-in ones and the scenario's).
    static func decode(_ value: YAMLValue, relativeTo folder: String, model: SignatureModel = .standard,
                       materials: MaterialCatalog = .builtIn, reporting d: inout DiagnosticCollector) -> [ObjectEntry] {
        guard let mapping = value.mapping(reporting: &d) else { return [] }
        var result: [ObjectEntry] = []
        for entry in mapping.entries {
            if let problem = CSVSafeName.problem(with: entry.key) {
                d.report(entry.keyValue.diagnostic(problem))
                continue
            }
            if ObjectLibrary.named(entry.key) != nil {
                d.report(entry.keyValue.diagnostic("'\(entry.key)' is a built-in object; give yours another name"))
                continue
            }
            if let object = decodeObject(name: entry.key, entry.value, folder: folder, model: model, materials: materials, &d) {
                result.append(object)
            }
        }
        return result
    }

    static func decodeObject(name: String, _ value: YAMLValue, folder: String, model: SignatureModel = .standard,
                             materials: MaterialCatalog, _ d: inout DiagnosticCollector) -> ObjectEntry? {
        guard let m = value.mapping(allowedKeys: objectKeys, reporting: &d) else { return nil }
        let kind = m.optional("kind").map { $0.choice(of: LibraryObject.Kind.self, reporting: &d) } ?? .component
        let summary = m.optional("summary").map { $0.string(reporting: &d) } ?? "defined in \(value.file)"
        let sizeValue = m.optional("size")
        let size = sizeValue.flatMap { VectorDescription.decodePoint($0, range: .objectSize, &d) }
        let massValue = m.optional("mass")
        let publishedMass = massValue.flatMap { $0.quantity(.mass, range: .greaterThan(0), reporting: &d) }
        guard let list = m.required("parts", reporting: &d)?.sequence(reporting: &d) else { return nil }
        if list.isEmpty { d.report(value.diagnostic("give at least one part")) }
        let parts = list.map { decodePart($0, folder: folder, model: model, materials: materials, &d) }
        guard let kind, let summary, sizeValue == nil || size != nil, massValue == nil || publishedMass != nil, !list.isEmpty,
              parts.allSatisfy({ $0 != nil }) else { return nil }
        let known = parts.compactMap { $0 }.flatMap { $0 }
        let masses = known.map(\.massKg)
        var entry = ObjectEntry(name: name, kind: kind, summary: summary, sizeM: size,
                           partsExtentM: ObjectExtent.partsExtentM(known.map { ($0.offsetM, $0.largestDimensionM) }),
                           metalMassKg: masses.contains { $0 == nil } ? nil : masses.compactMap { $0 }.reduce(0, +),
                           spectrum: .sum(known.lazy.map(\.spectrum)),
                           parts: known.map(\.summary), origin: value.file)
        entry.publishedMassKg = publishedMass
        entry.importedSweeps = known.flatMap(\.importedSweeps)
        return entry
    }

    struct DecodedPart {
        let spectrum: RelaxationSpectrum      // in the object's frame, count included
        let massKg: Double?
        let summary: ObjectEntry.PartSummary
        /// Where the part sits and how large it is (nil: unknown), for the object's extent.
        let offsetM: Vector3
        let largestDimensionM: Double?
        var importedSweeps: [ImportedSweepRange] = []
    }

    /// What a part is made of, before it is counted, turned and placed.
    struct PartBody {
        let spectrum: RelaxationSpectrum
        let massKg: Double?
        let description: String
        let largestDimensionM: Double?
        var importedSweeps: [ImportedSweepRange] = []
    }

    /// One part of the file, or the several a model (`build:`) makes.
    static func decodePart(_ value: YAMLValue, folder: String, model: SignatureModel = .standard,
                           materials: MaterialCatalog, _ d: inout DiagnosticCollector) -> [DecodedPart]? {
        let sources = ["shape", "object", "import", "build"]
        guard let loose = value.mapping(reporting: &d) else { return nil }
        let given = sources.filter { loose.contains($0) }
        guard given.count == 1 else {
            d.report(value.diagnostic(given.isEmpty ? "a part needs one of 'shape', 'object', 'import' or 'build'"
                                                    : "a part takes one of 'shape', 'object', 'import' or 'build', not \(given.joined(separator: " and "))"))
            return nil
        }
        if given[0] == "build" { return decodeBuild(value, model: model, materials: materials, &d) }
        guard let m = value.mapping(allowedKeys: placementKeys + shapeKeys + ["object", "import"], reporting: &d) else { return nil }
        let name = m.optional("name").map { $0.name(reporting: &d) } ?? given[0]
        let count = m.optional("count").map { $0.int(range: .atLeast(1), reporting: &d) } ?? 1
        let offset = m.optional("offset").map { VectorDescription.decodePoint($0, range: .objectOffset, &d) } ?? .zero
        let attitude = m.optional("attitude").map { AttitudeDescription.decode($0, &d) } ?? .identity
        let assumption = m.optional("assumption").map { $0.string(reporting: &d) } ?? "defined in \(value.file)"
        if given[0] != "shape" {
            for key in shapeKeys where m.contains(key) {
                if let stray = m.optional(key) { d.report(stray.diagnostic("'\(key)' belongs to a part given by 'shape'")) }
            }
        }
        var body: PartBody?
        if let objectValue = m.optional("object") {
            body = decodeLibraryObject(objectValue, model: model, &d)
        } else if let importValue = m.optional("import") {
            body = decodeImport(importValue, folder: folder, &d)
        } else {
            body = decodePrimitive(m, model: model, materials: materials, &d)
        }
        guard let name, let count, let offset, let attitude, let assumption, let body else { return nil }
        // In the dipole approximation parts add at the object's centre; the offset is
        // kept in the description, where a reader can judge the approximation.
        let placed = placedWords(body.description, offsetM: offset)
        return [DecodedPart(spectrum: Double(count) * body.spectrum.rotated(by: attitude), massKg: body.massKg.map { $0 * Double(count) },
                            summary: .init(name: name, description: placed, count: count, assumption: assumption),
                            offsetM: offset, largestDimensionM: body.largestDimensionM, importedSweeps: body.importedSweeps)]
    }

    /// The parts a model makes (``PartBuildDescription``), each listed with its own
    /// reasoning as the library's are.
    static func decodeBuild(_ value: YAMLValue, model: SignatureModel, materials: MaterialCatalog,
                            _ d: inout DiagnosticCollector) -> [DecodedPart]? {
        guard let call = PartBuildDescription.decode(value, materials: materials, defaultNote: "defined in \(value.file)", &d) else {
            return nil
        }
        var decoded: [DecodedPart] = []
        for part in call.build.parts(offsetM: call.offsetM, attitude: call.attitude) {
            let physics: Part
            do {
                physics = try part.physicsPart(model: model)
            } catch {
                d.report(value.diagnostic("this part's signature cannot be computed: \(error)"))
                return nil
            }
            let words = PrimitiveDescription.words(part.primitive, material: part.materialName)
            decoded.append(DecodedPart(
                spectrum: Double(part.count) * physics.spectrum.rotated(by: part.attitude), massKg: part.metalMassKg,
                summary: .init(name: part.name, description: placedWords(words, offsetM: part.offsetM), count: part.count,
                               assumption: part.assumption),
                offsetM: part.offsetM, largestDimensionM: part.primitive.largestDimensionM))
        }
        return decoded
    }

    /// A part's words with where it sits, if not at the centre.
    static func placedWords(_ words: String, offsetM: Vector3) -> String {
        offsetM == .zero ? words : words + ", at (\(mm(offsetM.x)), \(mm(offsetM.y)), \(mm(offsetM.z))) mm"
    }

    static func mm(_ x: Double) -> String { NumberFormat.shortest(NumberFormat.rounded(x * 1000, significantDigits: 4)) }

    static func decodeLibraryObject(_ value: YAMLValue, model: SignatureModel, _ d: inout DiagnosticCollector) -> PartBody? {
        guard let objectName = value.string(reporting: &d) else { return nil }
        guard let object = ObjectLibrary.named(objectName) else {
            let hint = SpellingSuggestion.closest(to: objectName, among: ObjectLibrary.names).map { "; did you mean '\($0)'?" } ?? ""
            d.report(value.diagnostic("unknown built-in object '\(objectName)'\(hint)"))
            return nil
        }
        do {
            return PartBody(spectrum: try BuiltInEntries.shared.entry(object, model: model).spectrum, massKg: object.metalMassKg,
                            description: "the built-in object \(objectName)",
                            largestDimensionM: ObjectExtent.longestSideM(object.sizeM))
        } catch {
            d.report(value.diagnostic("the built-in object '\(objectName)' could not be computed: \(error)"))
            return nil
        }
    }

    static func decodePrimitive(_ m: YAMLMapping, model: SignatureModel, materials: MaterialCatalog,
                                _ d: inout DiagnosticCollector) -> PartBody? {
        let primitive = ShapeDescription.decode(m, &d)
        let material = decodeMaterial(m, materials: materials, &d)
        guard let primitive, let material else { return nil }
        let spectrum: RelaxationSpectrum
        do {
            spectrum = try SignatureCache.shared.spectrum(primitive, material: material.material, model: model)
        } catch {
            d.report(m.value.diagnostic("this part's signature cannot be computed: \(error)"))
            return nil
        }
        var declaredMass: Double??
        if let massValue = m.optional("metal_mass") {
            declaredMass = massValue.quantity(.mass, range: .greaterThan(0), reporting: &d).map { .some($0) }
            guard declaredMass != nil else { return nil }
        }
        return PartBody(spectrum: spectrum,
                        massKg: declaredMass ?? material.density.map { primitive.volumeM3 * $0 },
                        description: PrimitiveDescription.words(primitive, material: material.material.name),
                        largestDimensionM: primitive.largestDimensionM)
    }

    /// `material: NAME` from the table (the built-in metals and the scenario's
    /// `materials:`), or `conductivity:` with optional `mur:`.
    static func decodeMaterial(_ m: YAMLMapping, materials: MaterialCatalog,
                               _ d: inout DiagnosticCollector) -> (material: Material, density: Double?)? {
        if let named = m.optional("material") {
            for key in ["conductivity", "mur"] {
                if let stray = m.optional(key) { d.report(stray.diagnostic("give 'material' or 'conductivity' and 'mur', not both")) }
            }
            return MaterialDescription.named(named, in: materials, &d).map { ($0.material, $0.densityKgPerM3) }
        }
        guard let sigma = m.required("conductivity", reporting: &d)?.quantity(.conductivity, range: .conductivity, reporting: &d) else { return nil }
        let mur = m.optional("mur").map { $0.double(range: .relativePermeability, reporting: &d) } ?? 1
        guard let mur else { return nil }
        return (Material(name: "σ \(QuantityParser.format(sigma, as: .conductivity)), μr \(NumberFormat.shortest(mur))",
                         conductivitySPerM: sigma, relativePermeability: mur), nil)
    }

    static func decodeImport(_ value: YAMLValue, folder: String, _ d: inout DiagnosticCollector) -> PartBody? {
        guard let m = value.mapping(allowedKeys: ["frequencies", "tensors", "frequency_unit"], reporting: &d),
              let f = m.required("frequencies", reporting: &d)?.string(reporting: &d),
              let t = m.required("tensors", reporting: &d)?.string(reporting: &d) else { return nil }
        var unit = MPTCalculatorSweep.FrequencyUnit.radiansPerSecond
        if let unitValue = m.optional("frequency_unit") {
            guard let symbol = unitValue.string(reporting: &d) else { return nil }
            guard let named = MPTCalculatorSweep.FrequencyUnit.named(symbol) else {
                d.report(unitValue.diagnostic("unknown frequency unit '\(symbol)' (expected one of: "
                    + MPTCalculatorSweep.FrequencyUnit.symbols.joined(separator: ", ") + ")"))
                return nil
            }
            unit = named
        }
        let resolve = { (path: String) in path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path) }
        do {
            let sweep = try MPTCalculatorSweep.load(frequenciesPath: resolve(f), tensorsPath: resolve(t), unit: unit)
            let fit = try sweep.relaxationFit(describedAs: resolve(t))
            let residual = NumberFormat.shortest(NumberFormat.rounded(fit.largestRelativeResidual, significantDigits: 2))
            // An imported tensor says nothing of the object's size.
            return PartBody(spectrum: fit.spectrum, massKg: nil,
                            description: "imported from \(t) (\(sweep.tensors.count) frequencies, fit residual \(residual))",
                            largestDimensionM: nil,
                            importedSweeps: [ImportedSweepRange(file: resolve(t), angularFrequenciesRadPerS: sweep.coveredRange)])
        } catch {
            // The file's own position is more useful than the scenario's; keep both.
            for problem in error.diagnostics {
                d.report(value.diagnostic("in the imported sweep: \(problem.description)"))
            }
            return nil
        }
    }
}
