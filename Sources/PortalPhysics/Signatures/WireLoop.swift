import RealModule

/// A closed thin ring of wire (a key ring, an underwire's loop, a ring, a coil
/// spring's turn) of loop radius b and wire radius r_w, normal along its z.
///
/// A single inductive mode:
///
///     M = −(μ₀A²/L) · (−iωτ)/(1 − iωτ) · n nᵀ,   τ = L/R,
///     L ≈ μ₀ b (ln(8b/r_w) − 2),   R = 2b / (σ r_w²),   A = π b².
///
/// Valid while r_w ≪ b and the skin depth exceeds r_w (else R grows with frequency
/// and L loses its internal part: the limit M(∞) is still right).
public struct WireLoop: Sendable {
    public let loopRadiusM: Double
    public let wireRadiusM: Double
    public let material: Material

    public init(loopRadiusM: Double, wireRadiusM: Double, material: Material) {
        self.loopRadiusM = loopRadiusM
        self.wireRadiusM = wireRadiusM
        self.material = material
    }

    /// Self-inductance in H.
    public var inductanceH: Double {
        PhysicalConstants.mu0 * loopRadiusM * (Double.log(8 * loopRadiusM / wireRadiusM) - 2)
    }

    /// Resistance in Ω.
    public var resistanceOhm: Double {
        2 * loopRadiusM / (material.conductivitySPerM * wireRadiusM * wireRadiusM)
    }

    public var relaxationSpectrum: RelaxationSpectrum {
        let area = Double.pi * loopRadiusM * loopRadiusM
        let weight = -PhysicalConstants.mu0 * area * area / inductanceH
        return RelaxationSpectrum(terms: [RelaxationTerm(weight: .outer(.unitZ, scale: weight),
                                                         timeConstantS: inductanceH / resistanceOhm)])
    }
}

/// A disk-shaped permanent magnet (a loudspeaker's or a vibration motor's), magnetised
/// along its z.
///
/// Two things in one: a remanent moment m = B_r V / μ₀ that a passive ferromagnetic
/// detector sees, and the eddy-current and recoil-permeability response of the magnet
/// body (sintered NdFeB conducts, σ ≈ 0.7 MS/m, μr ≈ 1.05) that an active detector
/// sees. A steel pot round the magnet is a separate part.
public struct PermanentMagnet: Sendable {
    public let radiusM: Double
    public let thicknessM: Double
    public let remanenceT: Double
    public let material: Material

    public init(radiusM: Double, thicknessM: Double, remanenceT: Double, material: Material) {
        self.radiusM = radiusM
        self.thicknessM = thicknessM
        self.remanenceT = remanenceT
        self.material = material
    }

    public var volumeM3: Double { Double.pi * radiusM * radiusM * thicknessM }

    /// m = B_r V / μ₀ in A·m², along +z.
    public var remanentMomentAm2: Vector3 { Vector3(0, 0, remanenceT * volumeM3 / PhysicalConstants.mu0) }

    public var relaxationSpectrum: RelaxationSpectrum {
        var spectrum = ThinDisk(radiusM: radiusM, thicknessM: thicknessM, material: material)
            .equivalentEllipsoid.relaxationSpectrum()
        spectrum.remanentMomentAm2 = remanentMomentAm2
        return spectrum
    }
}
