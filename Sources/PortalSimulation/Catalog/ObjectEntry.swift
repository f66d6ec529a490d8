import PortalPhysics

/// An object as the commands and the engine see it, whether built in or defined in a
/// scenario file: a name, what it is, its signature, and the parts it was made from
/// with the reasoning behind each.
public struct ObjectEntry: Sendable {
    public struct PartSummary: Sendable {
        public let name: String
        /// Shape, size and metal, in words: "plate 40 × 30 × 0.012 mm, aluminium".
        public let description: String
        public let count: Int
        public let assumption: String
    }

    public let name: String
    public let kind: LibraryObject.Kind
    public let summary: String
    /// Bounding box L × W × T (m), when known.
    public let sizeM: Vector3?
    /// The object's largest dimension (m), which the engine's dipole check sets against
    /// its distance to the coil wires: the longest side of `sizeM` when it is given, else
    /// the extent of the parts (``ObjectExtent``); nil when neither is known (a part
    /// imported from MPT-Calculator has no size), and the object is then not checked.
    public let largestDimensionM: Double?
    /// Mass of the metal modelled (kg), when known (an imported spectrum has none).
    public let metalMassKg: Double?
    public let spectrum: RelaxationSpectrum
    public let parts: [PartSummary]
    /// Where it came from: "built-in" or the scenario file.
    public let origin: String
    /// The frequency ranges of the parts imported from MPT-Calculator, beyond which the
    /// signature is the fit's extrapolation (see ``ScenarioFile/warnings``).
    public var importedSweeps: [ImportedSweepRange] = []
    /// The whole real object's mass where a source gives it (kg), metal or not.
    public var publishedMassKg: Double?

    /// - Parameter partsExtentM: the parts' extent, used when `sizeM` is not given.
    public init(name: String, kind: LibraryObject.Kind, summary: String, sizeM: Vector3?, partsExtentM: Double? = nil,
                metalMassKg: Double?, spectrum: RelaxationSpectrum, parts: [PartSummary], origin: String) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.sizeM = sizeM
        largestDimensionM = sizeM.map(ObjectExtent.longestSideM) ?? partsExtentM
        self.metalMassKg = metalMassKg
        self.spectrum = spectrum
        self.parts = parts
        self.origin = origin
    }

    public init(_ object: LibraryObject, model: SignatureModel = .standard) throws(EddyCurrentError) {
        self.init(name: object.name, kind: object.kind, summary: object.summary, sizeM: object.sizeM,
                  metalMassKg: object.metalMassKg, spectrum: try object.spectrum(model: model),
                  parts: object.parts.map {
                      PartSummary(name: $0.name, description: PrimitiveDescription.words($0.primitive, material: $0.materialName),
                                  count: $0.count, assumption: $0.assumption)
                  },
                  origin: "built-in")
        publishedMassKg = object.publishedMassKg
    }
}

/// Primitives in words, for listings.
enum PrimitiveDescription {
    static func words(_ primitive: Primitive, material: String) -> String {
        func mm(_ x: Double) -> String { NumberFormat.shortest(NumberFormat.rounded(x * 1000, significantDigits: 4)) }
        let shape: String
        switch primitive {
        case .sphere(let r): shape = "sphere r \(mm(r)) mm"
        case .ellipsoid(let a): shape = "ellipsoid semi-axes \(mm(a.x)) × \(mm(a.y)) × \(mm(a.z)) mm"
        case .disk(let r, let t): shape = "disk r \(mm(r)) mm, \(mm(t)) mm thick"
        case .ring(let a, let b, let t): shape = "ring r \(mm(a))-\(mm(b)) mm, \(mm(t)) mm thick"
        case .revolved(let section):
            let e = section.extent
            shape = "body of revolution r \(mm(e.rMaxM)) mm, \(mm(e.zMaxM - e.zMinM)) mm long, "
                + "\(section.regions.count) region\(section.regions.count == 1 ? "" : "s") (" 
                + section.regions.map(\.material.name).joined(separator: ", ") + ")"
        case .sheets(let sheets): shape = "stack of \(sheets.count) coupled sheets"
        case .plate(let l, let w, let t): shape = "plate \(mm(l)) × \(mm(w)) × \(mm(t)) mm"
        case .rod(let l, let r): shape = "rod \(mm(l)) mm long, r \(mm(r)) mm"
        case .wireLoop(let b, let rw): shape = "ring r \(mm(b)) mm, wire r \(mm(rw)) mm"
        case .magnet(let r, let t, let br): shape = "magnet r \(mm(r)) mm, \(mm(t)) mm thick, Br \(NumberFormat.shortest(br)) T"
        }
        return "\(shape), \(material)"
    }
}
