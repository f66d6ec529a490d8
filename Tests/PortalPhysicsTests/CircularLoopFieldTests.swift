import PortalPhysics
import Testing

@Suite struct CircularLoopFieldTests {
    let radius = 0.25
    var loop: Coil { Coil(shape: .circle(radiusM: radius), turns: 1) }

    @Test func centreFieldIsOneOverTwoA() {
        let h = loop.fieldPerAmpere(at: .zero)
        #expect(relativeError(h.z, 1 / (2 * radius)) < 1e-14)
        #expect(abs(h.x) + abs(h.y) == 0)
    }

    @Test(arguments: [1e-6, 0.01, 0.1, 0.25, 1.0, 10.0, 250.0])
    func onAxisFieldMatchesClosedForm(z: Double) {
        let expected = radius * radius / (2 * pow(radius * radius + z * z, 1.5))
        for sign in [1.0, -1.0] {
            let h = loop.fieldPerAmpere(at: Vector3(0, 0, sign * z))
            #expect(relativeError(h.z, expected) < 1e-13)
            #expect(h.x == 0 && h.y == 0)
        }
    }

    /// Near the axis H_ρ → −(ρ/2) ∂H_z/∂z = 3a²zρ / (4(a²+z²)^{5/2}): the cancellation
    /// the series avoids. The relative error must stay small all the way down.
    @Test(arguments: [1e-12, 1e-9, 1e-7])
    func radialComponentNearAxisIsLinearInRho(rho: Double) {
        let z = 0.1
        let h = CircularLoopField.fieldPerAmpere(radiusM: radius, rho: rho, z: z, wireRadiusM: 1e-3)
        let expected = 3 * radius * radius * z * rho / (4 * pow(radius * radius + z * z, 2.5))
        #expect(relativeError(h.rho, expected) < 1e-9)
    }

    /// The series and the closed form meet at m = 0.1 without a step.
    @Test func seriesAndClosedFormAgreeAtTheSwitch() {
        // m = 4aρ/((a+ρ)²+z²) = 0.1 on z = 0 at ρ solving 0.1(a+ρ)² = 4aρ.
        let a = radius
        let rho = a * (19 - (360.0).squareRoot())  // the small root of ρ² − 38aρ + a² = 0
        let below = CircularLoopField.fieldPerAmpere(radiusM: a, rho: rho * (1 - 1e-9), z: 0, wireRadiusM: 1e-3)
        let above = CircularLoopField.fieldPerAmpere(radiusM: a, rho: rho * (1 + 1e-9), z: 0, wireRadiusM: 1e-3)
        #expect(relativeError(below.z, above.z) < 1e-8)
        // Off the plane, at z = 0.05: ρ² − 38aρ + a² + z² = 0.
        let z = 0.05
        let rhoOff = 19 * a - (360 * a * a - z * z).squareRoot()
        let belowOff = CircularLoopField.fieldPerAmpere(radiusM: a, rho: rhoOff * (1 - 1e-9), z: z, wireRadiusM: 1e-3)
        let aboveOff = CircularLoopField.fieldPerAmpere(radiusM: a, rho: rhoOff * (1 + 1e-9), z: z, wireRadiusM: 1e-3)
        #expect(relativeError(belowOff.rho, aboveOff.rho) < 1e-8)
        #expect(relativeError(belowOff.z, aboveOff.z) < 1e-8)
    }

    @Test func fieldOnTheWireIsFiniteAndContinuous() {
        let wire = loop.wireRadiusM
        // Exactly on the filament, and across it.
        #expect(loop.fieldPerAmpere(at: Vector3(radius, 0, 0)) == .zero)
        var previous = loop.fieldPerAmpere(at: Vector3(radius - 5 * wire, 0, 0))
        var largest = 0.0
        var steps: [Double] = []
        for i in 1...1000 {
            let x = radius - 5 * wire + Double(i) * 1e-5
            let h = loop.fieldPerAmpere(at: Vector3(x, 0, 1e-5))
            #expect(h.isFinite)
            largest = Swift.max(largest, h.norm)
            steps.append((h - previous).norm)
            previous = h
        }
        // With 1e-5 m steps inside a 1 mm wire the field may change by about 1% of its
        // peak per step; a singular field would jump far more.
        #expect(steps.max()! < 0.03 * largest)
        // The peak sits at the wire's surface, where the thin-wire field is ≈ 1/(2π r_w).
        #expect(largest > 0.8 / (2 * Double.pi * wire) && largest < 1.3 / (2 * Double.pi * wire))
    }
}
