import PortalPhysics
import RealModule
import Testing

@Suite struct EarthFieldTests {
    let earth = EarthField.northernEurope

    /// Whatever the walking direction, |B| is the total intensity and B dips below the
    /// horizontal by the inclination.
    @Test(arguments: [0.0, 0.5, Double.pi / 2, 2.0, Double.pi, 4.5])
    func intensityAndInclinationDoNotDependOnTheWalkingDirection(azimuthRad: Double) {
        let b = earth.fluxDensityT(walkingAzimuthRad: azimuthRad)
        #expect(relativeError(b.norm, 49e-6) < 1e-15)
        let horizontal = (b.x * b.x + b.y * b.y).squareRoot()
        #expect(abs(Double.atan2(y: -b.z, x: horizontal) - 65 * Double.pi / 180) < 1e-14)
        #expect(relativeError(earth.fieldAPerM(walkingAzimuthRad: azimuthRad), b / PhysicalConstants.mu0) < 1e-15)
    }

    /// Walking north the horizontal field points ahead (+y); walking east, magnetic
    /// north is on the walker's left (−x); walking south it points back.
    @Test func horizontalFieldFollowsTheWalkingDirection() {
        let h = earth.horizontalT
        #expect(relativeError(earth.fluxDensityT(walkingAzimuthRad: 0), Vector3(0, h, -earth.verticalDownT)) < 1e-15)
        let east = earth.fluxDensityT(walkingAzimuthRad: Double.pi / 2)
        #expect(relativeError(east.x, -h) < 1e-15 && abs(east.y) < 1e-15 * h)
        let south = earth.fluxDensityT(walkingAzimuthRad: Double.pi)
        #expect(relativeError(south.y, -h) < 1e-15 && abs(south.x) < 1e-15 * h)
        // 49 µT is 39 A/m.
        #expect(abs(earth.fieldAPerM(walkingAzimuthRad: 0).norm - 38.99) < 0.01)
        #expect(earth.verticalDownT > 2 * h)
    }
}
