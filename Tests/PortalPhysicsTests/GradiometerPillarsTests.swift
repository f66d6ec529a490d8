@testable import PortalPhysics
import RealModule
import Testing

@Suite struct GradiometerPillarsTests {
    let pillars = GradiometerPillars.standard
    static let mu0Over4Pi = PhysicalConstants.mu0 / (4 * Double.pi)

    /// On the dipole's axis B = μ₀ 2m / (4πr³) along m; on its equator
    /// B = −μ₀ m / (4πr³), for any orientation and distance.
    @Test func dipoleFieldOnAxisAndEquator() {
        let source = Vector3(0.1, -0.3, 1.1)
        for (i, direction) in fibonacciDirections(10).enumerated() {
            let m = 0.015 * Double(i + 1) * direction
            // A unit vector perpendicular to the moment.
            let across = (direction.cross(abs(direction.x) < 0.9 ? .unitX : .unitY)).normalized ?? .unitZ
            for r in [0.05, 0.45, 2.0] {
                let onAxis = GradiometerPillars.dipoleFluxDensityT(momentAm2: m, sourceM: source, at: source + r * direction)
                #expect(relativeError(onAxis, (2 * Self.mu0Over4Pi / (r * r * r)) * m) < 1e-14)
                let behind = GradiometerPillars.dipoleFluxDensityT(momentAm2: m, sourceM: source, at: source - r * direction)
                #expect(relativeError(behind, onAxis) < 1e-14)
                let equator = GradiometerPillars.dipoleFluxDensityT(momentAm2: m, sourceM: source, at: source + r * across)
                #expect(relativeError(equator, (-Self.mu0Over4Pi / (r * r * r)) * m) < 1e-13)
            }
        }
        #expect(GradiometerPillars.dipoleFluxDensityT(momentAm2: .unitX, sourceM: source, at: source) == .zero)
    }

    /// The pass loop's dipole readings (B_x alone, summed in place) are the full vector
    /// field's read at both fluxgates, for moments and places all over the walkway, and
    /// two objects added in place read as their sum.
    @Test func dipoleReadingsAreTheFieldsAtTheFluxgates() {
        for (i, direction) in fibonacciDirections(12).enumerated() {
            let m = 0.01 * Double(i + 1) * direction
            let t = Double(i)
            let p = Vector3(0.3 * Double.sin(t), 0.8 * Double.cos(1.7 * t), 0.1 + 0.15 * t)
            var reference = [Double](repeating: .nan, count: pillars.sensorCount)
            reference.withUnsafeMutableBufferPointer { buffer in
                pillars.readings(fluxDensityT: { GradiometerPillars.dipoleFluxDensityT(momentAm2: m, sourceM: p, at: $0) },
                                 into: buffer)
            }
            let fast = pillars.readings(momentAm2: m, positionM: p)
            let largest = reference.map(abs).max() ?? 0
            #expect(largest > 0)
            let worst = zip(fast, reference).map { abs($0 - $1) }.max() ?? .infinity
            #expect(worst <= 1e-13 * largest)

            let other = Vector3(-0.002, 0.004, 0.001), q = Vector3(-0.1, -0.4, 0.9)
            var sum = fast
            sum.withUnsafeMutableBufferPointer { pillars.addReadings(momentAm2: other, positionM: q, to: $0) }
            let alone = pillars.readings(momentAm2: other, positionM: q)
            for k in sum.indices {
                let expected: Double = fast[k] + alone[k]
                let bound: Double = 1e-15 * (largest + abs(alone[k]))
                #expect(abs(sum[k] - expected) <= bound)
            }
        }
    }

    /// The readings computed four heights at a time are, to the bit, one height at a
    /// time's, whatever the number of heights (lanes and the remainder), and a source on
    /// a fluxgate reads that fluxgate as zero, not NaN.
    @Test(arguments: 1...9)
    func fourHeightsAtATimeAreOneAtATimeToTheBit(levels: Int) {
        let heights = (0..<levels).map { 0.1 + 0.23 * Double($0) }
        let pillars = GradiometerPillars(pillarXM: [-0.45, 0.4], sensorHeightsM: heights, baselineM: 0.1)
        let m = Vector3(0.004, -0.011, 0.007)
        for source in [Vector3(0.12, -0.3, 0.77), Vector3(-0.45, 0, heights[levels - 1])] {
            let fast = pillars.readings(momentAm2: m, positionM: source)
            for index in 0..<pillars.sensorCount {
                let (near, far) = pillars.fluxgatePositionsM(sensor: index)
                let r = (near - source, far - source)
                let expected = GradiometerPillars.dipoleBx(r.0.x, r.0.y, r.0.z, moment: m)
                    - GradiometerPillars.dipoleBx(r.1.x, r.1.y, r.1.z, moment: m)
                #expect(fast[index].bitPattern == expected.bitPattern, "sensor \(index) of \(pillars.sensorCount)")
            }
        }
    }

    /// A gradiometer subtracts two fluxgates that see the same uniform field: the
    /// Earth's field reads exactly zero, and adding it to an object's field changes
    /// nothing beyond rounding.
    @Test func uniformFieldReadsZero() {
        let earth = EarthField.northernEurope.fluxDensityT(walkingAzimuthRad: 0.7)
        var output = [Double](repeating: .nan, count: pillars.sensorCount)
        output.withUnsafeMutableBufferPointer { pillars.readings(fluxDensityT: { _ in earth }, into: $0) }
        #expect(output.allSatisfy { $0 == 0 })

        let m = Vector3(0.004, -0.01, 0.007), p = Vector3(0.05, 0.2, 1.0)
        let alone = pillars.readings(momentAm2: m, positionM: p)
        output.withUnsafeMutableBufferPointer { buffer in
            pillars.readings(fluxDensityT: { earth + GradiometerPillars.dipoleFluxDensityT(momentAm2: m, sourceM: p, at: $0) },
                             into: buffer)
        }
        let largest = alone.map(abs).max() ?? 0
        for (a, b) in zip(output, alone) { #expect(abs(a - b) < 1e-12 * earth.norm + 1e-9 * largest) }
        #expect(largest > 1e-9)
    }

    /// Mirroring the scene in the plane x = 0 swaps the pillars. The moment is a
    /// pseudovector, so it mirrors as (m_x, −m_y, −m_z); then each sensor of one pillar
    /// reads what its twin read before.
    @Test func mirrorSymmetryAcrossTheWalkway() {
        let levels = pillars.sensorHeightsM.count
        for (i, direction) in fibonacciDirections(8).enumerated() {
            let m = 0.01 * direction
            let p = Vector3(0.03 + 0.02 * Double(i % 3), -0.25 + 0.1 * Double(i), 0.3 + 0.2 * Double(i))
            let mirroredMoment = Vector3(m.x, -m.y, -m.z), mirroredPosition = Vector3(-p.x, p.y, p.z)
            let original = pillars.readings(momentAm2: m, positionM: p)
            let mirrored = pillars.readings(momentAm2: mirroredMoment, positionM: mirroredPosition)
            let scale = original.map(abs).max() ?? 0
            #expect(scale > 0)
            for k in 0..<levels {
                #expect(abs(mirrored[k] - original[levels + k]) <= 1e-12 * scale)
                #expect(abs(mirrored[levels + k] - original[k]) <= 1e-12 * scale)
            }
        }
    }

    /// A moment along x at sensor height on the centre line: each gradiometer reads the
    /// axial field at its near fluxgate minus that at its far one,
    /// μ₀ 2m/(4π) (1/x_near³ − 1/x_far³), and that is the peak of a straight walk.
    @Test func axialMomentOnTheCentreLine() {
        let m = 0.0152, height = pillars.sensorHeightsM[4]
        let near = 0.45, far = 0.55
        let expected = 2 * Self.mu0Over4Pi * m * (1 / (near * near * near) - 1 / (far * far * far))
        let readings = pillars.readings(momentAm2: Vector3(m, 0, 0), positionM: Vector3(0, 0, height))
        let levels = pillars.sensorHeightsM.count
        #expect(relativeError(readings[4], expected) < 1e-13)
        #expect(relativeError(readings[levels + 4], expected) < 1e-13)
        let peak = pillars.peakAbsoluteReadingT(momentAm2: Vector3(m, 0, 0), lateralOffsetM: 0, heightM: height,
                                                halfLengthM: 1.5, samples: 301)
        #expect(relativeError(peak, expected) < 1e-13)
        // About 15 nT for a 4.5 × 1 mm NdFeB disk: the order of the speaker magnets.
        #expect(peak > 14e-9 && peak < 16e-9)
    }

    /// With a short baseline the reading is the baseline times the field's gradient;
    /// on a dipole's axis ∂B_x/∂x = −3 · μ₀ 2m/(4π x⁴), so the signal falls as 1/x⁴.
    @Test func shortBaselineReadsTheGradient() {
        let m = 0.01, x = 0.45
        for baseline in [1e-3, 1e-4] {
            let g = GradiometerPillars(pillarXM: [x], sensorHeightsM: [1.0], baselineM: baseline)
            let reading = g.readings(momentAm2: Vector3(m, 0, 0), positionM: Vector3(0, 0, 1.0))[0]
            let expected = baseline * 3 * 2 * Self.mu0Over4Pi * m / pow(x, 4)
            #expect(relativeError(reading, expected) < 2.5 * baseline / x)
        }
    }

    @Test func layoutOfTheStandardPillars() {
        #expect(pillars.sensorCount == 16)
        #expect(pillars.sensorHeightsM.first == 0.10 && pillars.sensorHeightsM.last == 1.85)
        let (leftNear, leftFar) = pillars.fluxgatePositionsM(sensor: 0)
        #expect(leftNear == Vector3(-0.45, 0, 0.10))
        #expect(relativeError(leftFar, Vector3(-0.55, 0, 0.10)) < 1e-15)
        let (rightNear, rightFar) = pillars.fluxgatePositionsM(sensor: 15)
        #expect(rightNear == Vector3(0.45, 0, 1.85))
        #expect(relativeError(rightFar, Vector3(0.55, 0, 1.85)) < 1e-15)
    }

    /// m = N⁰ H for a permeable sphere, N⁰ = 4πa³(μr−1)/(μr+2), H = B/μ₀; taken from
    /// the library's sphere primitive, and a magnet's remanent moment adds to it.
    @Test func inducedMomentOfAPermeableSphere() throws {
        let a = 0.01, mur = 200.0
        let steel = Material(name: "steel", conductivitySPerM: 5e6, relativePermeability: mur)
        let spectrum = try Primitive.sphere(radiusM: a).relaxationSpectrum(material: steel)
        let earth = EarthField.northernEurope.fluxDensityT(walkingAzimuthRad: 1.2)
        let h = earth / PhysicalConstants.mu0
        let expected = (4 * Double.pi * a * a * a * (mur - 1) / (mur + 2)) * h
        let induced = GradiometerPillars.staticMomentAm2(staticPart: spectrum.staticPart, remanentMomentAm2: .zero,
                                                         earthFieldT: earth)
        #expect(relativeError(induced, expected) < 1e-14)
        // 1 cm of steel in 49 µT: about 5e-4 A·m².
        #expect(induced.norm > 4.5e-4 && induced.norm < 5.0e-4)

        let magnet = PermanentMagnet(radiusM: 2.25e-3, thicknessM: 1e-3, remanenceT: 1.2, material: steel)
        let total = GradiometerPillars.staticMomentAm2(staticPart: spectrum.staticPart,
                                                       remanentMomentAm2: magnet.remanentMomentAm2, earthFieldT: earth)
        #expect(relativeError(total, expected + magnet.remanentMomentAm2) < 1e-14)
        // A non-magnetic object in no field has no moment.
        #expect(GradiometerPillars.staticMomentAm2(staticPart: .zero, remanentMomentAm2: .zero, earthFieldT: earth) == .zero)
    }
    /// The suggested defaults against the physics they rest on: a 4.5 × 1 mm NdFeB
    /// speaker magnet on the centre line, in any orientation, at a sensor's height or
    /// half-way between two, clears the threshold by half again; a steel key of
    /// 50 × 20 × 2 mm (an ellipsoid, μr 100) magnetised by the Earth's field stays
    /// under a fifth of it; and noise alone is at least 6σ below it.
    @Test func standardThresholdSeparatesASpeakerMagnetFromASteelKey() throws {
        let threshold = GradiometerPillars.standardAlarmThresholdT
        #expect(threshold >= 6 * GradiometerPillars.standardNoiseRmsT)
        let magnet = PermanentMagnet(radiusM: 2.25e-3, thicknessM: 1e-3, remanenceT: 1.2,
                                     material: Material(name: "NdFeB", conductivitySPerM: 6.7e5, relativePermeability: 1.05))
        let moment = magnet.remanentMomentAm2.norm
        #expect(relativeError(moment, 1.2 * Double.pi * 2.25e-3 * 2.25e-3 * 1e-3 / PhysicalConstants.mu0) < 1e-14)
        var weakest = Double.infinity
        for direction in fibonacciDirections(120) {
            for height in [1.10, 0.975] {
                weakest = min(weakest, pillars.peakAbsoluteReadingT(momentAm2: moment * direction, lateralOffsetM: 0,
                                                                    heightM: height, halfLengthM: 1.5, samples: 151))
            }
        }
        #expect(weakest > 1.5 * threshold)
        #expect(weakest < 6.5e-9)   // the weakest orientation: about 5.6 nT

        let steel = Material(name: "steel", conductivitySPerM: 6e6, relativePermeability: 100)
        // The library's cylinder key: a 30 × 6 mm blade and a 18 × 20 mm bow, 1.8 mm thick.
        let key = try Primitive.plate(lengthM: 0.030, widthM: 0.006, thicknessM: 0.0018).relaxationSpectrum(material: steel).staticPart
            + Primitive.plate(lengthM: 0.018, widthM: 0.020, thicknessM: 0.0018).relaxationSpectrum(material: steel).staticPart
        #expect(key.eigenvalues.last ?? 0 > 1e-5 && key.eigenvalues.last ?? 0 < 2e-5)
        var loudest = 0.0
        for rotation in sampleRotations() + [.identity, Rotation(axis: .unitY, angleRad: Double.pi / 2)] {
            for azimuth in [0.0, 1.0, 2.5] {
                let m = GradiometerPillars.staticMomentAm2(
                    staticPart: key.rotated(by: rotation), remanentMomentAm2: .zero,
                    earthFieldT: EarthField.northernEurope.fluxDensityT(walkingAzimuthRad: azimuth))
                loudest = max(loudest, pillars.peakAbsoluteReadingT(momentAm2: m, lateralOffsetM: 0, heightM: 0.975,
                                                                    halfLengthM: 1.5, samples: 151))
            }
        }
        #expect(loudest < threshold / 5)
        #expect(loudest > 0.01e-9)
    }
}
