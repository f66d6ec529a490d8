import ComplexModule
@testable import PortalPhysics
import RealModule
import Testing

@Suite struct CoaxialRingInductanceTests {
    /// Neumann's integral M = (μ₀ab/2)∫₀^{2π} cos φ dφ / √(a² + b² + d² − 2ab cos φ), by
    /// the trapezoid rule (spectrally accurate for a smooth periodic integrand).
    static func neumann(_ a: Double, _ b: Double, _ d: Double) -> Double {
        let n = 4000
        var total = 0.0
        for k in 0..<n {
            let phi = 2 * Double.pi * Double(k) / Double(n)
            total += Double.cos(phi) / (a * a + b * b + d * d - 2 * a * b * Double.cos(phi)).squareRoot()
        }
        return PhysicalConstants.mu0 * a * b / 2 * total * 2 * Double.pi / Double(n)
    }

    @Test(arguments: [(0.01, 0.012, 0.003), (0.01, 0.01, 0.02), (0.001, 0.05, 0.0), (0.02, 0.021, 0.0005), (0.01, 0.3, 0.2)])
    func agreesWithNeumannsIntegral(a: Double, b: Double, d: Double) {
        let m = CoaxialRingInductance.mutualH(radiusAM: a, radiusBM: b, axialDistanceM: d)
        #expect(relativeError(m, Self.neumann(a, b, d)) < 1e-10)
    }

    /// The series and the closed form agree where they meet.
    @Test func seriesMeetsClosedForm() {
        let (k, e) = SpecialFunctions.completeEllipticKE(modulus: 0.1.squareRoot())
        #expect(relativeError(CoaxialRingInductance.series(0.1), 1.9 * k - 2 * e) < 1e-12)
    }
}

@Suite struct RectangleLogDistanceTests {
    /// A square's self-GMD is 0.447049 s (Maxwell): ln(g/s) = ln 2/3 + π/3 − 25/12 + ... evaluated
    /// here from the classical value.
    @Test func squareSelfGMD() {
        let meanLog = RectangleLogDistance.meanLog(x: (0, 2e-3), y: (0, 2e-3), xi: (0, 2e-3), eta: (0, 2e-3))
        #expect(abs(Double.exp(meanLog) / 2e-3 - 0.447049) < 2e-6)
    }

    /// Against a brute-force midpoint sum for two rectangles side by side and apart.
    @Test(arguments: [0.0, 0.5e-3, 3e-3])
    func agreesWithQuadrature(gapM: Double) {
        let x = (0.0, 1e-3), y = (0.0, 2e-3), xi = (1e-3 + gapM, 2.5e-3 + gapM), eta = (0.5e-3, 1.5e-3)
        let n = 40
        var total = 0.0
        for i in 0..<n { for j in 0..<n { for k in 0..<n { for l in 0..<n {
            let p = (x.0 + (Double(i) + 0.5) / Double(n) * (x.1 - x.0), y.0 + (Double(j) + 0.5) / Double(n) * (y.1 - y.0))
            let q = (xi.0 + (Double(k) + 0.5) / Double(n) * (xi.1 - xi.0), eta.0 + (Double(l) + 0.5) / Double(n) * (eta.1 - eta.0))
            total += 0.5 * Double.log((p.0 - q.0) * (p.0 - q.0) + (p.1 - q.1) * (p.1 - q.1))
        } } } }
        let quadrature = total / Double(n * n * n * n)
        #expect(abs(RectangleLogDistance.meanLog(x: x, y: y, xi: xi, eta: eta) - quadrature) < 2e-4)
    }
}

@Suite struct RingCellInductanceTests {
    /// A thin ring of square section s at radius r: L → μ₀ r (ln(8r/g) − 2), g = 0.447049 s,
    /// with an error O((s/r)² ln) — the classical uniform-current self-inductance.
    @Test(arguments: [0.1, 0.03, 0.01])
    func selfTermTendsToTheThinRingFormula(ratio: Double) throws {
        let r = 0.01, s = ratio * r
        let mesh = try MeridionalMesh(.ring(innerRadiusM: r - s / 2, outerRadiusM: r + s / 2, thicknessM: s,
                                            material: Material(name: "cu", conductivitySPerM: 5.8e7)), cellSizeM: s)
        #expect(mesh.cells.count == 1)
        let l = RingCellInductance.mutualH(mesh.cells[0], mesh.cells[0])
        let thin = PhysicalConstants.mu0 * r * (Double.log(8 * r / (0.447049 * s)) - 2)
        #expect(relativeError(l, thin) < 0.2 * ratio * ratio + 1e-5)
    }
}

@Suite struct AxialEddyCurrentTests {
    static let copper = Material(name: "copper", conductivitySPerM: 5.8e7)

    /// A sphere is a body of revolution: the solver reproduces its closed form from 10 Hz to
    /// 1 MHz, with an error that shrinks as the mesh is refined.
    @Test func sphereMatchesClosedForm() throws {
        let a = 0.01
        let sphere = Sphere(radiusM: a, material: Self.copper)
        var previousWorst = Double.infinity
        for cells in [8, 16, 32] {
            let solver = try AxialEddyCurrents(section: .sphere(radiusM: a, material: Self.copper), cellsAcross: cells)
            let spectrum = try solver.relaxationSpectrum()
            var worst = 0.0
            for f in [10.0, 100, 1e3, 5e3, 1e4, 1e5, 1e6] {
                let omega = 2 * Double.pi * f
                let exact = sphere.exactScalar(angularFrequencyRadPerS: omega)
                let t = spectrum.tensor(angularFrequencyRadPerS: omega), m = Complex(t.real.zz, t.imaginary.zz)
                worst = Swift.max(worst, (m - exact).length / exact.length)
            }
            print("sphere cells/radius \(cells): worst relative error \(worst)")
            #expect(worst < previousWorst)
            previousWorst = worst
        }
        #expect(previousWorst < 0.03)
    }

    /// A cylinder's low-frequency loss is exactly ω μ₀ σ π t R⁴ / 8 at any thickness.
    @Test(arguments: [0.05, 0.28, 1.0, 3.0])
    func cylinderLowFrequencySlope(aspect: Double) throws {
        let r = 0.01, t = aspect * r
        let exact = PhysicalConstants.mu0 * 5.8e7 * Double.pi * t * r * r * r * r / 8
        var errors: [Double] = []
        for cells in [8, 16, 32] {
            let solver = try AxialEddyCurrents(section: .cylinder(radiusM: r, lengthM: t, material: Self.copper), cellsAcross: cells, grading: 1)
            errors.append(relativeError(solver.lowFrequencySlopeM3S, exact))
        }
        print("cylinder t/r \(aspect) slope errors \(errors)")
        // Second order in the cell size: each halving divides the error by about 4 (by
        // 2-3 for the tall cylinder, whose radial cells are coarser at first).
        #expect(errors[1] < 0.5 * errors[0] && errors[2] < 0.5 * errors[1])
        #expect(errors[2] < 2e-3)
    }

    /// A thin disk's perfectly conducting limit tends to −8a³/3 as t → 0.
    @Test func thinDiskInductiveLimit() throws {
        let a = 0.01
        var errors: [Double] = []
        for t in [a / 25, a / 100, a / 400] {
            let spectrum = try AxialEddyCurrents(section: .cylinder(radiusM: a, lengthM: t, material: Self.copper),
                                                 cellsAcross: 32).relaxationSpectrum()
            let limit = spectrum.highFrequencyLimit.zz
            print("disk t/a \(t / a): M(inf)/(-8a^3/3) = \(limit / (-8 * a * a * a / 3))")
            errors.append(relativeError(limit, -8 * a * a * a / 3))
        }
        #expect(errors[1] < errors[0] && errors[2] < errors[1])
        #expect(errors[2] < 0.01)
    }
}
