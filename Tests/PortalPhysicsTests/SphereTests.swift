import ComplexModule
import PortalPhysics
import RealModule
import Testing

@Suite struct SphereTests {
    static let copper = Material(name: "copper", conductivitySPerM: 5.8e7)

    /// The MPT literature's reference sphere: a = 1 cm, μr = 1.5, σ = 6 MS/m at ω = 3447 rad/s gives
    /// M ≈ (1.262 + 1.611 i)×10⁻⁶ m³ (MPT-Calculator agrees to under 1%).
    @Test func referenceValue() {
        let sphere = Sphere(radiusM: 0.01, material: Material(name: "ref", conductivitySPerM: 6e6, relativePermeability: 1.5))
        let m = sphere.exactScalar(angularFrequencyRadPerS: 3447)
        #expect(relativeError(m, Complex(1.262e-6, 1.611e-6)) < 1e-3)
        // The closed form itself, to many more digits (evaluated independently in
        // extended precision from the textbook cosh/sinh form).
        #expect(relativeError(m, Complex(1.2617067237591e-6, 1.6107384407793e-6)) < 1e-10)
    }

    @Test(arguments: [1.0, 1.5, 4.0, 100.0])
    func limits(mur: Double) {
        let sphere = Sphere(radiusM: 0.02, material: Material(name: "m", conductivitySPerM: 1e6, relativePermeability: mur))
        let a3 = 0.02 * 0.02 * 0.02
        let low = sphere.exactScalar(angularFrequencyRadPerS: 0)
        #expect(relativeError(low.real, 4 * Double.pi * a3 * (mur - 1) / (mur + 2)) < 1e-15)
        #expect(low.imaginary == 0)
        // |x| = a√(ωμσ) ≈ 1e8: M(∞) + O(1/|x|).
        let omega = 1e16 / (mur * PhysicalConstants.mu0 * 1e6 * 0.02 * 0.02)
        let high = sphere.exactScalar(angularFrequencyRadPerS: omega)
        #expect(relativeError(high, Complex(-2 * Double.pi * a3)) < 1e-7 * mur)
        // Just above zero the eddy part starts as i ω (conductor: Im > 0).
        #expect(sphere.exactScalar(angularFrequencyRadPerS: 1).imaginary > 0)
    }

    /// μr = 1: the relaxation series reproduces the closed form to 1e-9 for ωτ₁ ≤ 100.
    @Test func relaxationSeriesMatchesClosedFormNonMagnetic() {
        let sphere = Sphere(radiusM: 0.0127, material: Self.copper)
        let spectrum = sphere.relaxationSpectrum()
        let tau1 = PhysicalConstants.mu0 * 5.8e7 * 0.0127 * 0.0127 / (Double.pi * Double.pi)
        var worst = 0.0
        for k in 0...100 {
            let omegaTau = pow(10, -4 + 6 * Double(k) / 100)    // 1e-4 … 100
            let omega = omegaTau / tau1
            let exact = sphere.exactScalar(angularFrequencyRadPerS: omega)
            let series = spectrum.tensor(angularFrequencyRadPerS: omega)
            #expect(series.real.xy == 0 && series.real.xx == series.real.zz)
            worst = Swift.max(worst, relativeError(Complex(series.real.xx, series.imaginary.xx), exact))
        }
        #expect(worst < 1e-9, "worst relative error \(worst)")
        // The slowest mode is τ₁ = μ₀σa²/π².
        let slowest = spectrum.terms.map(\.timeConstantS).max()!
        #expect(relativeError(slowest, tau1) < 1e-14)
    }

    /// μr ≠ 1: time constants from tan δ = (μr−1)δ/(μr−1+δ²) and residue weights.
    @Test(arguments: [1.5, 20.0, 200.0])
    func relaxationSeriesMatchesClosedFormPermeable(mur: Double) {
        let material = Material(name: "steel", conductivitySPerM: 5e6, relativePermeability: mur)
        let sphere = Sphere(radiusM: 0.01, material: material)
        let spectrum = sphere.relaxationSpectrum()
        #expect(spectrum.terms.allSatisfy { $0.weight.xx < 0 && $0.timeConstantS > 0 })
        let tau1 = spectrum.terms.map(\.timeConstantS).max()!
        var worst = 0.0
        for k in 0...60 {
            let omega = pow(10, -4 + 6 * Double(k) / 60) / tau1
            let exact = sphere.exactScalar(angularFrequencyRadPerS: omega)
            let series = spectrum.tensor(angularFrequencyRadPerS: omega)
            worst = Swift.max(worst, relativeError(Complex(series.real.xx, series.imaginary.xx), exact))
        }
        #expect(worst < 1e-8, "μr = \(mur): worst relative error \(worst)")
    }

    /// The first root of tan δ = (μr−1)δ/(μr−1+δ²): for μr → ∞ it tends to the first
    /// root of tan δ = δ, 4.4934…; for μr = 1 + ε to π.
    @Test func firstTimeConstantOfAPermeableSphere() {
        let a = 0.01, sigma = 5e6
        let large = Sphere(radiusM: a, material: Material(name: "m", conductivitySPerM: sigma, relativePermeability: 1e6))
        let tau = large.relaxationSpectrum(modeCount: 3).terms[0].timeConstantS
        let delta = (1e6 * PhysicalConstants.mu0 * sigma * a * a / tau).squareRoot()
        #expect(abs(delta - 4.493409457909064) < 1e-4)
        let nearlyOne = Sphere(radiusM: a, material: Material(name: "m", conductivitySPerM: sigma, relativePermeability: 1 + 1e-9))
        let tau0 = nearlyOne.relaxationSpectrum(modeCount: 3).terms[0].timeConstantS
        #expect(relativeError(tau0, PhysicalConstants.mu0 * sigma * a * a / (Double.pi * Double.pi)) < 1e-6)
    }

    /// Pulse induction: the step-off response at t = 0⁺ is M(0) − M(∞), and a gate
    /// from 0 to ∞ integrates all of it.
    @Test func stepOffAndGateResponse() {
        let sphere = Sphere(radiusM: 0.01, material: Self.copper)
        let spectrum = sphere.relaxationSpectrum()
        let total = sphere.staticScalar - sphere.inductiveScalar      // 2πa³
        #expect(relativeError(spectrum.stepOffResponse(timeS: 0).xx, total) < 1e-12)
        #expect(relativeError(spectrum.gateResponse(PulseGate(startS: 0, endS: .infinity)).xx, total) < 1e-12)
        // Late times: a single exponential with τ₁.
        let tau1 = spectrum.terms.map(\.timeConstantS).max()!
        let late = spectrum.stepOffResponse(timeS: 10 * tau1).xx
        let later = spectrum.stepOffResponse(timeS: 11 * tau1).xx
        #expect(relativeError(later / late, Double.exp(-1)) < 1e-9)
        // Gate [t₁, t₂] = m(t₁) − m(t₂).
        let gate = PulseGate(startS: 20e-6, endS: 120e-6)
        let expected = spectrum.stepOffResponse(timeS: 20e-6).xx - spectrum.stepOffResponse(timeS: 120e-6).xx
        #expect(relativeError(spectrum.gateResponse(gate).xx, expected) < 1e-12)
    }
}
