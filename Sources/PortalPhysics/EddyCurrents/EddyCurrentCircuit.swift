/// A conductor discretised into current elements: the circuit equations of its eddy
/// currents and the relaxation spectrum they give, exactly and without fitting.
///
/// Element i carries current Iᵢ and links the flux μ₀ aᵢ H of a uniform applied field H
/// (aᵢ the element's effective area along the field, m²). With R and L the resistance
/// and inductance matrices (both symmetric positive definite), in the e^{−iωt}
/// convention:
///
///     (R − iωL) I = iω μ₀ a H,        m = aᵀ I = M(ω) H.
///
/// The modes of the generalised eigenproblem L x = τ R x with xᵀRx = 1 diagonalise it,
/// (R − iωL)⁻¹ = Σₖ xₖxₖᵀ / (1 − iωτₖ), so that
///
///     M(ω) = Σₖ Tₖ (−iωτₖ)/(1 − iωτₖ),    Tₖ = −μ₀ (aᵀxₖ)² / τₖ,
///
/// the relaxation form every detector consumes. Two sums are exact checks: the
/// perfectly conducting limit Σ Tₖ = −μ₀ aᵀL⁻¹a, and the low-frequency slope
/// Σ Tₖτₖ = −μ₀ aᵀR⁻¹a (the loss Im M = ω μ₀ aᵀR⁻¹a).
///
/// Derived in docs/signatures.md#why-a-circuit-gives-this-form-exactly.
public struct EddyCurrentCircuit: Sendable {
    public let inductanceH: SymmetricMatrix
    public let resistanceOhm: SymmetricMatrix
    /// aᵢ in m²: the flux that a unit field (μ₀·1 A/m) links with element i is μ₀aᵢ.
    public let areaM2: [Double]

    public init(inductanceH: SymmetricMatrix, resistanceOhm: SymmetricMatrix, areaM2: [Double]) {
        precondition(inductanceH.size == resistanceOhm.size && areaM2.count == inductanceH.size)
        self.inductanceH = inductanceH
        self.resistanceOhm = resistanceOhm
        self.areaM2 = areaM2
    }

    /// One mode: time constant τₖ (s) and weight Tₖ (m³, ≤ 0).
    public struct Mode: Hashable, Sendable {
        public let timeConstantS: Double
        public let weightM3: Double
    }

    /// Every mode, slowest first. Modes the field does not couple to (weight below
    /// 1e-15 of the total) are dropped: they contribute nothing at any frequency.
    public func modes() throws(EddyCurrentError) -> [Mode] {
        let problem = try GeneralizedEigenproblem(inductanceH, resistanceOhm)
        var modes: [Mode] = []
        for (tau, x) in zip(problem.eigenvalues, problem.eigenvectors) {
            guard tau > 0 else { throw .notPositiveDefinite(status: 0) }
            var projection = 0.0
            for i in 0..<x.count { projection += areaM2[i] * x[i] }
            modes.append(Mode(timeConstantS: tau, weightM3: -PhysicalConstants.mu0 * projection * projection / tau))
        }
        let total = modes.reduce(0) { $0 + $1.weightM3 }
        guard total.isFinite else { throw .nonFiniteMatrix }
        return modes.filter { abs($0.weightM3) > 1e-15 * abs(total) }.sorted { $0.timeConstantS > $1.timeConstantS }
    }

    /// The relaxation terms for a field along `axis` (a unit vector in the part's frame).
    public func relaxationTerms(along axis: Vector3) throws(EddyCurrentError) -> [RelaxationTerm] {
        try modes().map { RelaxationTerm(weight: .outer(axis, scale: $0.weightM3), timeConstantS: $0.timeConstantS) }
    }
}
