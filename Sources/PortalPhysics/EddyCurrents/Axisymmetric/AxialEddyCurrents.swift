import RealModule

/// The eddy currents of a non-magnetic body of revolution in a uniform field along its
/// axis, and the exact relaxation spectrum they give.
///
/// The field drives azimuthal currents only. The meridional section is meshed into
/// ring cells of rectangular section (``MeridionalMesh``), each carrying a uniform
/// current density; the rings form a circuit (``EddyCurrentCircuit``) with
///
///     Rᵢ = 2π r̄ᵢ / (σᵢ wᵢ hᵢ)                 (r̄ the centroid radius, w × h the section),
///     Lᵢⱼ  from ``RingCellInductance``         (ring–ring mutual inductances, exact self-terms),
///     aᵢ = π (r₀² + r₀r₁ + r₁²) / 3            (the cell's mean enclosed area),
///
/// R diagonal and σ per cell, so core and ring of a bimetallic coin, or a coin's clad
/// layers, are simply cells of different σ. The spectrum then follows from
/// L x = τ R x with no fitting; it is exact for the discretisation, and converges to the
/// continuum under refinement at second order in the cell size for bodies of
/// rectangular section (first order where a curved outline is staircased). The
/// low-frequency slope Im M = ω μ₀ aᵀR⁻¹a is exact to O(h²) at any thickness (for a
/// cylinder μ₀σπtR⁴/8), and the perfectly conducting limit −μ₀aᵀL⁻¹a is the
/// flux-excluding limit with the currents on the surface.
///
/// Magnetic materials (μr ≠ 1) are refused: their magnetisation is not a current of
/// this circuit (see ``PermeableBody`` for the model used for steel parts).
public struct AxialEddyCurrents: Sendable {
    public let mesh: MeridionalMesh
    public let circuit: EddyCurrentCircuit

    /// The cells across the body's larger dimension by default: 1 % on a coin's
    /// spectrum at 5 kHz (see the tests' convergence runs).
    public static let defaultCellsAcross = 16

    /// Cells shrink toward every edge of an interval, the middle ones this many times the
    /// edge ones: the currents of the high-frequency limit crowd at the surface. On a coin
    /// of t/R = 0.28 at 16 cells, grading 1, 2, 8 and 16 give an inductive limit 6.7, 5.0,
    /// 2.5 and 1.6 % low while moving the low-frequency loss by under 0.1 %.
    public static let defaultGrading = 8.0

    /// Meshes the section with `cellsAcross` cells along its larger dimension (its
    /// radius or its length) and at least 4 (a quarter of `cellsAcross`) along the
    /// smaller and across a ring's width, graded toward the edges
    /// by `grading`, and sets up the circuit.
    public init(section: MeridionalSection, cellsAcross: Int = defaultCellsAcross, grading: Double = defaultGrading) throws(EddyCurrentError) {
        for region in section.regions where region.material.relativePermeability != 1 {
            throw .invalidGeometry("\(region.material.name) is magnetic (mu_r = \(region.material.relativePermeability)): "
                                   + "the axisymmetric eddy-current solver takes non-magnetic metals only")
        }
        guard cellsAcross >= 1 && cellsAcross <= 200 else {
            throw .invalidGeometry("cells across a body must be between 1 and 200, not \(cellsAcross)")
        }
        let e = section.extent, length = e.zMaxM - e.zMinM
        let h = Swift.max(e.rMaxM, length) / Double(cellsAcross)
        let smallest = Double(Swift.min(Swift.max(4, cellsAcross / 4), cellsAcross))
        // A ring's own width, not the radius it sits at, sets its radial cells.
        var width = e.rMaxM
        for region in section.regions {
            if case .rectangle(let r0, let r1, _, _) = region.shape, r0 > 0 { width = Swift.min(width, r1 - r0) }
        }
        // Cells at most 6 times taller than wide: the near-field quadratures of
        // ``RingCellInductance`` lose L's positive definiteness on needle-like cells.
        let cellR = Swift.min(h, width / smallest)
        let mesh = try MeridionalMesh(section, cellSizeRM: cellR, cellSizeZM: Swift.min(h, length / smallest, 6 * cellR),
                                      grading: grading, conformingCurves: true)
        let cells = mesh.cells
        let n = cells.count
        var inductance = SymmetricMatrix(size: n)
        for i in 0..<n {
            for j in i..<n { inductance[i, j] = RingCellInductance.mutualH(cells[i], cells[j]) }
        }
        let resistance = SymmetricMatrix(diagonal: cells.map { cell in
            2 * Double.pi * cell.centreRM / (cell.effectiveConductivitySPerM * cell.widthM * cell.heightM)
        })
        let area = cells.map { c in Double.pi * (c.rInnerM * c.rInnerM + c.rInnerM * c.rOuterM + c.rOuterM * c.rOuterM) / 3 }
        self.mesh = mesh
        self.circuit = EddyCurrentCircuit(inductanceH: inductance, resistanceOhm: resistance, areaM2: area)
    }

    /// The spectrum in the body's frame: weights along ẑẑᵀ (the field across the axis
    /// is another problem, see ``TransverseResponse``).
    public func relaxationSpectrum() throws(EddyCurrentError) -> RelaxationSpectrum {
        RelaxationSpectrum(terms: try circuit.relaxationTerms(along: .unitZ))
    }

    /// The low-frequency loss coefficient β in Im M_zz ≈ β ω: μ₀ aᵀR⁻¹a, m³·s.
    public var lowFrequencySlopeM3S: Double {
        var total = 0.0
        for i in 0..<circuit.areaM2.count {
            total += circuit.areaM2[i] * circuit.areaM2[i] / circuit.resistanceOhm[i, i]
        }
        return PhysicalConstants.mu0 * total
    }
}
