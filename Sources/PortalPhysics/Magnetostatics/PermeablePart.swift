/// A part of magnetic metal (steel, nickel): its static magnetisation from μr and the
/// magnetometric demagnetising factors of its real shape, and its eddy currents as a
/// documented approximation between exact ends.
///
/// The model, and why:
/// - **Static (exact as χ → 0, the fluxmeter standard for steel parts):**
///   M⁰ᵢᵢ = V χ / (1 + Nᵢ χ) with Nᵢ the magnetometric factors of the tube, cylinder or
///   prism (``MagnetometricDemagnetization``), not of an equal-volume ellipsoid: at high
///   μr this is V/Nᵢ, and Nᵢ is what the shape decides.
/// - **Inductive limit:** the perfectly conducting limit does not depend on μr (the
///   field is excluded from the metal either way), so it is the non-magnetic solver's
///   M(∞) for the same shape, passed in by the caller.
/// - **Between them:** modes shaped like a sphere's (weights 6/(n²π²), τₙ = τ₁/n²)
///   with the mean time constant of the equal-aspect ellipsoid with this μr
///   (``Ellipsoid/meanTimeConstantsS``): exact for a permeable sphere's slope, an
///   extrapolation for other shapes. A steel part at 5 kHz is already well into its
///   skin-effect regime (δ ≈ 0.1 mm), so the CW response sits near the two exact ends.
///
/// See docs/signatures.md#5-magnetic-parts.
public struct PermeablePart: Sendable {
    public enum Shape: Hashable, Sendable {
        /// A tube of inner radius a, outer radius b and length L along z (a = 0: a disk or
        /// rod). Transverse factors (1 − N_z)/2.
        case tube(innerRadiusM: Double, outerRadiusM: Double, lengthM: Double)
        /// A rectangular prism with sides along x, y, z.
        case prism(sidesM: Vector3)
    }

    public let shape: Shape
    public let material: Material

    /// From this μr on a part's eddy currents are modelled with μr-carrying time
    /// constants (``relaxationSpectrum(inductiveLimit:modesPerAxis:)``); below it
    /// (austenitic stainless 1.01–1.05, NdFeB 1.05) the non-magnetic solution stands and
    /// the small magnetisation is added to it.
    public static let stronglyMagnetic = 1.5

    public init(shape: Shape, material: Material) {
        self.shape = shape
        self.material = material
    }

    public var volumeM3: Double {
        switch shape {
        case .tube(let a, let b, let l): return Double.pi * (b * b - a * a) * l
        case .prism(let s): return s.x * s.y * s.z
        }
    }

    /// The magnetometric demagnetising factors along the part's x, y, z.
    public var demagnetizingFactors: Vector3 {
        switch shape {
        case .tube(let a, let b, let l):
            let nz = MagnetometricDemagnetization.tubeAxialFactor(innerRadiusM: a, outerRadiusM: b, lengthM: l)
            return Vector3((1 - nz) / 2, (1 - nz) / 2, nz)
        case .prism(let s):
            return MagnetometricDemagnetization.prismFactors(sidesM: s)
        }
    }

    /// M⁰ = V χ / (1 + N χ) per axis, m³.
    public var staticTensor: SymmetricTensor {
        let n = demagnetizingFactors, chi = material.relativePermeability - 1, v = volumeM3
        return .diagonal(v * chi / (1 + n.x * chi), v * chi / (1 + n.y * chi), v * chi / (1 + n.z * chi))
    }

    /// The ellipsoid of the same aspect and volume, whose mean time constants the
    /// eddy-current modes borrow.
    var aspectEllipsoid: Ellipsoid {
        let k = 3 / (4 * Double.pi)
        switch shape {
        case .tube(_, let b, let l):
            // Semi-axes λ(b, b, L/2), the part's aspect, with its volume: 4/3 π λ³ b² L/2 = V.
            let scale = Double.pow(k * volumeM3 / (b * b * l / 2), 1 / 3.0)
            return Ellipsoid(semiAxesM: Vector3(scale * b, scale * b, scale * l / 2), material: material)
        case .prism(let s):
            let scale = Double.pow(k * volumeM3 / (s.x * s.y * s.z / 8), 1 / 3.0) / 2
            return Ellipsoid(semiAxesM: scale * s, material: material)
        }
    }

    /// The spectrum, given the shape's perfectly conducting limit (diagonal, m³) from
    /// a non-magnetic solution of the same shape.
    public func relaxationSpectrum(inductiveLimit: SymmetricTensor, modesPerAxis: Int = 20) throws(EddyCurrentError) -> RelaxationSpectrum {
        let n0 = staticTensor
        guard n0.components.allSatisfy(\.isFinite), inductiveLimit.components.allSatisfy(\.isFinite) else {
            throw .invalidGeometry("the magnetic part's static or inductive limit is not finite")
        }
        let delta = inductiveLimit - n0
        var terms: [RelaxationTerm] = []
        if material.conductivitySPerM > 0 {
            let taus = aspectEllipsoid.meanTimeConstantsS
            terms += SphereLikeModes.terms(weight: .diagonal(delta.xx, 0, 0), meanTimeConstantS: taus.x, count: modesPerAxis)
            terms += SphereLikeModes.terms(weight: .diagonal(0, delta.yy, 0), meanTimeConstantS: taus.y, count: modesPerAxis)
            terms += SphereLikeModes.terms(weight: .diagonal(0, 0, delta.zz), meanTimeConstantS: taus.z, count: modesPerAxis)
        }
        return RelaxationSpectrum(staticPart: n0, terms: terms)
    }
}
