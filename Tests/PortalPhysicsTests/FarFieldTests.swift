import PortalPhysics
import Testing

/// Far away every loop looks like a dipole of moment N I × (vector area), placed at the
/// area centroid, and the relative difference shrinks as (size/distance)².
@Suite struct FarFieldTests {
    static let coils: [(String, Coil)] = [
        ("circle", Coil(shape: .circle(radiusM: 0.3), turns: 5)),
        ("square", Coil(shape: .rectangle(widthM: 0.4, heightM: 0.4), turns: 2)),
        ("portal panel", Coil(shape: .rectangle(widthM: 0.5, heightM: 1.8), turns: 20)),
        // A triangle with its centroid at the origin, tilted in space.
        ("triangle", Coil(shape: .polygon(verticesM: [Vector3(-0.2, -0.1, 0), Vector3(0.3, -0.1, 0), Vector3(-0.1, 0.2, 0)]),
                          turns: 1, orientation: Rotation(yawRad: 0.4, pitchRad: 0.9, rollRad: 0.2))),
    ]

    @Test(arguments: coils.indices)
    func loopTendsToItsDipole(index: Int) {
        let (name, coil) = Self.coils[index]
        let moment = coil.dipoleMomentPerAmpere
        var worst100 = 0.0, worst200 = 0.0
        for direction in fibonacciDirections(40) {
            func error(_ factor: Double) -> Double {
                let p = coil.centerM + factor * coil.largestDimensionM * direction
                let dipole = DipoleField.field(momentAm2: moment, at: p, sourceM: coil.centerM)
                return (coil.fieldPerAmpere(at: p) - dipole).norm / dipole.norm
            }
            worst100 = Swift.max(worst100, error(100))
            worst200 = Swift.max(worst200, error(200))
        }
        #expect(worst100 < 1e-4, "\(name): \(worst100)")
        // (size/distance)²: doubling the distance divides the error by about four.
        #expect(worst100 / worst200 > 3.5 && worst100 / worst200 < 4.5, "\(name): \(worst100 / worst200)")
    }
}
