import ComplexModule
import PortalPhysics
import RealModule
import Testing

@Suite struct TensorTests {
    let tensor = SymmetricTensor(xx: 3, yy: -1, zz: 0.5, xy: 0.7, xz: -0.2, yz: 1.1)

    @Test func rotationsAreProperAndOrthonormal() {
        for r in sampleRotations() {
            let m = r.matrix
            #expect((m * m.transposed).maxDifference(.identity) < 1e-15)
            #expect(abs(m.determinant - 1) < 1e-15)
            #expect((r.then(r.inverse)).matrix.maxDifference(.identity) < 1e-15)
        }
        // A quarter turn about z takes x to y.
        let quarter = Rotation(axis: .unitZ, angleRad: Double.pi / 2)
        #expect(relativeError(quarter.apply(.unitX), .unitY) < 1e-15)
        #expect(relativeError(Rotation(zAxisAlong: Vector3(1, 0, 0)).apply(.unitZ), .unitX) < 1e-15)
        #expect(relativeError(Rotation(zAxisAlong: Vector3(0, 0, -2)).apply(.unitZ), -Vector3.unitZ) < 1e-15)
    }

    @Test func eigenvaluesOfAKnownTensor() {
        // diag(1, 2, 5) turned: the eigenvalues come back.
        let d = SymmetricTensor.diagonal(5, 1, 2)
        for r in sampleRotations() {
            let values = d.rotated(by: r).eigenvalues
            #expect(abs(values[0] - 1) < 1e-14 && abs(values[1] - 2) < 1e-14 && abs(values[2] - 5) < 1e-14)
        }
        // Trace and determinant are the sum and the product of the eigenvalues.
        let values = tensor.eigenvalues
        #expect(abs(values.reduce(0, +) - tensor.trace) < 1e-14)
        #expect(relativeError(values.reduce(1, *), tensor.matrix.determinant) < 1e-13)
    }

    @Test func eigenvaluesAreInvariantUnderRotation() {
        let reference = tensor.eigenvalues
        for r in sampleRotations() {
            let turned = tensor.rotated(by: r)
            #expect(turned.maxDifference(tensor) > 0.1)   // it did turn
            for (a, b) in zip(turned.eigenvalues, reference) { #expect(abs(a - b) < 1e-13) }
        }
    }

    @Test func eigenvectorsDiagonalise() {
        let (values, vectors) = tensor.eigensystem()
        for (value, vector) in zip(values, vectors) {
            #expect(relativeError(tensor * vector, value * vector) < 1e-13 || (tensor * vector - value * vector).norm < 1e-13)
        }
    }

    /// Rotation agrees with the explicit matrix product R M Rᵀ.
    @Test func rotationIsRMRTranspose() {
        for r in sampleRotations() {
            let explicit = r.matrix * tensor.matrix * r.matrix.transposed
            #expect(tensor.rotated(by: r).matrix.maxDifference(explicit) < 1e-14)
        }
    }

    /// aᵀ M b = M : sym(a bᵀ) for symmetric M.
    @Test func contractionWithSymmetricOuterIsTheBilinearForm() {
        let a = Vector3(0.3, -1.2, 2), b = Vector3(1.5, 0.4, -0.7)
        #expect(relativeError(tensor.contracted(with: .symmetricOuter(a, b)), tensor.bilinear(a, b)) < 1e-15)
        #expect(relativeError(tensor.bilinear(a, b), a.dot(tensor.matrix * b)) < 1e-15)
    }
}

@Suite struct CompositeTests {
    static let copper = Material(name: "copper", conductivitySPerM: 5.8e7)

    @Test func compositeOfOnePartEqualsThePart() throws {
        let part = try Primitive.plate(lengthM: 0.04, widthM: 0.02, thicknessM: 3.5e-5).relaxationSpectrum(material: Self.copper)
        let single = CompositeObject(parts: [Part(name: "foil", spectrum: part)]).spectrum
        #expect(single == part)
        // Turned inside the object: the object's tensor is R M Rᵀ at every frequency.
        let r = Rotation(yawRad: 0.5, pitchRad: 0.2, rollRad: 1.3)
        let turned = CompositeObject(parts: [Part(name: "foil", spectrum: part, attitude: r)]).spectrum
        for f in [100.0, 5e3, 1e5] {
            let expected = part.tensor(frequencyHz: f).rotated(by: r)
            #expect(relativeError(turned.tensor(frequencyHz: f), expected) < 1e-14)
        }
    }

    @Test func partsAdd() throws {
        let a = try Primitive.sphere(radiusM: 0.005).relaxationSpectrum(material: Self.copper)
        let b = try Primitive.rod(lengthM: 0.03, radiusM: 0.001).relaxationSpectrum(material: Self.copper)
        let object = CompositeObject(parts: [Part(name: "a", spectrum: a), Part(name: "b", spectrum: b, count: 3)])
        let f = 8e3
        let expected = a.tensor(frequencyHz: f) + b.tensor(frequencyHz: f) + b.tensor(frequencyHz: f) + b.tensor(frequencyHz: f)
        #expect(relativeError(object.spectrum.tensor(frequencyHz: f), expected) < 1e-14)
    }

    /// Every primitive: finite, symmetric, and a conductor's imaginary part positive
    /// semi-definite in the e^{−iωt} convention, at every frequency.
    @Test func primitivesArePhysical() throws {
        let steel = Material(name: "steel", conductivitySPerM: 5e6, relativePermeability: 80)
        let primitives: [Primitive] = [
            .sphere(radiusM: 0.01), .ellipsoid(semiAxesM: Vector3(0.01, 0.02, 0.003)),
            .disk(radiusM: 0.0115, thicknessM: 0.0023), .plate(lengthM: 0.04, widthM: 0.03, thicknessM: 1.2e-5),
            .rod(lengthM: 0.05, radiusM: 0.001), .wireLoop(loopRadiusM: 0.015, wireRadiusM: 0.001),
            .magnet(radiusM: 0.005, thicknessM: 0.002, remanenceT: 1.2),
        ]
        for primitive in primitives {
            for material in [Self.copper, steel] {
                let spectrum = try primitive.relaxationSpectrum(material: material)
                for k in 0...40 {
                    let m = spectrum.tensor(frequencyHz: pow(10, 1 + 5 * Double(k) / 40))
                    #expect(m.isFinite)
                    #expect(m.imaginary.eigenvalues[0] >= -1e-12 * m.imaginary.maxMagnitude, "\(primitive)")
                }
                #expect(spectrum.highFrequencyLimit.eigenvalues[2] <= 1e-12 * spectrum.highFrequencyLimit.maxMagnitude)
            }
        }
    }

    /// A ring's single mode: M(∞) = −μ₀A²/L along the normal, τ = L/R, and at ωτ = 1
    /// the response is half-way, with Im M = −T/2.
    @Test func wireLoop() {
        let loop = WireLoop(loopRadiusM: 0.015, wireRadiusM: 0.001, material: Self.copper)
        let l = PhysicalConstants.mu0 * 0.015 * (Double.log(8 * 15) - 2)
        #expect(relativeError(loop.inductanceH, l) < 1e-15)
        let area = Double.pi * 0.015 * 0.015
        let spectrum = loop.relaxationSpectrum
        #expect(relativeError(spectrum.highFrequencyLimit.zz, -PhysicalConstants.mu0 * area * area / l) < 1e-14)
        let tau = l / loop.resistanceOhm
        let m = spectrum.tensor(angularFrequencyRadPerS: 1 / tau)
        #expect(relativeError(m.imaginary.zz, PhysicalConstants.mu0 * area * area / l / 2) < 1e-14)
        #expect(relativeError(m.real.zz, -PhysicalConstants.mu0 * area * area / l / 2) < 1e-14)
        #expect(m.real.xx == 0)
    }

    @Test func magnetCarriesItsRemanentMoment() {
        let magnet = PermanentMagnet(radiusM: 0.005, thicknessM: 0.002, remanenceT: 1.2,
                                     material: Material(name: "NdFeB", conductivitySPerM: 6.7e5, relativePermeability: 1.05))
        let expected = 1.2 * Double.pi * 0.005 * 0.005 * 0.002 / PhysicalConstants.mu0
        #expect(relativeError(magnet.relaxationSpectrum.remanentMomentAm2, Vector3(0, 0, expected)) < 1e-15)
        let turned = magnet.relaxationSpectrum.rotated(by: Rotation(axis: .unitX, angleRad: Double.pi / 2))
        #expect(relativeError(turned.remanentMomentAm2, Vector3(0, -expected, 0)) < 1e-15)
    }
}
