import ComplexModule
import Foundation
@testable import PortalPhysics
import Testing

/// The transverse relaxation spectrum anchored on the two exact numbers.
@Suite struct TransverseResponseTests {
    let copper = Material(name: "cu", conductivitySPerM: 5.8e7)

    /// For a sphere the sphere-like modes on the exact limit and slope are the exact
    /// spectrum: M(ω) against the closed form over four decades around 1/τ₁ (τ₁ = 0.74 ms).
    /// Observed errors 1.1e-4, 1.0e-4, 3.8e-5, 2.6e-5, 1.3e-4 at 10 Hz … 100 kHz (the
    /// limit's 2e-5 and the slope's 1e-4 at a/40); 0.2 s for the whole response.
    @Test func sphereSpectrumIsTheClosedForm() throws {
        let a = 0.01
        let response = try TransverseResponse(section: .sphere(radiusM: a, material: copper), cellSizeM: a / 40,
                                              boundaryPanelSizeM: a / 40)
        let spectrum = RelaxationSpectrum(terms: try response.relaxationTerms(modeCount: 40))
        let sphere = Sphere(radiusM: a, material: copper)
        for f in [10.0, 100, 1000, 1e4, 1e5] {
            let omega = 2 * Double.pi * f
            let m = spectrum.tensor(angularFrequencyRadPerS: omega)
            let exact = sphere.exactScalar(angularFrequencyRadPerS: omega)
            #expect(relativeError(Complex(m.real.xx, m.imaginary.xx), exact) < 5e-4, "f = \(f)")
            #expect(m.real.zz == 0 && m.imaginary.zz == 0)
        }
    }

    /// The sum rules hold exactly, about any axis: Σ Tₖ = M_xx(∞)(I − ââᵀ) and
    /// Σ Tₖτₖ = −β(I − ââᵀ); and a spheroid's spectrum is the ``Ellipsoid`` model's
    /// (observed 5.8e-5, 2.5e-5, 1.3e-5 at 100 Hz, 1 kHz, 10 kHz for a = 2c).
    @Test func sumRulesAndTheEllipsoidModel() throws {
        let a = 0.01, c = 0.005
        let section = MeridionalSection(regions: [.init(.ellipse(semiAxisRM: a, semiAxisZM: c, centreZM: 0), material: copper)])
        let response = try TransverseResponse(section: section, cellSizeM: c / 40, boundaryPanelSizeM: c / 20)
        let axis = Vector3(1, 2, 2)
        let terms = try response.relaxationTerms(symmetryAxis: axis)
        let projector = SymmetricTensor.identity - SymmetricTensor.outer(axis / 3)
        let weight = terms.reduce(SymmetricTensor.zero) { $0 + $1.weight }
        let moment = terms.reduce(SymmetricTensor.zero) { $0 + $1.timeConstantS * $1.weight }
        #expect(relativeError(weight, response.perfectlyConductingLimitM3 * projector) < 1e-12)
        #expect(relativeError(moment, -response.lowFrequencySlopeM3S * projector) < 1e-12)

        let ellipsoid = Ellipsoid(semiAxesM: Vector3(a, a, c), material: copper).relaxationSpectrum()
        let ours = RelaxationSpectrum(terms: try response.relaxationTerms())
        for f in [100.0, 1000, 1e4] {
            let mine = ours.tensor(frequencyHz: f), theirs = ellipsoid.tensor(frequencyHz: f)
            #expect(relativeError(Complex(mine.real.xx, mine.imaginary.xx), Complex(theirs.real.xx, theirs.imaginary.xx)) < 3e-4)
        }
    }

    /// The coin, as a user sees it (nickel brass, 5 MS/m): M_xx(∞) = −1.18255 πR²t,
    /// τ̄ = 0.06400 μ₀σt² = 5.25 µs; 0.3 s for the response (183 panels, 1512 unknowns).
    @Test func coinResponse() throws {
        let radius = 0.0129, t = 0.28 * radius
        let alloy = Material(name: "nickel brass", conductivitySPerM: 5e6)
        let response = try TransverseResponse(section: .cylinder(radiusM: radius, lengthM: t, material: alloy),
                                              cellSizeM: t / 20, boundaryPanelSizeM: radius / 40)
        let volume = Double.pi * radius * radius * t
        #expect(abs(response.perfectlyConductingLimitM3 / volume - -1.18229) < 4e-4)
        let tau = response.meanTimeConstantS
        // τ̄ = β/|M(∞)| = (β/slab) μ₀σt²/12 / (|M(∞)|/πR²t), with this mesh's 0.908165 and 1.182550.
        let expected = 0.908165 * PhysicalConstants.mu0 * 5e6 * t * t / 12 / 1.182550
        #expect(relativeError(tau, expected) < 1e-4)
    }

    @Test func refusesBadInput() throws {
        let a = 0.01
        let steel = Material(name: "steel", conductivitySPerM: 1.4e6, relativePermeability: 100)
        #expect(throws: EddyCurrentError.self) {
            try TransverseResponse(section: .sphere(radiusM: a, material: steel), cellSizeM: a / 10, boundaryPanelSizeM: a / 10)
        }
        for size in [0.0, -1.0, .nan] {
            #expect(throws: EddyCurrentError.self) {
                try TransverseResponse(section: .sphere(radiusM: a, material: copper), cellSizeM: size, boundaryPanelSizeM: a / 10)
            }
            #expect(throws: EddyCurrentError.self) {
                try TransverseResponse(section: .sphere(radiusM: a, material: copper), cellSizeM: a / 10, boundaryPanelSizeM: size)
            }
        }
        let insulator = Material(name: "plastic", conductivitySPerM: 0)
        #expect(throws: EddyCurrentError.self) {
            try TransverseResponse(section: .sphere(radiusM: a, material: insulator), cellSizeM: a / 10, boundaryPanelSizeM: a / 10)
        }
        let response = try TransverseResponse(section: .sphere(radiusM: a, material: copper), cellSizeM: a / 5, boundaryPanelSizeM: a / 5)
        #expect(throws: EddyCurrentError.self) { try response.relaxationTerms(symmetryAxis: .zero) }
        #expect(throws: EddyCurrentError.self) { try response.relaxationTerms(symmetryAxis: Vector3(.nan, 0, 1)) }
        #expect(throws: EddyCurrentError.self) { try response.relaxationTerms(modeCount: 0) }
    }
}
