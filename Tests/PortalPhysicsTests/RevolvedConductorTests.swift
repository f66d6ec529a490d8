@testable import PortalPhysics
import Testing

@Suite struct RevolvedConductorTests {
    static let copper = Material(name: "copper", conductivitySPerM: 5.8e7)

    static func sums(_ terms: [RelaxationTerm]) -> (limit: Double, slope: Double) {
        (terms.reduce(0) { $0 + $1.weight.xx }, -terms.reduce(0) { $0 + $1.weight.xx * $1.timeConstantS })
    }

    /// Beyond 50 radii a rod's transverse response is the long cylinder's closed forms;
    /// at 40 radii the solver and the closed forms already agree to a few per cent.
    @Test func slenderRodJoinsTheSolver() throws {
        let r = 1e-3, l = 40e-3
        let section = MeridionalSection.cylinder(radiusM: r, lengthM: l, material: Self.copper)
        let solved = try TransverseResponse(section: section, cellSizeM: r / 4, boundaryPanelSizeM: r / 2)
        let closed = Self.sums(try #require(RevolvedConductor.slenderRodTerms(section)))
        print("rod L/r = 40: limit \(solved.perfectlyConductingLimitM3) vs \(closed.limit), slope \(solved.lowFrequencySlopeM3S) vs \(closed.slope)")
        #expect(relativeError(closed.limit, solved.perfectlyConductingLimitM3) < 0.06)
        #expect(relativeError(closed.slope, solved.lowFrequencySlopeM3S) < 0.06)
        // Along the axis the ring circuit gives the same closed forms at 40 radii.
        let axial = try AxialEddyCurrents(section: section)
        let along = try #require(RevolvedConductor.slenderRodSpectrum(section))
        let alongLimit = along.terms.reduce(0) { $0 + $1.weight.zz }, alongSlope = -along.terms.reduce(0) { $0 + $1.weight.zz * $1.timeConstantS }
        print("rod L/r = 40 along: limit \(try axial.relaxationSpectrum().highFrequencyLimit.zz) vs \(alongLimit), slope \(axial.lowFrequencySlopeM3S) vs \(alongSlope)")
        #expect(relativeError(alongSlope, axial.lowFrequencySlopeM3S) < 0.02)   // the circuit at 4 radial cells: O(h²)
        #expect(relativeError(alongLimit, try axial.relaxationSpectrum().highFrequencyLimit.zz) < 0.1)
    }

    /// Below 1/50 of its radius a disk's transverse response is the slab's; at 1/40 the
    /// solver agrees with it to a few per cent.
    @Test func thinSlabJoinsTheSolver() throws {
        let r = 10e-3, t = r / 40
        let section = MeridionalSection.cylinder(radiusM: r, lengthM: t, material: Self.copper)
        let solved = try TransverseResponse(section: section, cellSizeM: t / 4, boundaryPanelSizeM: t / 2)
        let closed = Self.sums(try #require(RevolvedConductor.thinSlabTerms(section)))
        print("disk t/r = 1/40: limit \(solved.perfectlyConductingLimitM3) vs \(closed.limit), slope \(solved.lowFrequencySlopeM3S) vs \(closed.slope)")
        #expect(relativeError(closed.limit, solved.perfectlyConductingLimitM3) < 0.05)
        #expect(relativeError(closed.slope, solved.lowFrequencySlopeM3S) < 0.05)
    }

    /// A body of one strongly magnetic rectangle keeps its magnetometric static tensor
    /// and the non-magnetic shape's inductive limit.
    @Test func steelWasherLimits() throws {
        let steel = Material(name: "steel", conductivitySPerM: 6e6, relativePermeability: 100)
        let spectrum = try RevolvedConductor(section: .ring(innerRadiusM: 3e-3, outerRadiusM: 6e-3, thicknessM: 1e-3, material: steel))
            .relaxationSpectrum()
        let part = PermeablePart(shape: .tube(innerRadiusM: 3e-3, outerRadiusM: 6e-3, lengthM: 1e-3), material: steel)
        #expect(relativeError(spectrum.lowFrequencyLimit.zz, part.staticTensor.zz) < 1e-12)
        #expect(relativeError(spectrum.lowFrequencyLimit.xx, part.staticTensor.xx) < 1e-12)
        let copperWasher = try RevolvedConductor(section: .ring(innerRadiusM: 3e-3, outerRadiusM: 6e-3, thicknessM: 1e-3,
                                                                material: Self.copper)).relaxationSpectrum()
        #expect(relativeError(spectrum.highFrequencyLimit.zz, copperWasher.highFrequencyLimit.zz) < 1e-9)
    }
}

@Suite struct IssueCoinTests {
    /// The coin the signatures issue names (R = 11.25 mm, t = 3.15 mm, σ = 15.9 MS/m) at
    /// the default mesh: its axial limit is the boundary elements' converged −4.5621 πR²t
    /// and its transverse limit their −1.18229 πR²t (extrapolated from R/10 … R/80 by the
    /// engineer who wrote the solver), each within the default panels' error; the axial
    /// loss at low frequency is the cylinder's exact μ₀σπtR⁴/8.
    @Test func issueCoin() throws {
        let r = 11.25e-3, t = 3.15e-3, sigma = 1.59e7, volume = Double.pi * r * r * t
        let material = Material(name: "coin", conductivitySPerM: sigma)
        let spectrum = try Primitive.disk(radiusM: r, thicknessM: t).relaxationSpectrum(material: material)
        for f in [1e3, 10e3, 100e3] {
            let m = spectrum.tensor(frequencyHz: f)
            print("issue coin \(f) Hz: axial \(m.real.zz) + \(m.imaginary.zz)i, transverse \(m.real.xx) + \(m.imaginary.xx)i m³")
        }
        let limit = spectrum.highFrequencyLimit
        print("issue coin limits: axial \(limit.zz / volume) πR²t, transverse \(limit.xx / volume) πR²t; \(spectrum.terms.count) modes")
        #expect(relativeError(limit.zz, -4.5621 * volume) < 5e-3)
        #expect(relativeError(limit.xx, -1.18229 * volume) < 5e-3)
        let slope = -spectrum.terms.reduce(0) { $0 + $1.weight.zz * $1.timeConstantS }
        #expect(relativeError(slope, PhysicalConstants.mu0 * sigma * Double.pi * t * r * r * r * r / 8) < 2e-3)
    }
}

@Suite struct ShortcutLimitsTests {
    static let copper = Material(name: "copper", conductivitySPerM: 5.8e7)

    /// A slender perfectly conducting tube excludes the field from its bore as well: its
    /// limits are the solid rod's of the same outer radius; its loss is smaller.
    @Test func slenderTubeShieldsItsBore() throws {
        let rod = try Primitive.rod(lengthM: 0.1, radiusM: 1e-3).relaxationSpectrum(material: Self.copper)
        let tube = try Primitive.revolved(.ring(innerRadiusM: 0.8e-3, outerRadiusM: 1e-3, thicknessM: 0.1, material: Self.copper))
            .relaxationSpectrum(material: Self.copper)
        #expect(relativeError(tube.highFrequencyLimit.xx, rod.highFrequencyLimit.xx) < 1e-12)
        #expect(relativeError(tube.highFrequencyLimit.zz, rod.highFrequencyLimit.zz) < 1e-12)
        #expect(tube.tensor(frequencyHz: 10).imaginary.zz < rod.tensor(frequencyHz: 10).imaginary.zz)
    }

    /// A plate thicker than a quarter of its width is a block: a cube takes −V/(1 − 1/3)
    /// on every axis, the prism's magnetometric factor.
    @Test func thickPlateIsABlock() throws {
        let cube = try Primitive.plate(lengthM: 0.01, widthM: 0.01, thicknessM: 0.01).relaxationSpectrum(material: Self.copper)
        let limit = cube.highFrequencyLimit
        for value in [limit.xx, limit.yy, limit.zz] { #expect(relativeError(value, -1.5e-6) < 1e-9) }
        // A thin one is a sheet: its normal limit is the solved sheet's, a little below the
        // equal-area disk's −(8/3)(s/√π)³ and some 30 times the block formula's −V/(1 − N).
        let thin = try Primitive.plate(lengthM: 0.01, widthM: 0.01, thicknessM: 0.1e-3).relaxationSpectrum(material: Self.copper)
        let disk = -8.0 / 3 * Double.pow(0.01 / Double.pi.squareRoot(), 3)
        #expect(thin.highFrequencyLimit.zz / disk > 0.8 && thin.highFrequencyLimit.zz / disk < 1)
    }

    /// Bonded layers: a flat slab of three equal layers answers an in-plane field like
    /// one slab of the whole thickness (currents through the whole stack), not like three.
    @Test func bondedLayersActAsOneSlab() throws {
        let r = 0.01, t = 1e-4
        let layered = MeridionalSection(regions: (0..<3).map { k in
            .init(.rectangle(rInnerM: 0, rOuterM: r, zLowM: Double(k - 1) * t - t / 2, zHighM: Double(k - 1) * t + t / 2),
                  material: Self.copper)
        })
        let whole = MeridionalSection.cylinder(radiusM: r, lengthM: 3 * t, material: Self.copper)
        let a = try #require(RevolvedConductor.thinSlabTerms(layered)), b = try #require(RevolvedConductor.thinSlabTerms(whole))
        let slope = { (terms: [RelaxationTerm]) in -terms.reduce(0) { $0 + $1.weight.xx * $1.timeConstantS } }
        #expect(relativeError(slope(a), slope(b)) < 1e-12)
    }
}
