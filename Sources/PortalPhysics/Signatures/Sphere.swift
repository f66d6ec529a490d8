import ComplexModule
import RealModule

/// A solid conducting, permeable sphere: the one object with an exact closed form at
/// every frequency, and the first rung of the validation ladder.
///
/// With x = a √(−iωμσ) (e^{−iωt}), c = x coth x and q = (c − 1)/x² − 1/3,
///
///     M = 2πa³ [2(μr − 1)/3 + (2μr + 1) q] / [(μr + 2)/3 + (μr − 1) q] · I
///
/// which is the textbook formula divided through by x² so that no
/// difference of nearly equal numbers remains: q → −x²/45 at low frequency, where it
/// comes from Lambert's continued fraction for tanh, and q → 1/x − 1/3 at high
/// frequency. Limits: 4πa³(μr−1)/(μr+2) at ω → 0, −2πa³ at ω → ∞.
///
/// Its validation against MPT-Calculator's reference sphere: docs/physics.md#solvers.
public struct Sphere: Sendable {
    public let radiusM: Double
    public let material: Material

    public init(radiusM: Double, material: Material) {
        self.radiusM = radiusM
        self.material = material
    }

    public var volumeM3: Double { 4 / 3 * Double.pi * radiusM * radiusM * radiusM }

    /// The exact M(ω) (a multiple of the identity), e^{−iωt} convention.
    public func exactTensor(angularFrequencyRadPerS omega: Double) -> ComplexSymmetricTensor {
        ComplexSymmetricTensor(exactScalar(angularFrequencyRadPerS: omega), times: .identity)
    }

    /// The scalar of the exact, isotropic M(ω).
    public func exactScalar(angularFrequencyRadPerS omega: Double) -> Complex<Double> {
        let mur = material.relativePermeability
        let a = radiusM
        // x² = −iωμσa²
        let x2 = Complex<Double>(0, -omega * material.permeabilityHPerM * material.conductivitySPerM * a * a)
        let q = Sphere.q(xSquared: x2)
        let staticNumerator: Double = 2 * (mur - 1) / 3
        let staticDenominator: Double = (mur + 2) / 3
        let numerator: Complex<Double> = Complex(staticNumerator) + q.multiplied(by: 2 * mur + 1)
        let denominator: Complex<Double> = Complex(staticDenominator) + q.multiplied(by: mur - 1)
        let scale: Double = 2 * Double.pi * a * a * a
        return (numerator / denominator).multiplied(by: scale)
    }

    /// q(x²) = (x coth x − 1)/x² − 1/3, for x² on the ray −i·[0, ∞).
    static func q(xSquared x2: Complex<Double>) -> Complex<Double> {
        if x2.length < 4 {
            // x coth x = 1 + x²/(3 + x²/(5 + x²/(7 + …))) (Lambert), so
            // q = 1/(3 + y) − 1/3 = −y / (3(3 + y)) with y = x²/(5 + x²/(7 + …)).
            var tail = Complex<Double>(Double(2 * 30 + 5))
            for k in stride(from: 29, through: 0, by: -1) { tail = Complex(Double(2 * k + 5)) + x2 / tail }
            let y = x2 / tail
            return -y / (3 * (Complex(3) + y))
        }
        // Principal root: Re x > 0, so e^{−2x} is small and coth x = (1 + e^{−2x})/(1 − e^{−2x}).
        let x = Complex.sqrt(x2)
        let e = Complex.exp(-2 * x)
        let coth = (Complex(1) + e) / (Complex(1) - e)
        return (x * coth - Complex(1)) / x2 - Complex(1.0 / 3)
    }

    /// M(0) = 4πa³ (μr − 1)/(μr + 2).
    public var staticScalar: Double {
        let mur = material.relativePermeability
        return 4 * Double.pi * radiusM * radiusM * radiusM * (mur - 1) / (mur + 2)
    }

    /// M(∞) = −2πa³ whatever μr: the perfectly conducting limit.
    public var inductiveScalar: Double { -2 * Double.pi * radiusM * radiusM * radiusM }
}
