import Foundation
import PortalPhysics
import Testing

/// Distances to coil wires, against distances worked out by hand: what the engine's
/// dipole-approximation check compares an object's size with.
@Suite struct WireDistanceTests {
    /// A side along y from (0, −1, 0) to (0, 1, 0).
    let start = Vector3(0, -1, 0), end = Vector3(0, 1, 0)

    @Test func aboveASegmentsInteriorTheDistanceIsThePerpendicular() {
        // Foot of the perpendicular at (0, 0.2, 0): √(0.3² + 0.4²) = 0.5.
        #expect(abs(WireDistance.toSegmentM(from: Vector3(0.3, 0.2, 0.4), start: start, end: end) - 0.5) < 1e-15)
    }

    @Test func beyondASegmentsEndTheDistanceIsToTheEnd() {
        // On the extension: 3 − 1 = 2; off it, beyond the end: √(0.3² + 0.4²) from (0, 1, 0).
        #expect(abs(WireDistance.toSegmentM(from: Vector3(0, 3, 0), start: start, end: end) - 2) < 1e-15)
        #expect(abs(WireDistance.toSegmentM(from: Vector3(0.3, 1.4, 0), start: start, end: end) - 0.5) < 1e-15)
        #expect(abs(WireDistance.toSegmentM(from: Vector3(0, -1.4, -0.3), start: start, end: end) - 0.5) < 1e-15)
    }

    @Test func aZeroLengthSegmentIsAPoint() {
        #expect(abs(WireDistance.toSegmentM(from: Vector3(0.3, 0.4, 0), start: .zero, end: .zero) - 0.5) < 1e-15)
    }

    /// A 1 m square about the origin in the xy-plane: the centre is half a side from
    /// every side; above the centre, √(0.5² + 1.2²) = 1.3; outside a corner, the corner.
    @Test func aSquareCoilsNearestSide() {
        let square = Coil(shape: .rectangle(widthM: 1, heightM: 1), turns: 30)
        #expect(abs(square.distanceToWireM(from: .zero) - 0.5) < 1e-15)
        #expect(abs(square.distanceToWireM(from: Vector3(0, 0, 1.2)) - 1.3) < 1e-15)
        #expect(abs(square.distanceToWireM(from: Vector3(0.8, 0.9, 0)) - 0.5) < 1e-15)
        #expect(abs(square.distanceToWireM(from: Vector3(0.1, 0.45, 0)) - 0.05) < 1e-15)
    }

    /// A circle of radius 0.3: on its axis at height 0.4, √(0.3² + 0.4²) = 0.5; in its
    /// plane, |ρ − a|.
    @Test func aCircleOnItsAxisAndInItsPlane() {
        let circle = Coil(shape: .circle(radiusM: 0.3))
        #expect(abs(circle.distanceToWireM(from: Vector3(0, 0, 0.4)) - 0.5) < 1e-15)
        #expect(abs(circle.distanceToWireM(from: Vector3(0, 0, -0.4)) - 0.5) < 1e-15)
        #expect(abs(circle.distanceToWireM(from: Vector3(0.1, 0, 0)) - 0.2) < 1e-15)
        #expect(abs(circle.distanceToWireM(from: Vector3(0, -1, 0)) - 0.7) < 1e-15)
        #expect(abs(circle.distanceToWireM(from: .zero) - 0.3) < 1e-15)
        // ρ = 0.6 (at 45°), h = 0.4: √(0.3² + 0.4²).
        let r = 0.6 / 2.0.squareRoot()
        #expect(abs(circle.distanceToWireM(from: Vector3(r, r, 0.4)) - 0.5) < 1e-15)
    }

    /// The same circle standing in a panel (normal along x, centre at (0.43, 0, 1)): the
    /// distance is taken in the circle's own frame.
    @Test func aPlacedCircleIsMeasuredInItsOwnFrame() {
        let circle = Coil(shape: .circle(radiusM: 0.3), centerM: Vector3(0.43, 0, 1), orientation: Rotation(zAxisAlong: .unitX))
        #expect(abs(circle.distanceToWireM(from: Vector3(0.03, 0, 1)) - 0.5) < 1e-14)      // on the axis, 0.4 off the plane
        #expect(abs(circle.distanceToWireM(from: Vector3(0.43, 0, 1.6)) - 0.3) < 1e-14)    // in the plane, ρ = 0.6
        #expect(abs(circle.distanceToWireM(from: Vector3(0.43, 0.1, 1)) - 0.2) < 1e-14)    // in the plane, ρ = 0.1
    }

    /// The closed form against a brute-force minimum over 20 000 points of the wire: it
    /// is the exact distance, not an estimate.
    @Test func theCircleFormulaIsTheTrueMinimum() {
        let a = 0.25
        let circle = Coil(shape: .circle(radiusM: a), centerM: Vector3(0.1, -0.2, 0.9),
                          orientation: Rotation(yawRad: 0.4, pitchRad: 1.1, rollRad: -0.3))
        let wire = (0..<20_000).map { k -> Vector3 in
            let phi = 2 * Double.pi * Double(k) / 20_000
            return circle.centerM + circle.orientation.apply(Vector3(a * cos(phi), a * sin(phi), 0))
        }
        for point in [Vector3(0.3, 0.1, 1.2), Vector3(-0.2, -0.3, 0.5), Vector3(0.1, -0.2, 0.9), Vector3(0.05, -0.15, 1.3)] {
            let brute = wire.map { ($0 - point).norm }.min() ?? .infinity
            // The polygon's points lie on the circle: the brute force is above the truth
            // by at most (a Δφ)² / (2 d), a few times 10⁻⁹ m here.
            let exact = circle.distanceToWireM(from: point)
            #expect(exact <= brute + 1e-15)
            #expect(brute - exact < 1e-7)
        }
    }

    /// Two coils in a set, and a portal of a transmitter and two zones: the nearest wire
    /// of any coil, whatever its weight.
    @Test func theNearestWireOfASetAndOfAPortal() {
        let near = Coil(shape: .rectangle(widthM: 1, heightM: 1), centerM: Vector3(0, 0, 0.2))
        let far = Coil(shape: .circle(radiusM: 0.3), centerM: Vector3(0, 0, 2))
        let set = CoilSet(name: "gradiometer", coils: [WeightedCoil(far, weight: -1), WeightedCoil(near)])
        // From the origin: the square's sides are √(0.5² + 0.2²) away, the circle √(0.3² + 2²).
        #expect(abs(set.distanceToWireM(from: .zero) - (0.29).squareRoot()) < 1e-15)
        #expect(abs(set.distanceToWireM(from: Vector3(0, 0, 1.9)) - (0.3 * 0.3 + 0.1 * 0.1).squareRoot()) < 1e-15)
        #expect(CoilSet(name: "none", coils: []).distanceToWireM(from: .zero) == .infinity)

        let portal = Self.portal()
        // From the middle of the opening at 0.6 m: the coils' vertical sides at
        // x = ±0.43, y = ±0.25 (the nearest sides seen face-on).
        #expect(abs(portal.distanceToNearestWireM(from: Vector3(0, 0, 0.6)) - (0.43 * 0.43 + 0.25 * 0.25).squareRoot()) < 1e-15)
        // At 1 m: the side the two zones share runs along y at x = 0.43.
        #expect(abs(portal.distanceToNearestWireM(from: Vector3(0, 0, 1)) - 0.43) < 1e-15)
        // Level with the side the two zones share, 5 cm from the panel: 5 cm.
        #expect(abs(portal.distanceToNearestWireM(from: Vector3(0.38, 0, 1)) - 0.05) < 1e-14)
        // Near the left panel: the transmitter's side.
        #expect(abs(portal.distanceToNearestWireM(from: Vector3(-0.33, 0.25, 1.5)) - 0.1) < 1e-14)
    }

    /// The precomputed wires give the same distances as the coils, at points all over
    /// and around the opening, circles included.
    @Test func precomputedWiresAgreeWithTheCoils() {
        let portal = Self.portal(withCircle: true)
        let wires = PortalWires(portal: portal)
        for i in 0..<2000 {
            let t = Double(i)
            let p = Vector3(0.6 * sin(t * 0.87), 1.2 * sin(t * 0.45), 1 + 1.1 * sin(t * 0.33))
            #expect(abs(wires.distanceM(from: p) - portal.distanceToNearestWireM(from: p)) < 1e-14)
        }
    }

    /// The line bound along the walk: exact for straight wires (the distance in the
    /// xz-plane to the wires' projections), never above the true nearest approach.
    @Test func theLineBoundIsTheNearestApproachOfStraightWires() {
        let wires = PortalWires(portal: Self.portal())
        // At 1 m height in the middle: the panels' vertical sides project to x = ±0.43.
        #expect(abs(wires.lowerBoundFromLineAlongYM(xM: 0, zM: 1) - 0.43) < 1e-15)
        #expect(abs(wires.lowerBoundFromLineAlongYM(xM: 0.3, zM: 1) - 0.13) < 1e-15)
        // Above the coils (top at 1.95 m): their top sides, along y, project to points.
        #expect(abs(wires.lowerBoundFromLineAlongYM(xM: 0.13, zM: 2.35) - 0.5) < 1e-14)
        for (x, z) in [(0.0, 1.0), (0.3, 1.0), (-0.2, 0.3), (0.13, 2.35), (0.37, 1.0)] {
            let along = stride(from: -1.0, through: 1.0, by: 0.0005).map { wires.distanceM(from: Vector3(x, $0, z)) }.min() ?? 0
            let bound = wires.lowerBoundFromLineAlongYM(xM: x, zM: z)
            #expect(bound <= along + 1e-15)
            #expect(along - bound < 1e-6)
        }
    }

    @Test func aCirclesLineBoundIsBelowItsNearestApproach() {
        let wires = PortalWires(portal: Self.portal(withCircle: true))
        for (x, z) in [(0.0, 1.0), (0.3, 1.0), (-0.35, 1.2), (0.2, 0.05)] {
            let along = stride(from: -1.0, through: 1.0, by: 0.001).map { wires.distanceM(from: Vector3(x, $0, z)) }.min() ?? 0
            #expect(wires.lowerBoundFromLineAlongYM(xM: x, zM: z) <= along)
        }
        // From (0, 1): the circle's centre (−0.43, 1) less its radius 0.2, nearer than
        // the rectangles' 0.43.
        #expect(abs(wires.lowerBoundFromLineAlongYM(xM: 0, zM: 1) - 0.23) < 1e-15)
    }

    /// A transmitter in the left panel (x = −0.43) and two stacked receive zones in the
    /// right (x = 0.43), each coil 0.5 m along the walk, from 0.05 m to 1.95 m; with
    /// `withCircle` the transmitter also has a circle of radius 0.2 at 1 m in its panel.
    static func portal(withCircle: Bool = false) -> Portal {
        let panel = Rotation(uncheckedColumns: .unitY, .unitZ, .unitX)
        func coil(_ x: Double, _ bottom: Double, _ top: Double) -> WeightedCoil {
            WeightedCoil(Coil(shape: .rectangle(widthM: 0.5, heightM: top - bottom), turns: 20,
                              centerM: Vector3(x, 0, (bottom + top) / 2), orientation: panel))
        }
        var tx = [coil(-0.43, 0.05, 1.95)]
        if withCircle {
            tx.append(WeightedCoil(Coil(shape: .circle(radiusM: 0.2), centerM: Vector3(-0.43, 0, 1), orientation: panel)))
        }
        return Portal(name: "two zones", aperture: Aperture(widthM: 0.76, heightM: 2.03, panelDepthM: 0.55),
                      transmitter: CoilSet(name: "tx", coils: tx),
                      zones: [CoilSet(name: "zone 1", coils: [coil(0.43, 0.05, 1.0)]), CoilSet(name: "zone 2", coils: [coil(0.43, 1.0, 1.95)])],
                      transmitterCurrentA: 0.5, detector: .continuousWave(frequenciesHz: [5000]))
    }
}
