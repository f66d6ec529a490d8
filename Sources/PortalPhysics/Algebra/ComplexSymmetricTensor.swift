import ComplexModule
import RealModule

/// A complex symmetric 3×3 tensor, kept as its real and imaginary parts: the magnetic
/// polarizability tensor M(ω) of an object, in m³.
///
/// Phasor convention: e^{−iωt}, that of the MPT literature and of MPT-Calculator, so
/// that a conductor has `imaginary` positive semi-definite and the numbers printed
/// compare directly with published ones. (Some texts write the relaxation formula in
/// e^{+jωt}; its values are the complex conjugates of these.)
public struct ComplexSymmetricTensor: Hashable, Sendable {
    public var real: SymmetricTensor
    public var imaginary: SymmetricTensor

    @inlinable
    public init(real: SymmetricTensor, imaginary: SymmetricTensor = .zero) {
        self.real = real
        self.imaginary = imaginary
    }

    public static let zero = ComplexSymmetricTensor(real: .zero)

    @inlinable public static func + (a: ComplexSymmetricTensor, b: ComplexSymmetricTensor) -> ComplexSymmetricTensor {
        ComplexSymmetricTensor(real: a.real + b.real, imaginary: a.imaginary + b.imaginary)
    }
    @inlinable public static func += (a: inout ComplexSymmetricTensor, b: ComplexSymmetricTensor) { a = a + b }

    /// `z T` for a complex scalar and a real tensor.
    @inlinable public init(_ z: Complex<Double>, times t: SymmetricTensor) {
        self.init(real: z.real * t, imaginary: z.imaginary * t)
    }

    /// `R M Rᵀ`.
    @inlinable public func rotated(by rotation: Rotation) -> ComplexSymmetricTensor {
        ComplexSymmetricTensor(real: real.rotated(by: rotation), imaginary: imaginary.rotated(by: rotation))
    }

    /// `M : S` for a real symmetric `S` (a sensitivity product).
    @inlinable public func contracted(with s: SymmetricTensor) -> Complex<Double> {
        Complex(real.contracted(with: s), imaginary.contracted(with: s))
    }

    /// The bilinear form `aᵀ M b` for real vectors.
    @inlinable public func bilinear(_ a: Vector3, _ b: Vector3) -> Complex<Double> {
        Complex(real.bilinear(a, b), imaginary.bilinear(a, b))
    }

    /// The complex conjugate: the same tensor in the e^{+jωt} convention.
    @inlinable public var conjugate: ComplexSymmetricTensor {
        ComplexSymmetricTensor(real: real, imaginary: -1 * imaginary)
    }

    @inlinable public var isFinite: Bool { real.isFinite && imaginary.isFinite }

    /// Largest absolute component difference over both parts.
    @inlinable public func maxDifference(_ o: ComplexSymmetricTensor) -> Double {
        Swift.max(real.maxDifference(o.real), imaginary.maxDifference(o.imaginary))
    }

    /// Largest absolute component over both parts.
    @inlinable public var maxMagnitude: Double { maxDifference(.zero) }

    /// The `(xx, yy, zz, xy, xz, yz)` component as a complex number.
    public func component(_ i: Int, _ j: Int) -> Complex<Double> {
        let r = real.matrix, m = imaginary.matrix
        let row = { (mat: Matrix3) -> Vector3 in i == 0 ? mat.r0 : (i == 1 ? mat.r1 : mat.r2) }
        let pick = { (v: Vector3) -> Double in j == 0 ? v.x : (j == 1 ? v.y : v.z) }
        return Complex(pick(row(r)), pick(row(m)))
    }
}
