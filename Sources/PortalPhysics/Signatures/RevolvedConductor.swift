/// A body of revolution as one signature: the axial eddy currents (``AxialEddyCurrents``,
/// their inductive limit anchored on the boundary elements' exact value where the body
/// has no hole), the transverse ones (``TransverseResponse``), and magnetic regions.
///
/// Magnetic regions are handled in one of two documented ways:
/// - a body that is one strongly magnetic rectangle (μr ≥ 1.5: a steel washer, disk,
///   rod or tube) is a
///   ``PermeablePart``: the static tensor from its magnetometric factors, the inductive
///   limit from the non-magnetic solution of the same shape, modes between them whose
///   time constants carry μr;
/// - a magnetic region inside a non-magnetic body (a coin's nickel core, a clad steel
///   layer), or a weakly magnetic body (austenitic stainless, NdFeB, μr < 1.5), is solved for eddy currents with the rest as a conductor of μr = 1, and its
///   magnetisation is added on its own: its static tensor, relaxing away (modes of total
///   weight −M⁰ with the region's own μr-carrying time constant) as the surrounding
///   currents exclude the field. The core's magnetisation does not change the currents
///   round it in this model: a thin core (7 % of a euro centre) changes them little.
///
/// See docs/signatures.md#2-bodies-of-revolution-field-along-the-axis and
/// docs/signatures.md#3-bodies-of-revolution-field-across-the-axis.
public struct RevolvedConductor: Sendable {
    public let section: MeridionalSection
    public let cellsAcross: Int

    public init(section: MeridionalSection, cellsAcross: Int = AxialEddyCurrents.defaultCellsAcross) {
        self.section = section
        self.cellsAcross = cellsAcross
    }

    /// The spectrum in the body's frame, symmetry axis along z.
    public func relaxationSpectrum() throws(EddyCurrentError) -> RelaxationSpectrum {
        if let problem = section.problem { throw .invalidGeometry(problem) }
        let nonMagnetic = MeridionalSection(regions: section.regions.map { region in
            MeridionalSection.Region(region.shape, material: Material(name: region.material.name,
                                                                       conductivitySPerM: region.material.conductivitySPerM))
        })
        let eddy = try Self.eddySpectrum(nonMagnetic, cellsAcross: cellsAcross)
        let magnetic = section.regions.filter { $0.material.relativePermeability != 1 }
        if magnetic.isEmpty { return eddy }
        if section.regions.count == 1, section.regions[0].material.relativePermeability >= PermeablePart.stronglyMagnetic,
           case .rectangle(let r0, let r1, let z0, let z1) = section.regions[0].shape {
            let part = PermeablePart(shape: .tube(innerRadiusM: r0, outerRadiusM: r1, lengthM: z1 - z0),
                                     material: section.regions[0].material)
            return try part.relaxationSpectrum(inductiveLimit: eddy.highFrequencyLimit)
        }
        var total = eddy
        for region in magnetic { total = total + (try Self.relaxingMagnetisation(region)) }
        return total
    }

    /// Axial and transverse eddy currents of a non-magnetic section.
    static func eddySpectrum(_ section: MeridionalSection, cellsAcross: Int) throws(EddyCurrentError) -> RelaxationSpectrum {
        let e = section.extent
        if e.rMaxM < (e.zMaxM - e.zMinM) / 50, let slender = slenderRodSpectrum(section) { return slender }
        let axial = try AxialEddyCurrents(section: section, cellsAcross: cellsAcross)
        let size = Swift.max(e.rMaxM, e.zMaxM - e.zMinM)
        let thinnest = Swift.min(e.rMaxM, e.zMaxM - e.zMinM)
        if isFlat(section), let slab = thinSlabTerms(section) {
            return RelaxationSpectrum(terms: try axial.circuit.relaxationTerms(along: .unitZ) + slab)
        }
        // The transverse finite elements need a few cells across the thin dimension, the
        // boundary elements a few panels along it.
        let cell = Swift.min(size / Double(cellsAcross), thinnest / 4)
        let panel = Swift.min(size / Double(cellsAcross), thinnest / 2)
        let transverse = try TransverseResponse(section: section, cellSizeM: cell, boundaryPanelSizeM: panel)
        var axialTerms = try axial.circuit.relaxationTerms(along: .unitZ)
        // The ring circuit's inductive limit converges only as O(h) (the surface current
        // of the limit is thinner than any cell: −4.45 against −4.56 πR²t for a coin of
        // t/R = 0.28 at the default mesh); a body without a hole has it exactly from the
        // m = 0 boundary elements, and the missing weight is the fastest part of the
        // response, below the mesh's resolution: one mode faster than the circuit's fastest.
        let conductor = try PerfectlyConductingBodyOfRevolution(section: section, boundaryPanelSizeM: panel)
        if !conductor.hasHole, let fastest = axialTerms.map(\.timeConstantS).min() {
            let circuitLimit = axialTerms.reduce(0) { $0 + $1.weight.zz }
            let missing = try conductor.axialLimitM3() - circuitLimit
            if missing < 0 {
                axialTerms.append(RelaxationTerm(weight: .outer(.unitZ, scale: missing), timeConstantS: fastest / 4))
            }
        }
        return RelaxationSpectrum(terms: axialTerms + (try transverse.relaxationTerms()))
    }

    /// The transverse response of a flat body (every region 50 times wider than thick): a
    /// slab in an in-plane field, M_xx(∞) = −A t and Im M_xx ≈ ω μ₀ Σσ A t³/12 per layer
    /// (the eddy currents circulate through the thickness). The transverse solver
    /// converges to both as t/R → 0 (−πR²t(1 + 1.3 t/R) and 0.99 × the slab slope at
    /// t/R = 0.01 and 0.03): below t/R = 1/50 the response is under 1 % of the axial one
    /// and these closed forms stand for it. Nil unless every region is a rectangle.
    static func thinSlabTerms(_ section: MeridionalSection) -> [RelaxationTerm]? {
        var rings: [(area: Double, sigma: Double, z0: Double, z1: Double)] = []
        for region in section.regions {
            guard case .rectangle(let r0, let r1, let z0, let z1) = region.shape else { return nil }
            rings.append((Double.pi * (r1 * r1 - r0 * r0), region.material.conductivitySPerM, z0, z1))
        }
        // Bonded layers conduct into each other: the currents circulate about the
        // conductance-weighted centre of the whole stack, Im M ≈ ω μ₀ Σ σA∫(z − z̄)² dz.
        let weight = rings.reduce(0) { $0 + $1.sigma * $1.area * ($1.z1 - $1.z0) }
        guard weight > 0 else { return nil }
        let centre = rings.reduce(0) { $0 + $1.sigma * $1.area * ($1.z1 - $1.z0) * 0.5 * ($1.z0 + $1.z1) } / weight
        var limit = 0.0, slope = 0.0
        for ring in rings {
            let u0 = ring.z0 - centre, u1 = ring.z1 - centre
            limit -= ring.area * (ring.z1 - ring.z0)
            slope += PhysicalConstants.mu0 * ring.sigma * ring.area * (u1 * u1 * u1 - u0 * u0 * u0) / 3
        }
        guard limit < 0 && slope > 0 else { return nil }
        return SphereLikeModes.terms(weight: limit * (SymmetricTensor.identity - .outer(.unitZ)),
                                     meanTimeConstantS: slope / -limit, count: 20)
    }

    /// Every region a disk or ring at least 50 times wider than the body is thick.
    static func isFlat(_ section: MeridionalSection) -> Bool {
        let e = section.extent, length = e.zMaxM - e.zMinM
        return section.regions.allSatisfy { region in
            guard case .rectangle(let r0, let r1, _, _) = region.shape else { return false }
            return r1 - r0 > 50 * length
        }
    }

    /// The transverse response of a slender rod or tube (length above 50 radii): the
    /// long cylinder's, M_xx(∞) = −2πb²L (the two-dimensional cylinder's −2πb² per unit
    /// length, the bore shielded as well) and Im M_xx ≈ ω μ₀σ L π(b⁴ − a⁴)/4 (currents along the rod, x σ E_z with
    /// E_z = iωμ₀H x, closing at the ends), spread over sphere-shaped modes. The ends add
    /// O(radius/length). Nil unless the section is one rectangle.
    static func slenderRodTerms(_ section: MeridionalSection) -> [RelaxationTerm]? {
        guard section.regions.count == 1, case .rectangle(let a, let b, let z0, let z1) = section.regions[0].shape else { return nil }
        let length = z1 - z0
        // A perfectly conducting tube keeps the field out of its bore too: the limit is
        // the outer cylinder's.
        let limit = -2 * Double.pi * b * b * length
        let slope = PhysicalConstants.mu0 * section.regions[0].material.conductivitySPerM * length
            * Double.pi * (b * b * b * b - a * a * a * a) / 4
        return SphereLikeModes.terms(weight: limit * (SymmetricTensor.identity - .outer(.unitZ)),
                                     meanTimeConstantS: slope / -limit, count: 20)
    }

    /// A slender rod or tube whole: across its axis ``slenderRodTerms``; along it the
    /// long cylinder's closed forms, M_zz(∞) = −πb²L (a needle does not demagnetise, and
    /// the bore's flux is excluded with the wall's; the ends add O(radius/length)) and Im M_zz ≈ ω μ₀σπ(b⁴ − a⁴)L/8 (the
    /// azimuthal currents of a cylinder, exact at any length for a solid one). Cells of a
    /// rod 50 radii long would be 50 times taller than wide, which the ring circuit's
    /// quadratures do not resolve; these closed forms are what it converges to.
    static func slenderRodSpectrum(_ section: MeridionalSection) -> RelaxationSpectrum? {
        guard let across = slenderRodTerms(section),
              case .rectangle(let a, let b, let z0, let z1) = section.regions[0].shape else { return nil }
        let length = z1 - z0
        let limit = -Double.pi * b * b * length   // the bore's flux is excluded with the wall's
        let slope = PhysicalConstants.mu0 * section.regions[0].material.conductivitySPerM * length
            * Double.pi * (b * b * b * b - a * a * a * a) / 8
        let along = SphereLikeModes.terms(weight: .outer(.unitZ, scale: limit), meanTimeConstantS: slope / -limit, count: 20)
        return RelaxationSpectrum(terms: along + across)
    }

    /// A magnetic region's static tensor, relaxing to zero with its own time constant.
    static func relaxingMagnetisation(_ region: MeridionalSection.Region) throws(EddyCurrentError) -> RelaxationSpectrum {
        switch region.shape {
        case .rectangle(let r0, let r1, let z0, let z1):
            let part = PermeablePart(shape: .tube(innerRadiusM: r0, outerRadiusM: r1, lengthM: z1 - z0), material: region.material)
            return try part.relaxationSpectrum(inductiveLimit: .zero)
        case .ellipse(let a, let c, _):
            let ellipsoid = Ellipsoid(semiAxesM: Vector3(a, a, c), material: region.material)
            let n0 = ellipsoid.staticTensor, taus = ellipsoid.meanTimeConstantsS
            let terms = SphereLikeModes.terms(weight: .diagonal(-n0.xx, 0, 0), meanTimeConstantS: taus.x, count: 20)
                + SphereLikeModes.terms(weight: .diagonal(0, -n0.yy, 0), meanTimeConstantS: taus.y, count: 20)
                + SphereLikeModes.terms(weight: .diagonal(0, 0, -n0.zz), meanTimeConstantS: taus.z, count: 20)
            return RelaxationSpectrum(staticPart: n0, terms: terms)
        }
    }
}
