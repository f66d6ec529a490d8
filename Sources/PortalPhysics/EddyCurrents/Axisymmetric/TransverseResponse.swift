/// The eddy-current response of a non-magnetic body of revolution to a uniform field
/// across its axis (M_xx = M_yy), as a relaxation spectrum anchored on two exact
/// numbers:
///
/// - the perfectly conducting limit M_xx(∞) (``PerfectlyConductingBodyOfRevolution``,
///   an m = 1 boundary-element solution, error O(h²) in the panel size);
/// - the low-frequency slope β, Im M_xx ≈ βω (``TransverseLowFrequencySlope``, an
///   m = 1 finite-element solution for the first-order currents, an upper bound with
///   error O(h²) in the cell size for rectangular sections).
///
/// For μr = 1, M(0) = 0, so the weights sum to ΔM = M_xx(∞) and the first moment
/// Σ Tₖτₖ = −β, i.e. the mean time constant τ̄ = β/|M_xx(∞)|. Between those the weight
/// is spread over modes shaped like a sphere's (``SphereLikeModes``: weights 6/(n²π²),
/// τₙ = τ₁/n², τ₁ = 15τ̄/π²). This is the exact spectrum of a sphere; for other bodies
/// it is exact at ω → 0 (to first order in ω), at ω → ∞, and approximate between
/// (the true modes of a flat coin are spread differently). The full m = 1 eddy-current
/// modal problem is not solved here.
///
/// Magnetic bodies (μr ≠ 1) are refused: their low-frequency field inside is not the
/// applied one and M(0) ≠ 0.
public struct TransverseResponse: Sendable {
    /// M_xx(∞), m³ (negative).
    public let perfectlyConductingLimitM3: Double
    /// β in m³·s: Im M_xx ≈ βω as ω → 0.
    public let lowFrequencySlopeM3S: Double
    /// The sizes of the two discretisations.
    public let boundaryPanelCount: Int
    public let finiteElementUnknownCount: Int

    /// Solves both problems: the boundary-element one with panels of at most
    /// `boundaryPanelSizeM`, the finite-element one on a ``MeridionalMesh`` of cells of
    /// at most `cellSizeM`.
    public init(section: MeridionalSection, cellSizeM: Double, boundaryPanelSizeM: Double) throws(EddyCurrentError) {
        if let problem = section.problem { throw .invalidGeometry(problem) }
        if let magnetic = section.regions.first(where: { $0.material.relativePermeability != 1 }) {
            throw .invalidGeometry("the transverse response is for non-magnetic bodies; \(magnetic.material.name) has μr = \(magnetic.material.relativePermeability)")
        }
        let conductor = try PerfectlyConductingBodyOfRevolution(section: section, boundaryPanelSizeM: boundaryPanelSizeM)
        let limit = try conductor.transverseLimitM3()
        guard limit.isFinite && limit < 0 else { throw .nonFiniteMatrix }
        let slope = try TransverseLowFrequencySlope(mesh: MeridionalMesh(section, cellSizeM: cellSizeM))
        perfectlyConductingLimitM3 = limit
        lowFrequencySlopeM3S = slope.slopeM3S
        boundaryPanelCount = conductor.panelCount
        finiteElementUnknownCount = slope.unknownCount
    }

    /// τ̄ = Σ Tₖτₖ / Σ Tₖ = β / |M_xx(∞)|, in s.
    public var meanTimeConstantS: Double { lowFrequencySlopeM3S / -perfectlyConductingLimitM3 }

    /// The relaxation terms of the field across the axis, in the part's frame where the
    /// body's symmetry axis is `symmetryAxis` (normalised here): each weight is a
    /// multiple of the transverse projector I − ââᵀ. Throws for a zero or non-finite axis.
    public func relaxationTerms(symmetryAxis: Vector3 = .unitZ, modeCount: Int = 20) throws(EddyCurrentError) -> [RelaxationTerm] {
        let norm = symmetryAxis.norm
        guard norm.isFinite && norm > 0 else { throw .invalidGeometry("the symmetry axis must be a finite non-zero vector") }
        guard modeCount > 0 else { throw .invalidGeometry("at least one mode is needed") }
        let axis = symmetryAxis / norm
        let projector = SymmetricTensor.identity - SymmetricTensor.outer(axis)
        return SphereLikeModes.terms(weight: perfectlyConductingLimitM3 * projector,
                                     meanTimeConstantS: meanTimeConstantS, count: modeCount)
    }
}
