import ComplexModule
import PortalPhysics
import RealModule
import Testing

@Suite struct RelaxationFitTests {
    static let steel = Material(name: "steel", conductivitySPerM: 6e6, relativePermeability: 50)
    static let copper = Material(name: "copper", conductivitySPerM: 5.8e7)

    static func table(_ omegas: [Double], _ m: (Double) -> ComplexSymmetricTensor) -> [ComplexSymmetricTensor] {
        omegas.map(m)
    }

    /// A table of the exact sphere, 10 per decade over 6 decades, fitted, reproduces the
    /// closed form between the tabulated frequencies too.
    @Test(arguments: [copper, steel])
    func sphereTableIsReproduced(material: Material) throws {
        let sphere = Sphere(radiusM: 0.01, material: material)
        let omegas = (0...60).map { Double.pow(10, Double($0) / 10) }          // 1 … 10⁶ rad/s
        let fit = try RelaxationFit(angularFrequenciesRadPerS: omegas, tensors: omegas.map { sphere.exactTensor(angularFrequencyRadPerS: $0) })
        #expect(fit.largestRelativeResidual < 1e-6, "\(fit.largestRelativeResidual)")
        #expect(fit.weightAmplification < 10, "\(fit.weightAmplification)")
        let scale = abs(sphere.inductiveScalar) + abs(sphere.staticScalar)
        for k in 0..<60 {
            let omega = Double.pow(10, (Double(k) + 0.5) / 10)               // half-way between rows
            let error = fit.spectrum.tensor(angularFrequencyRadPerS: omega).maxDifference(sphere.exactTensor(angularFrequencyRadPerS: omega))
            #expect(error < 1e-5 * scale)
        }
    }

    /// The fitted spectrum also serves a pulse detector: its gate response is the
    /// exact sphere's when the table covers the relevant time constants.
    @Test func fittedGateResponseMatchesTheExactSeries() throws {
        let sphere = Sphere(radiusM: 0.01, material: Self.copper)     // τ₁ ≈ 7.4 ms
        let omegas = (0...70).map { Double.pow(10, Double($0) / 10) }          // 1 … 10⁷ rad/s
        let fit = try RelaxationFit(angularFrequenciesRadPerS: omegas, tensors: omegas.map { sphere.exactTensor(angularFrequencyRadPerS: $0) })
        let gate = PulseGate(startS: 20e-6, endS: 120e-6)
        let exact = sphere.relaxationSpectrum().gateResponse(gate).xx
        #expect(abs(fit.spectrum.gateResponse(gate).xx - exact) < 1e-3 * abs(exact))
    }

    /// Anisotropic, rotated tables: all six components are fitted.
    @Test func rotatedEllipsoid() throws {
        let r = Rotation(yawRad: 0.4, pitchRad: 1.0, rollRad: -0.3)
        let spectrum = Ellipsoid(semiAxesM: Vector3(0.02, 0.01, 0.003), material: Self.copper).relaxationSpectrum().rotated(by: r)
        let omegas = (0...50).map { Double.pow(10, 1 + Double($0) / 10) }
        let fit = try RelaxationFit(angularFrequenciesRadPerS: omegas, tensors: omegas.map { spectrum.tensor(angularFrequencyRadPerS: $0) })
        #expect(fit.largestRelativeResidual < 1e-6)
        #expect(fit.spectrum.tensor(angularFrequencyRadPerS: 3e3).maxDifference(spectrum.tensor(angularFrequencyRadPerS: 3e3))
                < 1e-5 * spectrum.tensor(angularFrequencyRadPerS: 3e3).maxMagnitude)
    }

    /// Alternating values are no relaxation response: a least-squares fit matches them
    /// only with enormous cancelling weights, and that is what flags them.
    @Test func noiseNeedsHugeWeights() throws {
        let omegas = (0...30).map { Double.pow(10, Double($0) / 6) }
        let table = omegas.indices.map { ComplexSymmetricTensor(real: .diagonal($0 % 2 == 0 ? 1 : -1, 1, 1)) }
        let fit = try RelaxationFit(angularFrequenciesRadPerS: omegas, tensors: table)
        #expect(fit.weightAmplification > 1e4)
    }

    @Test func badTables() {
        #expect(throws: RelaxationFit.Failure.tooFewFrequencies(2)) {
            try RelaxationFit(angularFrequenciesRadPerS: [1, 2], tensors: [.zero, .zero])
        }
        #expect(throws: RelaxationFit.Failure.nonPositiveFrequency(0)) {
            try RelaxationFit(angularFrequenciesRadPerS: [0, 1, 2], tensors: [.zero, .zero, .zero])
        }
        let nan = ComplexSymmetricTensor(real: .diagonal(.nan, 0, 0))
        #expect(throws: RelaxationFit.Failure.nonFiniteValue(row: 1)) {
            try RelaxationFit(angularFrequenciesRadPerS: [1, 2, 3], tensors: [.zero, nan, .zero])
        }
    }
}
