import Foundation
@testable import PortalPhysics
import Testing

/// The m = 1 finite-element solution for the first-order eddy currents across the axis,
/// Im M_xx ≈ βω, against the closed forms of spheres and spheroids.
@Suite struct TransverseSlopeTests {
    let copper = Material(name: "cu", conductivitySPerM: 5.8e7)
    let mu0 = PhysicalConstants.mu0

    /// Sphere: β = 2πμ₀σa⁵/15 (the x² term of the closed form; here w = 0). Observed
    /// errors +8.26e-3, +2.10e-3, −1.10e-4, −1.68e-4 at h = a/10 … a/80 (182 … 10262
    /// unknowns, 0.3 s at a/80): second order until the staircased outline's fill
    /// fractions (8 × 8 samples per cell) set a floor near 2e-4.
    @Test func sphereSlopeMatchesTheClosedForm() throws {
        let a = 0.01, exact = 2 * Double.pi * mu0 * copper.conductivitySPerM * pow(a, 5) / 15
        var errors: [Double] = []
        for n in [10.0, 20, 40] {
            let slope = try TransverseLowFrequencySlope(mesh: MeridionalMesh(.sphere(radiusM: a, material: copper), cellSizeM: a / n))
            errors.append(relativeError(slope.slopeM3S, exact))
        }
        #expect(errors[0] < 1e-2)
        #expect(errors[1] < 3e-3 && errors[0] / errors[1] > 3.5)
        #expect(errors[2] < 5e-4)
    }

    /// A spheroid (a, a, c) across its axis: the currents are not the sphere's (w = γyz,
    /// γ = (a² − c²)/(a² + c²)), and β = μ₀σVa²c²/(5(a² + c²)) exactly, the slope
    /// ``Ellipsoid`` carries. Observed at h = min(a, c)/10, /20, /40: prolate c = 2a
    /// 7.6e-3, 1.1e-3, 2.6e-5 (346 … 5162 unknowns); oblate c = a/2 5.7e-3, 9.0e-4, 6.0e-5.
    @Test(arguments: [(1.0, 2.0), (1.0, 0.5)])
    func spheroidSlopeMatchesTheClosedForm(equatorial: Double, polar: Double) throws {
        let a = equatorial * 0.01, c = polar * 0.01
        let volume = 4 / 3 * Double.pi * a * a * c
        let exact = mu0 * copper.conductivitySPerM * volume * a * a * c * c / (5 * (a * a + c * c))
        let section = MeridionalSection(regions: [.init(.ellipse(semiAxisRM: a, semiAxisZM: c, centreZM: 0), material: copper)])
        let slope = try TransverseLowFrequencySlope(mesh: MeridionalMesh(section, cellSizeM: Swift.min(a, c) / 40))
        #expect(relativeError(slope.slopeM3S, exact) < 2e-4)
    }

    /// A thin disk in an in-plane field: the currents run along the faces as in a slab,
    /// β → πμ₀σR²t³/12 from below (the slab's w = yz is one trial function of the
    /// minimisation), so relative to the axial slope πμ₀σR⁴t/8 it vanishes as (2/3)(t/R)².
    /// Observed at h = t/10 (t/20): β/slab = 0.90872 (0.90817) for t/R = 0.28, 0.96826
    /// (0.96806) for 0.1, 0.99058 (0.99052) for 0.03, i.e. β ≈ slab·(1 − 0.32 t/R).
    @Test func thinDiskSlopeTendsToTheSlab() throws {
        let radius = 0.01
        var previous = 0.0
        for ratio in [0.28, 0.1, 0.03] {
            let t = ratio * radius
            let slope = try TransverseLowFrequencySlope(mesh: MeridionalMesh(.cylinder(radiusM: radius, lengthM: t, material: copper),
                                                                           cellSizeM: t / 10))
            let slab = Double.pi * mu0 * copper.conductivitySPerM * radius * radius * t * t * t / 12
            let fraction = slope.slopeM3S / slab
            #expect(fraction < 1 && fraction > previous, "β/slab = \(fraction)")
            #expect(1 - fraction < 0.36 * ratio && 1 - fraction > 0.28 * ratio)
            previous = fraction
            let axial = Double.pi * mu0 * copper.conductivitySPerM * pow(radius, 4) * t / 8
            #expect(slope.slopeM3S / axial < 2.0 / 3 * ratio * ratio)
        }
    }

    /// The 2-euro-like coin, t/R = 0.28, converged: β/(πμ₀σR²t³/12) = 0.908725, 0.908165,
    /// 0.908025 at h = t/10, t/20, t/40 (396 … 5863 unknowns), differences shrinking by
    /// 4.0: extrapolated 0.907978.
    @Test func coinSlopeConverges() throws {
        let radius = 0.0129, t = 0.28 * radius
        let slab = Double.pi * mu0 * copper.conductivitySPerM * radius * radius * t * t * t / 12
        var values: [Double] = []
        for n in [10.0, 20, 40] {
            let slope = try TransverseLowFrequencySlope(mesh: MeridionalMesh(.cylinder(radiusM: radius, lengthM: t, material: copper),
                                                                           cellSizeM: t / n))
            values.append(slope.slopeM3S / slab)
        }
        #expect(values[0] > values[1] && values[1] > values[2])
        #expect((values[0] - values[1]) / (values[1] - values[2]) > 3.5)
        #expect(abs(values[2] - 0.907978) < 1e-4)
    }

    /// Two alloys: β = min ∫σ|a − ∇w|² grows with σ everywhere, so a bimetal coin's slope
    /// lies strictly between those of the coin made all of either alloy.
    @Test func bimetalSlopeLiesBetweenItsAlloys() throws {
        let radius = 0.0129, t = 0.28 * radius
        let nickelBrass = Material(name: "nickel brass", conductivitySPerM: 5e6)
        let cupronickel = Material(name: "cupronickel", conductivitySPerM: 3.5e6)
        func coin(_ core: Material, _ ring: Material) throws -> Double {
            let section = MeridionalSection(regions: [
                .init(.rectangle(rInnerM: 0, rOuterM: 0.72 * radius, zLowM: -t / 2, zHighM: t / 2), material: core),
                .init(.rectangle(rInnerM: 0.72 * radius, rOuterM: radius, zLowM: -t / 2, zHighM: t / 2), material: ring)])
            return try TransverseLowFrequencySlope(mesh: MeridionalMesh(section, cellSizeM: t / 10)).slopeM3S
        }
        let low = try coin(cupronickel, cupronickel), mixed = try coin(cupronickel, nickelBrass), high = try coin(nickelBrass, nickelBrass)
        #expect(low < mixed && mixed < high)
        // All one alloy, the slope scales with σ exactly.
        #expect(relativeError(high / low, 5e6 / 3.5e6) < 1e-12)
    }
}
