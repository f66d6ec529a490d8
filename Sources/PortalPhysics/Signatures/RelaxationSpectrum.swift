import ComplexModule
import RealModule

/// One relaxation mode: a real symmetric weight tensor `T` (m³, negative semi-definite
/// for eddy currents) with its time constant τ.
public struct RelaxationTerm: Hashable, Sendable {
    public var weight: SymmetricTensor
    public var timeConstantS: Double

    public init(weight: SymmetricTensor, timeConstantS: Double) {
        self.weight = weight
        self.timeConstantS = timeConstantS
    }
}

/// An object's magnetic response as a relaxation spectrum (docs/signatures.md,
/// docs/physics.md#the-relaxation-spectrum):
///
///     M(ω) = N⁰ + Σₖ Tₖ (−iωτₖ) / (1 − iωτₖ)        (convention e^{−iωt})
///
/// `staticPart` N⁰ is the magnetostatic tensor (positive for ferromagnetic parts), the
/// terms the eddy-current modes; M(0) = N⁰ and M(∞) = N⁰ + Σ Tₖ. One description
/// serves both kinds of detector: a continuous-wave detector sees M(ω), a
/// pulse-induction detector the step-off response Σ (−Tₖ) e^{−t/τₖ}.
///
/// A permanent magnet also carries a remanent moment that passive (ferromagnetic)
/// detectors see; it does not enter M(ω).
public struct RelaxationSpectrum: Hashable, Sendable {
    public var staticPart: SymmetricTensor
    public var terms: [RelaxationTerm]
    /// The permanent magnetic moment in A·m² (zero for everything but magnets).
    public var remanentMomentAm2: Vector3

    public init(staticPart: SymmetricTensor = .zero, terms: [RelaxationTerm] = [],
                remanentMomentAm2: Vector3 = .zero) {
        self.staticPart = staticPart
        self.terms = terms
        self.remanentMomentAm2 = remanentMomentAm2
    }

    public static let empty = RelaxationSpectrum()

    /// M(ω) at angular frequency ω (rad/s), e^{−iωt} convention: Im M ≥ 0 for conductors.
    public func tensor(angularFrequencyRadPerS omega: Double) -> ComplexSymmetricTensor {
        var result = ComplexSymmetricTensor(real: staticPart)
        for term in terms {
            let y = omega * term.timeConstantS
            let d = 1 + y * y
            // (−iy)/(1 − iy) = (y² − iy)/(1 + y²)
            result.real += (y * y / d) * term.weight
            result.imaginary += (-y / d) * term.weight
        }
        return result
    }

    /// M at a frequency in Hz.
    public func tensor(frequencyHz: Double) -> ComplexSymmetricTensor {
        tensor(angularFrequencyRadPerS: 2 * Double.pi * frequencyHz)
    }

    /// M(0) = N⁰.
    public var lowFrequencyLimit: SymmetricTensor { staticPart }

    /// M(∞) = N⁰ + Σ Tₖ: the inductive limit, where fields are excluded from the metal.
    public var highFrequencyLimit: SymmetricTensor {
        terms.reduce(staticPart) { $0 + $1.weight }
    }

    /// The moment per unit step-off field at time t > 0 after the transmitter current
    /// is cut: Σ (−Tₖ) e^{−t/τₖ}, in m³. (The magnetostatic part follows the field
    /// down at once; the eddy currents hold the flux and let it decay.)
    public func stepOffResponse(timeS t: Double) -> SymmetricTensor {
        var result = SymmetricTensor.zero
        for term in terms where term.timeConstantS > 0 {
            result += (-Double.exp(-t / term.timeConstantS)) * term.weight
        }
        return result
    }

    /// The gate response of a pulse-induction detector that integrates the receive
    /// voltage from t₁ to t₂ after step-off: m(t₁) − m(t₂) per unit field,
    /// Σ (−Tₖ)(e^{−t₁/τₖ} − e^{−t₂/τₖ}), in m³. Modes with τ ≪ t₁ vanish from it.
    public func gateResponse(_ gate: PulseGate) -> SymmetricTensor {
        var result = SymmetricTensor.zero
        for term in terms where term.timeConstantS > 0 {
            let tau = term.timeConstantS
            // e^{−t₁/τ} − e^{−t₂/τ} = e^{−t₁/τ} (1 − e^{−(t₂−t₁)/τ}), without cancellation.
            let factor = Double.exp(-gate.startS / tau) * -Double.expMinusOne(-(gate.endS - gate.startS) / tau)
            result += (-factor) * term.weight
        }
        return result
    }

    /// The same object turned by `rotation`: every tensor becomes `R T Rᵀ`.
    public func rotated(by rotation: Rotation) -> RelaxationSpectrum {
        RelaxationSpectrum(staticPart: staticPart.rotated(by: rotation),
                           terms: terms.map { RelaxationTerm(weight: $0.weight.rotated(by: rotation),
                                                             timeConstantS: $0.timeConstantS) },
                           remanentMomentAm2: rotation.apply(remanentMomentAm2))
    }

    /// Two objects together, neither disturbing the other's field.
    public static func + (a: RelaxationSpectrum, b: RelaxationSpectrum) -> RelaxationSpectrum {
        RelaxationSpectrum(staticPart: a.staticPart + b.staticPart, terms: a.terms + b.terms,
                           remanentMomentAm2: a.remanentMomentAm2 + b.remanentMomentAm2)
    }

    /// The sum of many spectra (an object's parts), built in place. Folding them with
    /// `+` instead copies the terms gathered so far at every step: time quadratic in
    /// the number of parts (3,000 parts took 17.6 s, 10,000 over two minutes).
    public static func sum<S: Sequence>(_ spectra: S) -> RelaxationSpectrum where S.Element == RelaxationSpectrum {
        var total = RelaxationSpectrum.empty
        for spectrum in spectra {
            total.staticPart += spectrum.staticPart
            total.terms.append(contentsOf: spectrum.terms)
            total.remanentMomentAm2 += spectrum.remanentMomentAm2
        }
        return total
    }

    /// The spectrum scaled by a number (several identical parts).
    public static func * (s: Double, a: RelaxationSpectrum) -> RelaxationSpectrum {
        RelaxationSpectrum(staticPart: s * a.staticPart,
                           terms: a.terms.map { RelaxationTerm(weight: s * $0.weight, timeConstantS: $0.timeConstantS) },
                           remanentMomentAm2: s * a.remanentMomentAm2)
    }
}

/// The integration window of a pulse-induction detector, in seconds after step-off.
public struct PulseGate: Hashable, Sendable {
    public let startS: Double
    public let endS: Double

    public init(startS: Double, endS: Double) {
        self.startS = startS
        self.endS = endS
    }
}
