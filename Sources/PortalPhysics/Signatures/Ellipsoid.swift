import RealModule

/// A solid ellipsoid with semi-axes along its own x, y and z: the general primitive from
/// which spheroids, disks, plates and rods are made.
///
/// The static and the inductive limits are exact (Osborn's demagnetising factors Nᵢ,
/// from Carlson's R_D in GSL):
///
///     M(0)ᵢᵢ = V (μr − 1) / (1 + Nᵢ(μr − 1)),      M(∞)ᵢᵢ = −V / (1 − Nᵢ).
///
/// Between them a finite conductivity has no closed form. The model used — our choice,
/// stated here because it decides what a pulse detector sees — keeps both limits and
/// the exact low-frequency slope of a non-magnetic ellipsoid, whose eddy currents at
/// low frequency are known in closed form (E ∝ (−aⱼ² y, aᵢ² x) in the plane normal to
/// the field), giving the mean time constant
///
///     τ̄ᵢ = μ₀σμr · aⱼ²aₖ²/(aⱼ² + aₖ²) · (1 − Nᵢ) / (5 (1 + Nᵢ(μr − 1))),
///
/// and spreads the weight over modes shaped like a sphere's (weights 6/(n²π²),
/// τₙ = τ₁/n²). For a non-magnetic sphere this is the exact spectrum; for other shapes
/// it is exact at both ends and at the low-frequency slope, and approximate in the
/// middle. For μr ≠ 1 the factor (1 − N)/(1 + N(μr − 1)) reproduces the sphere's exact
/// slope and is a documented extrapolation for other shapes.
///
/// Where the sphere-shaped modes stand in for a solution: docs/physics.md#solvers.
public struct Ellipsoid: Sendable {
    public let semiAxesM: Vector3
    public let material: Material

    public init(semiAxesM: Vector3, material: Material) {
        self.semiAxesM = semiAxesM
        self.material = material
    }

    public var volumeM3: Double { 4 / 3 * Double.pi * semiAxesM.x * semiAxesM.y * semiAxesM.z }

    /// Demagnetising factors (N_x, N_y, N_z), summing to 1, and their complements
    /// 1 − Nᵢ computed as the sum of the other two so that a thin disk's 1 − N_z ≈ πc/2a
    /// keeps its digits.
    public var demagnetizingFactors: (factors: Vector3, complements: Vector3) {
        let s = Swift.max(semiAxesM.x, semiAxesM.y, semiAxesM.z)
        let a = semiAxesM.x / s, b = semiAxesM.y / s, c = semiAxesM.z / s
        let scale = a * b * c / 3
        let nx = scale * SpecialFunctions.carlsonRD(b * b, c * c, a * a)
        let ny = scale * SpecialFunctions.carlsonRD(a * a, c * c, b * b)
        let nz = scale * SpecialFunctions.carlsonRD(a * a, b * b, c * c)
        return (Vector3(nx, ny, nz), Vector3(ny + nz, nx + nz, nx + ny))
    }

    /// M(0), the magnetostatic tensor, in the ellipsoid's frame.
    public var staticTensor: SymmetricTensor {
        let n = demagnetizingFactors.factors, chi = material.relativePermeability - 1, v = volumeM3
        return .diagonal(v * chi / (1 + n.x * chi), v * chi / (1 + n.y * chi), v * chi / (1 + n.z * chi))
    }

    /// M(∞), the perfectly conducting limit, in the ellipsoid's frame.
    public var inductiveTensor: SymmetricTensor {
        let c = demagnetizingFactors.complements, v = volumeM3
        return .diagonal(-v / c.x, -v / c.y, -v / c.z)
    }

    /// The mean eddy-current time constants τ̄ᵢ for a field along each axis, in s.
    public var meanTimeConstantsS: Vector3 {
        let (n, complement) = demagnetizingFactors
        let a2 = semiAxesM.x * semiAxesM.x, b2 = semiAxesM.y * semiAxesM.y, c2 = semiAxesM.z * semiAxesM.z
        let chi = material.relativePermeability - 1
        let k = PhysicalConstants.mu0 * material.conductivitySPerM * material.relativePermeability / 5
        func tau(_ pj: Double, _ pk: Double, _ ni: Double, _ ci: Double) -> Double {
            k * (pj * pk / (pj + pk)) * ci / (1 + ni * chi)
        }
        return Vector3(tau(b2, c2, n.x, complement.x), tau(a2, c2, n.y, complement.y), tau(a2, b2, n.z, complement.z))
    }

    /// The relaxation spectrum, in the ellipsoid's frame.
    public func relaxationSpectrum(modesPerAxis: Int = 20) -> RelaxationSpectrum {
        let n0 = staticTensor
        let delta = inductiveTensor - n0
        var terms: [RelaxationTerm] = []
        if material.conductivitySPerM > 0 {
            let taus = meanTimeConstantsS
            terms += SphereLikeModes.terms(weight: .diagonal(delta.xx, 0, 0), meanTimeConstantS: taus.x, count: modesPerAxis)
            terms += SphereLikeModes.terms(weight: .diagonal(0, delta.yy, 0), meanTimeConstantS: taus.y, count: modesPerAxis)
            terms += SphereLikeModes.terms(weight: .diagonal(0, 0, delta.zz), meanTimeConstantS: taus.z, count: modesPerAxis)
        }
        return RelaxationSpectrum(staticPart: n0, terms: terms)
    }
}

/// Distributes a total eddy-current weight over modes shaped like a non-magnetic
/// sphere's: weights 6/(n²π²), τₙ = τ₁/n², with τ₁ = 15 τ̄/π² so that the mean time
/// constant is τ̄; the modes past `count` are lumped into one with their exact weight
/// and first moment.
enum SphereLikeModes {
    static func terms(weight: SymmetricTensor, meanTimeConstantS tauMean: Double, count: Int) -> [RelaxationTerm] {
        guard tauMean > 0 && tauMean.isFinite && count > 0 else { return [] }
        let pi2 = Double.pi * Double.pi
        let tau1 = 15 * tauMean / pi2
        var terms: [RelaxationTerm] = []
        var weightSum = 0.0, momentSum = 0.0
        for n in 1...count {
            let n2 = Double(n * n)
            let w = 6 / (n2 * pi2), tau = tau1 / n2
            terms.append(RelaxationTerm(weight: w * weight, timeConstantS: tau))
            weightSum += w
            momentSum += w * tau
        }
        let tailWeight = 1 - weightSum, tailMoment = tauMean - momentSum
        if tailWeight > 0 && tailMoment > 0 {
            terms.append(RelaxationTerm(weight: tailWeight * weight, timeConstantS: tailMoment / tailWeight))
        }
        return terms
    }
}
