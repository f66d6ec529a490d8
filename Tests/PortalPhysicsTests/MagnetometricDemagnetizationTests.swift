import PortalPhysics
import Testing

@Suite struct MagnetometricDemagnetizationTests {
    /// Solid cylinders against the published magnetometric factors (Chen, Brug &
    /// Goldfarb, IEEE Trans. Magn. 27, 3601 (1991)): L/D = 1 → 0.3116, L/D = 0.1 → 0.7967.
    @Test(arguments: [(1.0, 0.3116), (0.1, 0.7967)])
    func solidCylinder(lengthOverDiameter: Double, expected: Double) {
        let n = MagnetometricDemagnetization.tubeAxialFactor(innerRadiusM: 0, outerRadiusM: 0.01, lengthM: 0.02 * lengthOverDiameter)
        #expect(abs(n - expected) < 1e-4)
    }

    /// Limits: a thin disk tends to 1, a long rod to 4D/(3πL).
    @Test func limits() {
        let disk = MagnetometricDemagnetization.tubeAxialFactor(innerRadiusM: 0, outerRadiusM: 0.01, lengthM: 1e-5)
        #expect(disk > 0.995 && disk < 1)
        let rod = MagnetometricDemagnetization.tubeAxialFactor(innerRadiusM: 0, outerRadiusM: 0.5e-3, lengthM: 0.1)
        #expect(relativeError(rod, 4 * 1e-3 / (3 * Double.pi * 0.1)) < 0.01)
    }

    /// A thin-walled tube is further from a disk than the solid cylinder it fills: its
    /// end faces carry less charge, so N_z falls.
    @Test func tubeBelowSolidCylinder() {
        let solid = MagnetometricDemagnetization.tubeAxialFactor(innerRadiusM: 0, outerRadiusM: 0.01, lengthM: 0.01)
        let tube = MagnetometricDemagnetization.tubeAxialFactor(innerRadiusM: 0.009, outerRadiusM: 0.01, lengthM: 0.01)
        #expect(tube < solid)
        #expect(tube > 0)
    }

    /// Aharoni's prism: a cube has 1/3 on every axis, the three sum to one for any box,
    /// and a thin plate's normal factor tends to 1.
    @Test func prism() {
        let cube = MagnetometricDemagnetization.prismFactors(sidesM: Vector3(0.01, 0.01, 0.01))
        #expect(abs(cube.x - 1.0 / 3) < 1e-12 && abs(cube.z - 1.0 / 3) < 1e-12)
        for sides in [Vector3(0.02, 0.03, 0.005), Vector3(0.11, 0.014, 0.0013), Vector3(0.001, 0.05, 0.002)] {
            let n = MagnetometricDemagnetization.prismFactors(sidesM: sides)
            #expect(abs(n.x + n.y + n.z - 1) < 1e-10)
        }
        let plate = MagnetometricDemagnetization.prismFactors(sidesM: Vector3(0.05, 0.05, 1e-5))
        #expect(plate.z > 0.998)
    }

    /// A steel washer's static tensor is V χ/(1 + Nχ), so at high μr it is V/N.
    @Test func permeablePartStaticTensor() {
        let steel = Material(name: "steel", conductivitySPerM: 5e6, relativePermeability: 1e6)
        let part = PermeablePart(shape: .tube(innerRadiusM: 0, outerRadiusM: 0.01, lengthM: 0.002), material: steel)
        let n = part.demagnetizingFactors
        #expect(relativeError(part.staticTensor.zz, part.volumeM3 / n.z) < 1e-5)
        #expect(relativeError(part.staticTensor.xx, part.volumeM3 / n.x) < 1e-5)
    }
}
