import ComplexModule
import RealModule

/// The voltage an object adds to a receive channel, by reciprocity.
///
/// The object at p is a dipole m = M h_T(p) I; its flux through the receive coils is
/// μ₀ h_r(p) · m, where h_r is the field the receive coils would make per ampere
/// (reciprocity of mutual inductance). So, in the e^{−iωt} convention,
///
///     ΔV_r = iω μ₀ I · h_r(p)ᵀ M h_T(p) = iω μ₀ I · (M : S_r(p))
///
/// with S_r = sym(h_r h_Tᵀ) the zone's sensitivity product; in e^{+jωt} this is
/// −jωμ₀ I h_rᵀ M h_T in the e^{+jωt} convention, conjugated.
///
/// See docs/physics.md#reciprocity-and-the-sensitivity-product.
public enum ObjectSignal {
    /// The continuous-wave phasor ΔV (V, e^{−iωt}) for an object whose tensor in the
    /// portal frame is `tensor`, at a point where the zone's sensitivity is `sensitivity`.
    @inlinable
    public static func continuousWave(tensor: ComplexSymmetricTensor, sensitivity: SymmetricTensor,
                                      angularFrequencyRadPerS omega: Double, currentA: Double) -> Complex<Double> {
        let coupling = tensor.contracted(with: sensitivity)
        let scale = omega * PhysicalConstants.mu0 * currentA
        return Complex(-scale * coupling.imaginary, scale * coupling.real)   // i·scale·coupling
    }

    /// The pulse-induction gated signal ∫ V dt over the gate (V·s): the flux change
    /// μ₀ I h_rᵀ G h_T, with G the object's gate response in the portal frame.
    @inlinable
    public static func gated(gateTensor: SymmetricTensor, sensitivity: SymmetricTensor, currentA: Double) -> Double {
        PhysicalConstants.mu0 * currentA * gateTensor.contracted(with: sensitivity)
    }
}
