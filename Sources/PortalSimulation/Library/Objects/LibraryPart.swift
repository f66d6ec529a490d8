import PortalPhysics

/// One physical part of a library object, with the reasoning behind its size and metal
/// written next to it.
///
/// Frames follow ``Primitive``: a plate's length along its x, width along y and
/// thickness (normal) along z; a rod's axis, a disk's, loop's or magnet's normal along z.
/// `offsetM` and `attitude` place the part in its object's frame (length along x,
/// width along y, thickness along z).
public struct LibraryPart: Hashable, Sendable {
    public let name: String
    public let primitive: Primitive
    public let material: MaterialEntry
    public let offsetM: Vector3
    public let attitude: Rotation
    /// Identical parts at that place (screws, keypad domes, foils).
    public let count: Int
    /// Why this size, this metal and this model: a source or a stated guess.
    public let assumption: String
    /// The real metal's mass when the primitive is an electromagnetic equivalent rather
    /// than the metal itself (a stack of foils as one plate of the same summed
    /// conductance); nil when the primitive's own volume is the metal.
    public let declaredMetalMassKg: Double?
    /// Where the part came from: given as a shape, or made by a model (``PartBuild``),
    /// whose first part carries the call so that ``ObjectExport`` writes it once.
    private(set) var origin: Origin = .shape

    enum Origin: Hashable, Sendable {
        case shape
        /// The first part a model made, with the call that made them all.
        case leads(BuiltParts)
        /// A later part of the same call.
        case follows
    }

    public init(_ name: String, _ primitive: Primitive, _ material: MaterialEntry,
                offsetM: Vector3 = .zero, attitude: Rotation = .identity, count: Int = 1,
                declaredMetalMassKg: Double? = nil, assumption: String) {
        self.name = name
        self.primitive = primitive
        self.material = material
        self.offsetM = offsetM
        self.attitude = attitude
        self.count = count
        self.declaredMetalMassKg = declaredMetalMassKg
        self.assumption = assumption
    }

    public var materialName: String { material.name }

    /// The same part, made as `origin` says.
    func from(_ origin: Origin) -> LibraryPart {
        var part = self
        part.origin = origin
        return part
    }

    /// Mass of metal in kg, all `count` copies together.
    public var metalMassKg: Double {
        declaredMetalMassKg ?? Double(count) * primitive.volumeM3 * material.densityKgPerM3
    }

    /// The physics part: the primitive's spectrum for this material (computed once per
    /// process), placed and turned.
    public func physicsPart(model: SignatureModel = .standard) throws(EddyCurrentError) -> Part {
        Part(name: name, spectrum: try SignatureCache.shared.spectrum(primitive, material: material.material, model: model),
             offsetM: offsetM, attitude: attitude, count: count)
    }
}
