/// The shapes an object's part can take, each with its model (see the types named).
/// Frames: a disk's, plate's or loop's normal, a rod's axis and a magnet's
/// magnetisation lie along the part's own z.
public enum Primitive: Hashable, Sendable {
    /// ``Sphere``: exact at every frequency.
    case sphere(radiusM: Double)
    /// ``Ellipsoid`` with semi-axes along x, y, z.
    case ellipsoid(semiAxesM: Vector3)
    /// ``ThinDisk``.
    case disk(radiusM: Double, thicknessM: Double)
    /// ``RectangularPlate``: length along x, width along y.
    case plate(lengthM: Double, widthM: Double, thicknessM: Double)
    /// ``Rod`` along z.
    case rod(lengthM: Double, radiusM: Double)
    /// ``WireLoop`` with normal z.
    case wireLoop(loopRadiusM: Double, wireRadiusM: Double)
    /// ``PermanentMagnet`` (a disk magnet) magnetised along z.
    case magnet(radiusM: Double, thicknessM: Double, remanenceT: Double)

    /// The primitive's relaxation spectrum in its own frame.
    public func relaxationSpectrum(material: Material) -> RelaxationSpectrum {
        switch self {
        case .sphere(let r):
            return Sphere(radiusM: r, material: material).relaxationSpectrum()
        case .ellipsoid(let axes):
            return Ellipsoid(semiAxesM: axes, material: material).relaxationSpectrum()
        case .disk(let r, let t):
            return ThinDisk(radiusM: r, thicknessM: t, material: material).equivalentEllipsoid.relaxationSpectrum()
        case .plate(let l, let w, let t):
            return RectangularPlate(lengthM: l, widthM: w, thicknessM: t, material: material)
                .equivalentEllipsoid.relaxationSpectrum()
        case .rod(let l, let r):
            return Rod(lengthM: l, radiusM: r, material: material).equivalentEllipsoid.relaxationSpectrum()
        case .wireLoop(let b, let rw):
            return WireLoop(loopRadiusM: b, wireRadiusM: rw, material: material).relaxationSpectrum
        case .magnet(let r, let t, let br):
            return PermanentMagnet(radiusM: r, thicknessM: t, remanenceT: br, material: material).relaxationSpectrum
        }
    }

    /// The volume of metal in m³.
    public var volumeM3: Double {
        switch self {
        case .sphere(let r): return 4 / 3 * Double.pi * r * r * r
        case .ellipsoid(let a): return 4 / 3 * Double.pi * a.x * a.y * a.z
        case .disk(let r, let t), .magnet(let r, let t, _): return Double.pi * r * r * t
        case .plate(let l, let w, let t): return l * w * t
        case .rod(let l, let r): return Double.pi * r * r * l
        case .wireLoop(let b, let rw): return 2 * Double.pi * b * Double.pi * rw * rw
        }
    }

    /// The largest dimension in m: what decides whether the dipole approximation holds.
    public var largestDimensionM: Double {
        switch self {
        case .sphere(let r): return 2 * r
        case .ellipsoid(let a): return 2 * Swift.max(a.x, a.y, a.z)
        case .disk(let r, let t), .magnet(let r, let t, _): return Swift.max(2 * r, t)
        case .plate(let l, let w, let t): return (l * l + w * w + t * t).squareRoot()
        case .rod(let l, let r): return Swift.max(l, 2 * r)
        case .wireLoop(let b, let rw): return 2 * (b + rw)
        }
    }
}
