/// The shapes an object's part can take, each with its model (see the types named).
/// Frames: a disk's, ring's, plate's or loop's normal, a rod's axis, a body of
/// revolution's symmetry axis and a magnet's magnetisation lie along the part's own z.
///
/// Which solver each shape gets, what it assumes and how it was validated:
/// docs/physics.md#solvers.
public enum Primitive: Hashable, Sendable {
    /// ``Sphere``: exact at every frequency.
    case sphere(radiusM: Double)
    /// ``Ellipsoid`` with semi-axes along x, y, z.
    case ellipsoid(semiAxesM: Vector3)
    /// A finite circular cylinder of radius r and thickness t (a coin, a disk, a dome):
    /// ``RevolvedConductor``.
    case disk(radiusM: Double, thicknessM: Double)
    /// A ring of rectangular section (a washer, a coin's ring, a camera bezel, a speaker
    /// pot's wall): ``RevolvedConductor``.
    case ring(innerRadiusM: Double, outerRadiusM: Double, thicknessM: Double)
    /// Any body of revolution whose regions carry their own metals (a bimetallic coin,
    /// clad layers, a cup): ``RevolvedConductor``. The part's material is not used.
    case revolved(MeridionalSection)
    /// A rectangular plate, length along x, width along y: a thin sheet
    /// (``ThinSheetStack``) for the normal field, a slab for the in-plane ones.
    case plate(lengthM: Double, widthM: Double, thicknessM: Double)
    /// Flat conductors stacked along z and coupled through their mutual inductances
    /// (``ThinSheetStack``): a battery's foils, a board's copper layers, a mid-plate with
    /// its display backing. Each sheet brings its own σt; the part's material is used
    /// only for a mass. In-plane fields: each sheet of known thickness as a slab
    /// (``ConductingSheet/inPlaneTerms``), uncoupled.
    case sheets([ConductingSheet])
    /// A solid cylinder along z (a pin, a screw's core, a frame side):
    /// ``RevolvedConductor``.
    case rod(lengthM: Double, radiusM: Double)
    /// ``WireLoop`` with normal z: a closed ring of round wire.
    case wireLoop(loopRadiusM: Double, wireRadiusM: Double)
    /// ``PermanentMagnet`` (a disk magnet) magnetised along z.
    case magnet(radiusM: Double, thicknessM: Double, remanenceT: Double)

    /// The primitive's relaxation spectrum in its own frame, by `model`.
    public func relaxationSpectrum(material: Material, model: SignatureModel = .standard) throws(EddyCurrentError) -> RelaxationSpectrum {
        try checkFinite()
        let spectrum: RelaxationSpectrum
        switch (self, model) {
        case (.sphere(let r), _):
            spectrum = Sphere(radiusM: r, material: material).relaxationSpectrum()
        case (.ellipsoid(let axes), _):
            spectrum = Ellipsoid(semiAxesM: axes, material: material).relaxationSpectrum()
        case (.wireLoop(let b, let rw), _):
            spectrum = WireLoop(loopRadiusM: b, wireRadiusM: rw, material: material).relaxationSpectrum
        case (.magnet(let r, let t, let br), .ellipsoidEquivalent):
            spectrum = PermanentMagnet(radiusM: r, thicknessM: t, remanenceT: br, material: material).relaxationSpectrum
        case (.magnet(let r, let t, let br), .solver(let cells)):
            var body = try RevolvedConductor(section: .cylinder(radiusM: r, lengthM: t, material: material),
                                             cellsAcross: cells).relaxationSpectrum()
            body.remanentMomentAm2 = PermanentMagnet(radiusM: r, thicknessM: t, remanenceT: br, material: material).remanentMomentAm2
            spectrum = body
        case (.disk(let r, let t), .ellipsoidEquivalent):
            spectrum = ThinDisk(radiusM: r, thicknessM: t, material: material).equivalentEllipsoid.relaxationSpectrum()
        case (.rod(let l, let r), .ellipsoidEquivalent):
            spectrum = Rod(lengthM: l, radiusM: r, material: material).equivalentEllipsoid.relaxationSpectrum()
        case (.ring(let a, let b, let t), .ellipsoidEquivalent):
            spectrum = Self.ringLoop(innerRadiusM: a, outerRadiusM: b, thicknessM: t, material: material).relaxationSpectrum
        case (.revolved(let section), .ellipsoidEquivalent):
            spectrum = try RevolvedConductor(section: section, cellsAcross: 8).relaxationSpectrum()
        case (.plate(let l, let w, let t), .ellipsoidEquivalent):
            spectrum = RectangularPlate(lengthM: l, widthM: w, thicknessM: t, material: material).equivalentEllipsoid.relaxationSpectrum()
        case (.plate(let l, let w, let t), .solver(let cells)):
            spectrum = try Self.plateSpectrum(lengthM: l, widthM: w, thicknessM: t, material: material, cellsAcross: cells)
        case (.sheets(let sheets), .solver(let cells)):
            let normal = try ThinSheetStack(sheets: sheets, nodesPerSheet: Self.nodesPerSheet(cellsAcross: cells, sheetCount: sheets.count))
                .relaxationSpectrum()
            spectrum = RelaxationSpectrum(terms: normal.terms + sheets.flatMap(\.inPlaneTerms))
        case (.sheets(let sheets), .ellipsoidEquivalent):
            spectrum = try ThinSheetStack(sheets: sheets, nodesPerSheet: 100).relaxationSpectrum()
        case (.disk, .solver(let cells)), (.rod, .solver(let cells)), (.ring, .solver(let cells)), (.revolved, .solver(let cells)):
            guard let section = meridionalSection(material: material) else { throw .invalidGeometry("not a body of revolution") }
            spectrum = try RevolvedConductor(section: section, cellsAcross: cells).relaxationSpectrum()
        }
        guard spectrum.isFinite else { throw .nonFiniteMatrix }
        return spectrum
    }

    /// Sheet-mesh nodes for a mesh density: 400 at the default 16 cells across for one
    /// or two sheets, 200 for a larger stack (a phone battery's 25 foils: its slowest τ
    /// is then about 1 % below the converged value, against 0.6 % at 400 nodes, at a
    /// quarter of the cost), growing as the square of the density.
    static func nodesPerSheet(cellsAcross: Int, sheetCount: Int = 1) -> Int {
        let base = sheetCount > 2 ? ThinSheetStack.defaultNodesPerSheet / 2 : ThinSheetStack.defaultNodesPerSheet
        // At most 2500 nodes a sheet (1000 in a stack): the dense problems grow as the cube.
        return Swift.min(sheetCount > 2 ? 1000 : 2500, Swift.max(16, base * cellsAcross * cellsAcross
                         / (AxialEddyCurrents.defaultCellsAcross * AxialEddyCurrents.defaultCellsAcross)))
    }

    /// A plate: the thin-sheet solution for the normal field; for a field in its plane
    /// the slab's closed forms, M(∞) = −lwt and Im M ≈ ω μ₀σ lwt³/12 (currents circulating
    /// through the thickness, exact as t/size → 0 and a fair estimate up to t ≈ w/4),
    /// spread over sphere-shaped modes. A strongly magnetic plate (steel) is a
    /// ``PermeablePart`` prism with those inductive limits; a weakly magnetic one adds
    /// its relaxing magnetisation.
    static func plateSpectrum(lengthM l: Double, widthM w: Double, thicknessM t: Double, material: Material,
                              cellsAcross: Int) throws(EddyCurrentError) -> RelaxationSpectrum {
        if t > Swift.min(l, w) / 4 { return try blockSpectrum(sidesM: Vector3(l, w, t), material: material) }
        let sheet = ConductingSheet(outline: try .rectangle(lengthM: l, widthM: w),
                                    conductivitySPerM: material.conductivitySPerM, thicknessM: t)
        let normal = try ThinSheetStack(sheets: [sheet], nodesPerSheet: nodesPerSheet(cellsAcross: cellsAcross)).relaxationSpectrum()
        let eddy = RelaxationSpectrum(terms: normal.terms + sheet.inPlaneTerms)
        let mur = material.relativePermeability
        guard mur != 1 else { return eddy }
        let part = PermeablePart(shape: .prism(sidesM: Vector3(l, w, t)), material: material)
        if mur >= PermeablePart.stronglyMagnetic {
            return try part.relaxationSpectrum(inductiveLimit: eddy.highFrequencyLimit)
        }
        return eddy + (try part.relaxationSpectrum(inductiveLimit: .zero))
    }

    /// A block (a plate thicker than a quarter of its width: a zip slider, a key blade):
    /// no thin-sheet model holds, so each axis takes the prism's inductive limit
    /// −V/(1 − Nᵢ) with its magnetometric factors (``MagnetometricDemagnetization``, the
    /// standard approximation to the non-uniform perfectly conducting response) and the
    /// mean time constant of the ellipsoid of the same aspect, over sphere-shaped modes;
    /// magnetic blocks as ``PermeablePart`` prisms with those limits.
    static func blockSpectrum(sidesM s: Vector3, material: Material) throws(EddyCurrentError) -> RelaxationSpectrum {
        let part = PermeablePart(shape: .prism(sidesM: s), material: material)
        let n = part.demagnetizingFactors, v = part.volumeM3
        let limit = SymmetricTensor.diagonal(-v / (1 - n.x), -v / (1 - n.y), -v / (1 - n.z))
        let mur = material.relativePermeability
        if mur >= PermeablePart.stronglyMagnetic { return try part.relaxationSpectrum(inductiveLimit: limit) }
        let taus = Ellipsoid(semiAxesM: part.aspectEllipsoid.semiAxesM,
                             material: Material(name: material.name, conductivitySPerM: material.conductivitySPerM)).meanTimeConstantsS
        let eddy = RelaxationSpectrum(terms:
            SphereLikeModes.terms(weight: .diagonal(limit.xx, 0, 0), meanTimeConstantS: taus.x, count: 20)
            + SphereLikeModes.terms(weight: .diagonal(0, limit.yy, 0), meanTimeConstantS: taus.y, count: 20)
            + SphereLikeModes.terms(weight: .diagonal(0, 0, limit.zz), meanTimeConstantS: taus.z, count: 20))
        return mur == 1 ? eddy : eddy + (try part.relaxationSpectrum(inductiveLimit: .zero))
    }

    /// The body of revolution a disk, rod, ring or revolved part is, centred at z = 0.
    public func meridionalSection(material: Material) -> MeridionalSection? {
        switch self {
        case .disk(let r, let t), .magnet(let r, let t, _): return .cylinder(radiusM: r, lengthM: t, material: material)
        case .rod(let l, let r): return .cylinder(radiusM: r, lengthM: l, material: material)
        case .ring(let a, let b, let t): return .ring(innerRadiusM: a, outerRadiusM: b, thicknessM: t, material: material)
        case .revolved(let section): return section
        default: return nil
        }
    }

    /// The ellipsoid-equivalent model's stand-in for a ring: the closed wire loop of the
    /// ring's mean radius and of equal cross-section.
    static func ringLoop(innerRadiusM a: Double, outerRadiusM b: Double, thicknessM t: Double, material: Material) -> WireLoop {
        WireLoop(loopRadiusM: (a + b) / 2, wireRadiusM: ((b - a) * t / Double.pi).squareRoot(), material: material)
    }

    /// Throws for a non-finite or non-positive size: no physics runs on it.
    func checkFinite() throws(EddyCurrentError) {
        let sizes: [Double]
        switch self {
        case .sphere(let r): sizes = [r]
        case .ellipsoid(let a): sizes = [a.x, a.y, a.z]
        case .disk(let r, let t): sizes = [r, t]
        case .ring(let a, let b, let t): sizes = [b - a, b, t]
        case .revolved, .sheets: sizes = [1]
        case .plate(let l, let w, let t): sizes = [l, w, t]
        case .rod(let l, let r): sizes = [l, r]
        case .wireLoop(let b, let rw): sizes = [b, rw]
        case .magnet(let r, let t, let br): sizes = [r, t, br]
        }
        guard sizes.allSatisfy({ $0.isFinite && $0 > 0 }) else {
            throw .invalidGeometry("a part's sizes must be finite and positive")
        }
    }

    /// The volume of metal in m³.
    public var volumeM3: Double {
        switch self {
        case .sphere(let r): return 4 / 3 * Double.pi * r * r * r
        case .ellipsoid(let a): return 4 / 3 * Double.pi * a.x * a.y * a.z
        case .disk(let r, let t), .magnet(let r, let t, _): return Double.pi * r * r * t
        case .ring(let a, let b, let t): return Double.pi * (b * b - a * a) * t
        case .revolved(let section): return section.volumeM3
        case .sheets: return 0
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
        case .ring(_, let b, let t): return Swift.max(2 * b, t)
        case .revolved(let section):
            let e = section.extent
            return Swift.max(2 * e.rMaxM, e.zMaxM - e.zMinM)
        case .plate(let l, let w, let t): return (l * l + w * w + t * t).squareRoot()
        case .sheets(let sheets):
            let x = sheets.flatMap { $0.outline.outer.map(\.x) }, y = sheets.flatMap { $0.outline.outer.map(\.y) }
            let z = sheets.map(\.heightM)
            func span(_ v: [Double]) -> Double { (v.max() ?? 0) - (v.min() ?? 0) }
            return (span(x) * span(x) + span(y) * span(y) + span(z) * span(z)).squareRoot()
        case .rod(let l, let r): return Swift.max(l, 2 * r)
        case .wireLoop(let b, let rw): return 2 * (b + rw)
        }
    }
}

extension RelaxationSpectrum {
    /// True when every number in it is finite.
    public var isFinite: Bool {
        staticPart.components.allSatisfy(\.isFinite)
            && remanentMomentAm2.x.isFinite && remanentMomentAm2.y.isFinite && remanentMomentAm2.z.isFinite
            && terms.allSatisfy { $0.timeConstantS.isFinite && $0.weight.components.allSatisfy(\.isFinite) }
    }
}
