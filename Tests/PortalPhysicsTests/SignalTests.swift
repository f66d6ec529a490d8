import ComplexModule
import PortalPhysics
import RealModule
import Testing

@Suite struct SignalTests {
    static let copper = Material(name: "copper", conductivitySPerM: 5.8e7)

    /// A small two-zone portal with mixed coil shapes, enough to exercise every path.
    static func portal() -> Portal {
        let left = Rotation(zAxisAlong: Vector3(1, 0, 0))
        let tx = CoilSet(name: "tx", coils: [
            WeightedCoil(Coil(shape: .rectangle(widthM: 1.8, heightM: 0.5), turns: 20, centerM: Vector3(-0.43, 0, 1), orientation: left)),
        ])
        let zone1 = CoilSet(name: "low", coils: [
            WeightedCoil(Coil(shape: .circle(radiusM: 0.25), turns: 40, centerM: Vector3(0.43, 0, 0.5), orientation: left)),
        ])
        let zone2 = CoilSet(name: "high", coils: [
            WeightedCoil(Coil(shape: .rectangle(widthM: 0.4, heightM: 0.5), turns: 40, centerM: Vector3(0.43, 0, 1.4), orientation: left)),
            WeightedCoil(Coil(shape: .rectangle(widthM: 0.4, heightM: 0.5), turns: 40, centerM: Vector3(-0.43, 0, 1.4), orientation: left), weight: -1),
        ])
        return Portal(name: "test", aperture: Aperture(widthM: 0.76, heightM: 2, panelDepthM: 0.55),
                      transmitter: tx, zones: [zone1, zone2], transmitterCurrentA: 0.5,
                      detector: .continuousWave(frequenciesHz: [5000]))
    }

    /// Reciprocity: the transmitter and a receive zone may trade places.
    @Test func swappingTransmitAndReceiveGivesTheSameSignal() throws {
        let portal = Self.portal()
        let object = try Primitive.ellipsoid(semiAxesM: Vector3(0.02, 0.01, 0.003)).relaxationSpectrum(material: Self.copper)
        let walk = StraightWalk(lateralOffsetM: 0.07, heightM: 1.2, sampleRateHz: 50,
                                attitude: Rotation(yawRad: 0.3, pitchRad: 0.8, rollRad: -0.5))
        for zone in portal.zones.indices {
            let swapped = portal.swappingRoles(ofZone: zone)
            let a = portal.continuousWaveSignals(of: object, along: walk.poses, frequenciesHz: [5000])[0][zone]
            let b = swapped.continuousWaveSignals(of: object, along: walk.poses, frequenciesHz: [5000])[0][zone]
            for (x, y) in zip(a, b) { #expect(relativeError(x, y) < 1e-13) }
        }
    }

    /// Reciprocity, independently: the flux the object's dipole sends through a receive
    /// coil, ∮ A·dl with A the dipole's vector potential, equals μ₀ h_r · m.
    @Test func fluxThroughReceiveCoilEqualsMuZeroHDotM() {
        let coil = Coil(shape: .rectangle(widthM: 0.5, heightM: 0.3), turns: 1, centerM: Vector3(0.43, 0, 1.0),
                        orientation: Rotation(zAxisAlong: Vector3(1, 0, 0)))
        let source = Vector3(0.05, 0.1, 1.1)
        let moment = Vector3(0.3, -0.2, 0.9)
        var flux = 0.0
        let v = coil.worldVerticesM
        for i in v.indices {
            let a = v[i], b = v[(i + 1) % v.count]
            // 64-point composite Simpson rule is plenty for a smooth integrand.
            let n = 2000
            var sum = 0.0
            for k in 0...n {
                let w = (k == 0 || k == n) ? 1.0 : (k % 2 == 1 ? 4.0 : 2.0)
                let p = a + (Double(k) / Double(n)) * (b - a)
                sum += w * DipoleField.vectorPotential(momentAm2: moment, at: p, sourceM: source).dot(b - a)
            }
            flux += sum / (3 * Double(n))
        }
        let reciprocal = PhysicalConstants.mu0 * coil.fieldPerAmpere(at: source).dot(moment)
        #expect(relativeError(flux, reciprocal) < 1e-10)
    }

    /// A small sphere at the centre of a coaxial transmit/receive pair: the signal in
    /// closed form, ΔV = iωμ₀ I M h_T h_R with the on-axis loop fields.
    @Test func sphereBetweenCoaxialLoops() {
        let a = 0.3, gap = 0.8, turnsT = 10.0, turnsR = 30.0, current = 0.7
        let axis = Rotation(zAxisAlong: Vector3(1, 0, 0))
        let tx = CoilSet(name: "tx", coils: [WeightedCoil(Coil(shape: .circle(radiusM: a), turns: turnsT, centerM: Vector3(-gap / 2, 0, 1), orientation: axis))])
        let rx = CoilSet(name: "rx", coils: [WeightedCoil(Coil(shape: .circle(radiusM: a), turns: turnsR, centerM: Vector3(gap / 2, 0, 1), orientation: axis))])
        let portal = Portal(name: "pair", aperture: Aperture(widthM: gap, heightM: 2, panelDepthM: 0.5),
                            transmitter: tx, zones: [rx], transmitterCurrentA: current, detector: .continuousWave(frequenciesHz: [1000]))
        let sphere = Sphere(radiusM: 0.01, material: Self.copper)
        let f = 3000.0, omega = 2 * Double.pi * f
        let signal = portal.continuousWaveSignals(of: sphere.relaxationSpectrum(), along: [Pose(positionM: Vector3(0, 0, 1))],
                                                  frequenciesHz: [f])[0][0][0]
        let onAxis = a * a / (2 * pow(a * a + gap * gap / 4, 1.5))
        let m = sphere.exactScalar(angularFrequencyRadPerS: omega)
        let expected = Complex(0, omega * PhysicalConstants.mu0 * current) * m * Complex(turnsT * onAxis * turnsR * onAxis)
        #expect(relativeError(signal, expected) < 1e-9)
        // Pulse induction: the gated flux change μ₀ I G h_T h_R.
        let gate = PulseGate(startS: 20e-6, endS: 120e-6)
        let gated = portal.gatedSignals(of: sphere.relaxationSpectrum(), along: [Pose(positionM: Vector3(0, 0, 1))], gate: gate)[0][0]
        let g = sphere.relaxationSpectrum().gateResponse(gate).xx
        #expect(relativeError(gated, PhysicalConstants.mu0 * current * g * turnsT * turnsR * onAxis * onAxis) < 1e-12)
        #expect(gated > 0)
    }

    @Test func signalsHaveOneSamplePerPose() throws {
        let portal = Self.portal()
        let walk = StraightWalk(speedMPerS: 1.2, heightM: 0.9, halfLengthM: 0.6, sampleRateHz: 200)
        #expect(walk.sampleCount == 201)
        let s = portal.continuousWaveSignals(of: try Primitive.sphere(radiusM: 0.01).relaxationSpectrum(material: Self.copper),
                                             along: walk.poses, frequenciesHz: [1000, 5000, 20000])
        #expect(s.count == 3 && s[0].count == 2 && s[2][1].count == 201)
        #expect(s.allSatisfy { $0.allSatisfy { $0.allSatisfy { $0.real.isFinite && $0.imaginary.isFinite } } })
    }

    /// Finite everywhere on a grid through the aperture that includes the coil planes
    /// and the wires themselves.
    @Test func fieldsAreFiniteThroughTheAperture() {
        let portal = Self.portal()
        var count = 0
        for ix in 0...24 {
            let x = -0.48 + 0.04 * Double(ix)          // includes ±0.44, near the coil planes
            for iy in 0...22 {
                let y = -0.55 + 0.05 * Double(iy)      // includes ±0.25, the coil edges
                for iz in 0...42 {
                    let z = 0.05 * Double(iz)
                    for p in [Vector3(x, y, z), Vector3(0.43, y, z), Vector3(-0.43, y, z)] {
                        for s in portal.sensitivities(at: p) { #expect(s.isFinite); count += 1 }
                    }
                }
            }
        }
        #expect(count == 25 * 23 * 43 * 3 * 2)
    }
}
