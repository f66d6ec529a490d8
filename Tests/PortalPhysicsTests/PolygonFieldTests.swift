import PortalPhysics
import Testing

@Suite struct PolygonFieldTests {
    @Test(arguments: [0.1, 0.5, 1.3])
    func squareCentreFieldIsTwoRootTwoOverPiS(side: Double) {
        let coil = Coil(shape: .rectangle(widthM: side, heightM: side), turns: 3)
        let h = coil.fieldPerAmpere(at: .zero)
        #expect(relativeError(h.z, 3 * 2 * 2.0.squareRoot() / (Double.pi * side)) < 1e-14)
        #expect(abs(h.x) < 1e-15 && abs(h.y) < 1e-15)
    }

    /// On the axis of a square: H = s² / (2π (z² + s²/4) √(z² + s²/2)).
    @Test(arguments: [0.01, 0.3, 2.0, 40.0])
    func squareOnAxisFieldMatchesClosedForm(z: Double) {
        let s = 0.4
        let coil = Coil(shape: .rectangle(widthM: s, heightM: s))
        let expected = s * s / (2 * Double.pi * (z * z + s * s / 4) * (z * z + s * s / 2).squareRoot())
        #expect(relativeError(coil.fieldPerAmpere(at: Vector3(0, 0, z)).z, expected) < 1e-13)
    }

    /// A single long straight side: at the middle of a segment of length L and distance
    /// d, H = L / (2π d √(L² + 4d²)).
    @Test func finiteSegmentMatchesClosedForm() {
        let length = 2.0, d = 0.05
        let h = StraightSegmentField.fieldPerAmpere(from: Vector3(0, -1, 0), to: Vector3(0, 1, 0),
                                                    at: Vector3(d, 0, 0), wireRadiusM: 1e-3)
        let expected = length / (2 * Double.pi * d * (length * length + 4 * d * d).squareRoot())
        // Current along +y, point at +x: field along y × x = −z.
        #expect(relativeError(h, Vector3(0, 0, -expected)) < 1e-14)
    }

    /// Beyond a segment's end, on its line, the field vanishes exactly; just off the
    /// line it is small and finite (the formula that avoids cancellation).
    @Test func fieldOnTheExtensionOfASegment() {
        let a = Vector3(0, 0, 0), b = Vector3(0, 0, 1)
        #expect(StraightSegmentField.fieldPerAmpere(from: a, to: b, at: Vector3(0, 0, 3), wireRadiusM: 1e-3) == .zero)
        #expect(StraightSegmentField.fieldPerAmpere(from: a, to: b, at: Vector3(0, 0, -3), wireRadiusM: 1e-3) == .zero)
        // Far off the end and slightly off-axis: compare with sinθ₂ − sinθ₁ in long double-free
        // form evaluated at a moderate point where it is well conditioned.
        let p = Vector3(1e-3, 0, 1e3)
        let h = StraightSegmentField.fieldPerAmpere(from: a, to: b, at: p, wireRadiusM: 1e-6)
        // Small-angle form: (sin θ₂ − sin θ₁)/d ≈ d L (ℓ₁+ℓ₂) / (2 ℓ₁² ℓ₂²) for d ≪ ℓ.
        let l1 = 999.0, l2 = 1000.0, d = 1e-3
        let expected = d * (l1 + l2) / (2 * l1 * l1 * l2 * l2) / (4 * Double.pi)
        #expect(relativeError(h.norm, expected) < 1e-5)
    }

    @Test func fieldAtAVertexAndOnAnEdgeIsFinite() {
        let coil = Coil(shape: .rectangle(widthM: 0.5, heightM: 1.8), turns: 10)
        for p in coil.worldVerticesM + [Vector3(0.25, 0, 0), Vector3(0, 0.9, 0), Vector3(0.25, 0.3, 1e-9)] {
            #expect(coil.fieldPerAmpere(at: p).isFinite)
        }
    }

    @Test func edgeCrossingIsContinuous() {
        let coil = Coil(shape: .rectangle(widthM: 0.5, heightM: 1.8))
        var previous = coil.fieldPerAmpere(at: Vector3(0.25 - 5e-3, 0.1, 0))
        var largest = 0.0, largestStep = 0.0
        for i in 1...1000 {
            let h = coil.fieldPerAmpere(at: Vector3(0.25 - 5e-3 + Double(i) * 1e-5, 0.1, 0))
            largest = Swift.max(largest, h.norm)
            largestStep = Swift.max(largestStep, (h - previous).norm)
            previous = h
        }
        #expect(largestStep < 0.03 * largest)
        #expect(relativeError(largest, 1 / (2 * Double.pi * coil.wireRadiusM)) < 0.1)
    }

    /// Rotating and moving a coil moves its field with it.
    @Test func placedCoilFieldIsTheRotatedField() {
        let rotation = Rotation(yawRad: 0.3, pitchRad: 1.1, rollRad: -0.7)
        let centre = Vector3(0.4, -0.2, 1.1)
        for shape in [Coil.Shape.rectangle(widthM: 0.5, heightM: 0.3), .circle(radiusM: 0.2)] {
            let local = Coil(shape: shape, turns: 7)
            let placed = Coil(shape: shape, turns: 7, centerM: centre, orientation: rotation)
            for p in [Vector3(0.1, 0.05, 0.02), Vector3(-0.3, 0.2, 0.4), Vector3(0, 0, 0.01)] {
                let expected = rotation.apply(local.fieldPerAmpere(at: p))
                #expect(relativeError(placed.fieldPerAmpere(at: centre + rotation.apply(p)), expected) < 1e-12)
            }
        }
    }
}

/// Issue #10 item 23: the thick-wire value applies inside a segment's wire only, not
/// within its radius of the line's extension past an end.
@Suite struct PolygonFieldPastTheEndsTests {
    /// cw-single-zone's transmitter: 50 cm × 1.9 m, 30 turns, in the plane x = −0.43 m.
    let transmitter = Coil(shape: .rectangle(widthM: 0.5, heightM: 1.9), turns: 30, centerM: Vector3(-0.43, 0, 1),
                           orientation: Rotation(uncheckedColumns: .unitY, .unitZ, .unitX))

    func filamentField(_ coil: Coil, at point: Vector3) -> Vector3 {
        let v = coil.worldVerticesM
        var h = Vector3.zero
        for i in v.indices { h += BiotSavartReference.filament(from: v[i], to: v[(i + 1) % v.count], at: point) }
        return coil.turns * h
    }

    /// 1.14 mm beyond the corner (−0.43, 0.25, 0.05): within 1 mm of two sides' lines
    /// but past both their ends. The thick-wire value was 7.9 % off.
    @Test func pastACornerTheFieldIsTheFilaments() {
        let point = Vector3(-0.4293, 0.2504, 0.0492)
        let expected = filamentField(transmitter, at: point)
        #expect(relativeError(expected, Vector3(-1524.3, 760.1, -958.0)) < 1e-4, "\(expected)")
        #expect(relativeError(transmitter.fieldPerAmpere(at: point), expected) < 1e-3, "\(transmitter.fieldPerAmpere(at: point))")
    }

    /// Past an end, 0.5 mm from the line's extension, a single segment's field is the
    /// filament's; over the segment, 0.5 mm from its axis, the thick wire's (half the
    /// surface field of a long wire: 1/(2π r_w) · ½ here, 1 m from either end).
    @Test func onlyTheSegmentItselfHasAThickWire() {
        let a = Vector3(0, 0, 0), b = Vector3(0, 0, 2)
        let past = Vector3(5e-4, 0, 2.0003)
        let h = StraightSegmentField.fieldPerAmpere(from: a, to: b, at: past, wireRadiusM: 1e-3)
        #expect(relativeError(h, BiotSavartReference.filament(from: a, to: b, at: past)) < 1e-12)
        let inside = StraightSegmentField.fieldPerAmpere(from: a, to: b, at: Vector3(5e-4, 0, 1), wireRadiusM: 1e-3)
        #expect(relativeError(inside.y, 0.5 / (2 * Double.pi * 1e-3)) < 1e-6)
    }
}
