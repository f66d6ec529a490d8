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
