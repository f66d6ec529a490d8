import ComplexModule
import RealModule

/// A hand-held metal detector ("wand"): one small circular coil, swept by an operator a
/// few centimetres from the body.
///
/// **Frame.** The wand frame has its origin at the coil centre and its z axis along the
/// coil axis, pointing away from the operator into the body; the coil lies in z = 0.
/// ``HandWand/frame(facing:sweep:)`` relates it to the portal frame.
///
/// **Signal.** The coil transmits and receives (a real wand may use separate, balanced
/// windings in one head; in the dipole approximation that changes only the scale, which
/// the threshold absorbs). With h(r) the coil's field per ampere, all N turns included,
/// an object at r becomes the dipole m = M h(r) I, and reciprocity gives its flux
/// through the coil as μ₀ h(r)·m. So, in the library's e^{−iωt} convention,
///
///     V = iω μ₀ I · h(r)ᵀ M h(r)       (−jωμ₀ I hᵀ M h in the e^{+jωt} convention)
///
/// with M in m³ and h in A/m per A: the tensor convention of ``ObjectSignal`` and of
/// ``Sphere`` (m = M·H, so a permeable sphere's static M is 4πa³(μr−1)/(μr+2) m³).
/// A wand thresholds the amplitude of the demodulated signal over both quadratures,
/// without phase discrimination, so the quantity that matters is |V|.
///
/// **Limits.** The dipole approximation needs the object small next to its distance
/// from the winding. A 25 mm coin face-on at 8 cm is inside it; a phone pressed against
/// the wand head is not, and its |V| is then only indicative.
///
/// The wand stage built on it: docs/physics.md#the-wand.
public struct HandWand: Hashable, Sendable {
    /// Radius of the (equivalent circular) search coil.
    public var coilRadiusM: Double
    /// Number of turns; transmit and receive each carry it, so |V| grows as turns².
    public var turns: Double
    /// Transmit current amplitude.
    public var currentA: Double
    /// Operating frequency.
    public var frequencyHz: Double

    public init(coilRadiusM: Double, turns: Double, currentA: Double, frequencyHz: Double) {
        self.coilRadiusM = coilRadiusM
        self.turns = turns
        self.currentA = currentA
        self.frequencyHz = frequencyHz
    }

    /// A typical security wand of the ~95 kHz class.
    ///
    /// - Frequency 95 kHz: common security wands run at 90–100 kHz (one maker's data
    ///   sheet gives 97 kHz for a 378 × 80 × 36 mm wand with a 155 mm detection zone;
    ///   95 kHz is the figure usually quoted for the best-known US wand, not checked
    ///   against its data sheet here).
    /// - Coil: the search loop is an oval of roughly 14 × 6 cm inside an 8 cm wide head;
    ///   a circle of the same area has a radius of about 4.6 cm. We take 4 cm, allowing
    ///   for the housing walls (assumed).
    /// - 40 turns at 20 mA (assumed): only the product turns² × current sets the volts,
    ///   and a wand's threshold is set from a reference object
    ///   (``onAxisSignalV(tensor:distanceM:)``), so these two cancel out of every
    ///   detection decision. They give volts of a plausible order: 0.15 mV for the
    ///   library's 1-euro coin face-on at 8 cm.
    ///
    /// With the threshold set there, the library's thumb-sized phone on the axis at 5 cm
    /// gave 0.3 (edge-on) to 11 times the threshold, 2.6 in its median attitude, and at
    /// 8 cm 0.04 to 1.5; the library's keys (two brass, one steel) at 5 cm 2.4 to 13 —
    /// measured with the equal-volume-ellipsoid signatures of the first version, whose
    /// coin set a threshold 1.4 times today's (ring and centre summed as if uncoupled)
    /// and whose phones were 20–30 % quieter at 5 kHz: the multiples are larger now.
    /// A wand finds a mini phone only when swept within a few centimetres of it.
    public static let standard = HandWand(coilRadiusM: 0.04, turns: 40, currentA: 0.02, frequencyHz: 95_000)

    /// The radius of the winding's cross-section: inside it the field is a thick wire's
    /// (see ``CircularLoopField``), so a point on the winding gives a finite field.
    public static let windingRadiusM = 1e-3

    /// ω = 2πf.
    public var angularFrequencyRadPerS: Double { 2 * Double.pi * frequencyHz }

    /// H per ampere (A/m per A), all turns included, at `offsetM` from the coil centre
    /// in the wand frame.
    public func fieldPerAmpere(atOffsetM offset: Vector3) -> Vector3 {
        let rho = (offset.x * offset.x + offset.y * offset.y).squareRoot()
        let h = CircularLoopField.fieldPerAmpere(radiusM: coilRadiusM, rho: rho, z: offset.z,
                                                 wireRadiusM: HandWand.windingRadiusM)
        let radial = rho > 0 ? Vector3(offset.x / rho, offset.y / rho, 0) : .zero
        return turns * (h.rho * radial + Vector3(0, 0, h.z))
    }

    /// The flux density B = μ₀ I h (T) the wand's transmit current makes at `offsetM`.
    public func fluxDensityT(atOffsetM offset: Vector3) -> Vector3 {
        (PhysicalConstants.mu0 * currentA) * fieldPerAmpere(atOffsetM: offset)
    }

    /// The received phasor V = iωμ₀ I hᵀ M h (V, e^{−iωt}) of an object whose tensor in
    /// the wand frame is `tensor`, at `offsetM` from the coil centre.
    public func signalV(tensor: ComplexSymmetricTensor, offsetM: Vector3) -> Complex<Double> {
        let h = fieldPerAmpere(atOffsetM: offsetM)
        let coupling = tensor.bilinear(h, h)
        let scale = angularFrequencyRadPerS * PhysicalConstants.mu0 * currentA
        return Complex(-scale * coupling.imaginary, scale * coupling.real)
    }

    /// |V| over both quadratures (V): what a wand without phase discrimination compares
    /// with its threshold.
    public func signalMagnitudeV(tensor: ComplexSymmetricTensor, offsetM: Vector3) -> Double {
        signalV(tensor: tensor, offsetM: offsetM).length
    }

    /// |V| for an object on the coil axis at `distanceM` from the coil plane: the way a
    /// wand's threshold is set ("detects a 1-euro coin face-on at 8 cm" means the coin,
    /// its tensor given in the wand frame with its face normal along z, at 8 cm).
    /// There h = N a² / (2 (a² + d²)^{3/2}) ẑ, so |V| = ωμ₀ I h² |M_zz|.
    public func onAxisSignalV(tensor: ComplexSymmetricTensor, distanceM: Double) -> Double {
        signalMagnitudeV(tensor: tensor, offsetM: Vector3(0, 0, distanceM))
    }
}
