import ComplexModule
import PortalPhysics
import RealModule
import Testing

@Suite struct EllipsoidTests {
    static let aluminium = Material(name: "aluminium", conductivitySPerM: 3.5e7)
    static let steel = Material(name: "steel", conductivitySPerM: 6e6, relativePermeability: 100)

    @Test func demagnetizingFactorsSumToOne() {
        for axes in [Vector3(1, 1, 1), Vector3(3, 1, 0.2), Vector3(0.01, 0.02, 5), Vector3(1, 1, 1e-5)] {
            let (n, c) = Ellipsoid(semiAxesM: axes, material: Self.aluminium).demagnetizingFactors
            #expect(abs(n.x + n.y + n.z - 1) < 1e-13)
            #expect(relativeError(c.z, 1 - n.z) < 1e-8 || n.z > 0.99)
        }
        let sphere = Ellipsoid(semiAxesM: Vector3(2, 2, 2), material: Self.aluminium).demagnetizingFactors.factors
        #expect(abs(sphere.x - 1 / 3) < 1e-15 && abs(sphere.z - 1 / 3) < 1e-15)
    }

    /// Oblate spheroid a = b > c: N_z = (1 + e²)/e³ (e − arctan e), e² = a²/c² − 1.
    @Test(arguments: [0.5, 0.1, 0.01])
    func oblateSpheroidMatchesClosedForm(ratio: Double) {
        let n = Ellipsoid(semiAxesM: Vector3(1, 1, ratio), material: Self.aluminium).demagnetizingFactors.factors
        let e = (1 / (ratio * ratio) - 1).squareRoot()
        let expected = (1 + e * e) / (e * e * e) * (e - Double.atan(e))
        #expect(relativeError(n.z, expected) < 1e-12)
    }

    /// Equal axes: every limit of the ellipsoid is the sphere's, and its spectrum is the
    /// sphere's exact spectrum for μr = 1.
    @Test func equalAxesReduceToTheSphere() {
        for material in [Self.aluminium, Self.steel] {
            let a = 0.015
            let ellipsoid = Ellipsoid(semiAxesM: Vector3(a, a, a), material: material)
            let sphere = Sphere(radiusM: a, material: material)
            #expect(relativeError(ellipsoid.staticTensor, sphere.staticScalar * .identity) < 1e-14)
            #expect(relativeError(ellipsoid.inductiveTensor, sphere.inductiveScalar * .identity) < 1e-14)
        }
        let a = 0.015
        let ellipsoid = Ellipsoid(semiAxesM: Vector3(a, a, a), material: Self.aluminium)
        let sphere = Sphere(radiusM: a, material: Self.aluminium)
        let fine = ellipsoid.relaxationSpectrum(modesPerAxis: 1000)
        let coarse = ellipsoid.relaxationSpectrum()
        let tau1 = PhysicalConstants.mu0 * 3.5e7 * a * a / (Double.pi * Double.pi)
        for omegaTau in [1e-3, 0.1, 1, 10, 100] {
            let exact = sphere.exactTensor(angularFrequencyRadPerS: omegaTau / tau1)
            #expect(relativeError(fine.tensor(angularFrequencyRadPerS: omegaTau / tau1), exact) < 1e-9)
            #expect(relativeError(coarse.tensor(angularFrequencyRadPerS: omegaTau / tau1), exact) < 1e-3)
        }
    }

    /// A thin disk in a normal field tends to −8a³/3, and a thicker one is stronger.
    @Test func thinDiskInductiveLimit() {
        let a = 0.0115
        var previous = 0.0
        for thickness in [1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 2e-3] {
            let disk = ThinDisk(radiusM: a, thicknessM: thickness, material: Self.aluminium).equivalentEllipsoid
            let limit = disk.inductiveTensor.zz
            #expect(abs(limit) > abs(previous))
            previous = limit
            if thickness <= 1e-6 {
                #expect(relativeError(limit, -8 * a * a * a / 3) < 1e-4)
            }
        }
        #expect(relativeError(ThinDisk(radiusM: a, thicknessM: 1e-9, material: Self.aluminium)
            .equivalentEllipsoid.inductiveTensor.zz, -8 * a * a * a / 3) < 1e-6)
    }

    /// The low-frequency eddy response of a non-magnetic ellipsoid is known exactly:
    /// M ≈ iω μ₀σ V aⱼ²aₖ² / (5(aⱼ² + aₖ²)) per axis. The spectrum must reproduce it.
    @Test func lowFrequencySlopeIsExact() {
        let axes = Vector3(0.02, 0.01, 0.004)
        let ellipsoid = Ellipsoid(semiAxesM: axes, material: Self.aluminium)
        let spectrum = ellipsoid.relaxationSpectrum()
        let omega = 1e-3
        let m = spectrum.tensor(angularFrequencyRadPerS: omega).imaginary
        let v = ellipsoid.volumeM3, k = PhysicalConstants.mu0 * 3.5e7 * v / 5
        let (a2, b2, c2) = (axes.x * axes.x, axes.y * axes.y, axes.z * axes.z)
        #expect(relativeError(m.zz, omega * k * a2 * b2 / (a2 + b2)) < 1e-6)
        #expect(relativeError(m.xx, omega * k * b2 * c2 / (b2 + c2)) < 1e-6)
    }

    @Test func rodAndPlateEquivalentVolumes() {
        let rod = Rod(lengthM: 0.05, radiusM: 0.002, material: Self.steel).equivalentEllipsoid
        #expect(relativeError(rod.volumeM3, Double.pi * 0.002 * 0.002 * 0.05) < 1e-14)
        let plate = RectangularPlate(lengthM: 0.04, widthM: 0.03, thicknessM: 1e-5, material: Self.aluminium).equivalentEllipsoid
        #expect(relativeError(plate.volumeM3, 0.04 * 0.03 * 1e-5) < 1e-14)
        #expect(relativeError(Double.pi * plate.semiAxesM.x * plate.semiAxesM.y, 0.04 * 0.03) < 1e-14)
    }
}
