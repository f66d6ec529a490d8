import ComplexModule
import PortalPhysics
import RealModule
import Testing

@Suite struct HandWandTests {
    let wand = HandWand.standard
    static let copper = Material(name: "copper", conductivitySPerM: 5.8e7)
    static let steel = Material(name: "steel", conductivitySPerM: 5e6, relativePermeability: 100)

    /// A sphere's exact, isotropic tensor at the wand's frequency.
    func sphereTensor(radiusM: Double, material: Material) -> ComplexSymmetricTensor {
        Sphere(radiusM: radiusM, material: material).exactTensor(angularFrequencyRadPerS: wand.angularFrequencyRadPerS)
    }

    /// On the axis the coil's flux density is the textbook μ₀NIa²/(2(a²+z²)^{3/2}),
    /// on both sides of the coil, and has no transverse part.
    @Test(arguments: [0.0, 0.005, 0.04, 0.08, 0.3, 2.0])
    func onAxisFluxDensityMatchesLoopFormula(z: Double) {
        let a = wand.coilRadiusM
        let expected = PhysicalConstants.mu0 * wand.turns * wand.currentA * a * a / (2 * pow(a * a + z * z, 1.5))
        for sign in [1.0, -1.0] {
            let b = wand.fluxDensityT(atOffsetM: Vector3(0, 0, sign * z))
            #expect(relativeError(b.z, expected) < 1e-13)
            #expect(b.x == 0 && b.y == 0)
        }
    }

    /// A sphere on the axis: V = iωμ₀I h² M(ω) with h = N a²/(2(a²+d²)^{3/2}), in
    /// magnitude and in phase, for a conductor (M mostly imaginary and negative real
    /// at 95 kHz) and for steel (M dominated by its permeability).
    @Test(arguments: [(0.005, 0.08), (0.01, 0.03), (0.002, 0.15)])
    func sphereOnAxisSignalMatchesClosedForm(radiusM: Double, distanceM: Double) {
        let a = wand.coilRadiusM, omega = wand.angularFrequencyRadPerS
        let h = wand.turns * a * a / (2 * pow(a * a + distanceM * distanceM, 1.5))
        for material in [Self.copper, Self.steel] {
            let m = Sphere(radiusM: radiusM, material: material).exactScalar(angularFrequencyRadPerS: omega)
            let expected = Complex(0, omega * PhysicalConstants.mu0 * wand.currentA * h * h) * m
            let tensor = sphereTensor(radiusM: radiusM, material: material)
            #expect(relativeError(wand.signalV(tensor: tensor, offsetM: Vector3(0, 0, distanceM)), expected) < 1e-12)
            #expect(relativeError(wand.onAxisSignalV(tensor: tensor, distanceM: distanceM), expected.length) < 1e-12)
        }
    }

    /// Far away, transmit and receive fields each fall as 1/d³, so |V| falls as 1/d⁶:
    /// on the axis exactly as (a² + d²)⁻³, and in any direction with a relative
    /// correction of order (a/d)².
    @Test func farFieldFallsAsInverseSixthPower() {
        let a = wand.coilRadiusM
        let tensor = sphereTensor(radiusM: 0.005, material: Self.copper)
        let reference = wand.onAxisSignalV(tensor: tensor, distanceM: 0.1) * pow(a * a + 0.01, 3)
        for d in [0.02, 0.5, 4.0, 30.0] {
            #expect(relativeError(wand.onAxisSignalV(tensor: tensor, distanceM: d) * pow(a * a + d * d, 3), reference) < 1e-12)
        }
        let coin = ComplexSymmetricTensor(real: .diagonal(-1e-7, -2e-7, -6e-7), imaginary: .diagonal(1e-7, 1e-7, 4e-7))
        for direction in fibonacciDirections(12) {
            let near = wand.signalMagnitudeV(tensor: coin, offsetM: (100 * a) * direction)
            let far = wand.signalMagnitudeV(tensor: coin, offsetM: (200 * a) * direction)
            #expect(relativeError(far / near, 1.0 / 64) < 1e-3)
            // And it really is a 1/d⁶ law, not a slower one, at 10 coil radii already.
            let at10 = wand.signalMagnitudeV(tensor: coin, offsetM: (10 * a) * direction)
            let at20 = wand.signalMagnitudeV(tensor: coin, offsetM: (20 * a) * direction)
            #expect(abs(at20 / at10 - 1.0 / 64) < 0.1 / 64)
        }
    }

    /// An object deeper than the coil radius: the trace peaks at the closest approach
    /// (the middle sample) and is symmetric about it when the tensor is symmetric under
    /// x → −x (a sphere, a coin lying face-on).
    @Test func sweepPeaksAtClosestApproachAndIsSymmetric() {
        let faceOnCoin = ComplexSymmetricTensor(real: .diagonal(-1e-7, -1e-7, -5e-7), imaginary: .diagonal(2e-8, 2e-8, 1e-7))
        for tensor in [sphereTensor(radiusM: 0.005, material: Self.steel), faceOnCoin] {
            for (depth, miss) in [(0.05, 0.0), (0.06, 0.03), (0.12, 0.05)] {
                let n = 101
                let trace = wand.sweepTrace(tensor: tensor, depthM: depth, missM: miss, halfLengthM: 0.3, samples: n)
                #expect(trace.count == n)
                let peak = trace.indices.max { trace[$0] < trace[$1] }
                #expect(peak == n / 2)
                let atMiddle = wand.signalMagnitudeV(tensor: tensor, offsetM: Vector3(0, miss, depth))
                #expect(trace[n / 2] == atMiddle)
                for k in 0..<n {
                    #expect(relativeError(trace[k], trace[n - 1 - k]) < 1e-12)
                }
                // Far ends of a 30 cm half-sweep see next to nothing.
                #expect(trace[0] < 0.02 * trace[n / 2])
            }
        }
    }

    /// An object just under the coil is seen most strongly when the winding passes
    /// over it, not when the coil centre does: the trace has two peaks near x = ±a.
    @Test func shallowObjectPeaksUnderTheWinding() {
        let tensor = sphereTensor(radiusM: 0.003, material: Self.copper)
        let n = 401, half = 0.2
        let trace = wand.sweepTrace(tensor: tensor, depthM: 0.01, missM: 0, halfLengthM: half, samples: n)
        let peak = trace.indices.max { trace[$0] < trace[$1] } ?? 0
        let x = HandWand.sweepPositionM(sample: peak, samples: n, halfLengthM: half)
        #expect(abs(abs(x) - wand.coilRadiusM) < 0.01)
        #expect(trace[peak] > 1.2 * trace[n / 2])
    }

    /// The buffer form writes the same numbers as the array form, and sample k sees
    /// the object at (−xₖ, miss, depth) from the coil centre: checked with a tensor
    /// whose xz coupling makes the two ends of the sweep differ.
    @Test func sweepIntoBufferMatchesArray() {
        let tensor = ComplexSymmetricTensor(real: SymmetricTensor(xx: 1e-7, yy: 1e-7, zz: 3e-7, xz: 1.5e-7),
                                            imaginary: SymmetricTensor(xx: 1e-8, yy: 1e-8, zz: 2e-8, xz: -1e-8))
        let array = wand.sweepTrace(tensor: tensor, depthM: 0.07, missM: 0.01, halfLengthM: 0.25, samples: 31)
        var buffer = [Double](repeating: .nan, count: 31)
        buffer.withUnsafeMutableBufferPointer {
            wand.sweepTrace(tensor: tensor, depthM: 0.07, missM: 0.01, halfLengthM: 0.25, into: $0)
        }
        #expect(buffer == array)
        for k in [0, 7, 15, 30] {
            let x = HandWand.sweepPositionM(sample: k, samples: 31, halfLengthM: 0.25)
            #expect(array[k] == wand.signalMagnitudeV(tensor: tensor, offsetM: Vector3(-x, 0.01, 0.07)))
        }
        #expect(relativeError(array[10], array[20]) > 0.05)
        #expect(HandWand.sweepPositionM(sample: 0, samples: 31, halfLengthM: 0.25) == -0.25)
        #expect(HandWand.sweepPositionM(sample: 30, samples: 31, halfLengthM: 0.25) == 0.25)
        #expect(HandWand.sweepPositionM(sample: 0, samples: 1, halfLengthM: 0.25) == 0)
    }

    @Test func zeroTensorGivesZero() {
        #expect(wand.signalMagnitudeV(tensor: .zero, offsetM: Vector3(0.01, 0.02, 0.05)) == 0)
        #expect(wand.onAxisSignalV(tensor: .zero, distanceM: 0.08) == 0)
        #expect(wand.sweepTrace(tensor: .zero, depthM: 0.05, missM: 0, halfLengthM: 0.2, samples: 21).allSatisfy { $0 == 0 })
        #expect(wand.sweepTrace(tensor: .zero, depthM: 0.05, missM: 0, halfLengthM: 0.2, samples: 0).isEmpty)
    }

    /// The signal grows as turns² × current × frequency (for a tensor that does not
    /// change with frequency): the scale a threshold set from a reference object absorbs.
    @Test func signalScalesAsTurnsSquaredCurrentAndFrequency() {
        let tensor = ComplexSymmetricTensor(real: .diagonal(1e-7, 2e-7, 3e-7), imaginary: .diagonal(1e-8, 1e-8, 5e-8))
        let offset = Vector3(0.01, -0.02, 0.06)
        let base = wand.signalMagnitudeV(tensor: tensor, offsetM: offset)
        let other = HandWand(coilRadiusM: wand.coilRadiusM, turns: 3 * wand.turns,
                             currentA: 2 * wand.currentA, frequencyHz: 0.5 * wand.frequencyHz)
        #expect(relativeError(other.signalMagnitudeV(tensor: tensor, offsetM: offset), 9 * base) < 1e-13)
    }

    /// Each wand frame is a proper rotation with the coil axis pointing into the body:
    /// −y for the front (the walker faces +y), +y for the back.
    @Test(arguments: [HandWand.BodySide.front, .back], [HandWand.SweepDirection.vertical, .across])
    func wandFramesAreProperAndPointIntoTheBody(side: HandWand.BodySide, sweep: HandWand.SweepDirection) {
        let r = HandWand.frame(facing: side, sweep: sweep)
        #expect(r.matrix.determinant == 1)
        #expect(r.matrix.transposed * r.matrix == Matrix3.identity)
        #expect(r.apply(.unitZ) == (side == .front ? Vector3(0, -1, 0) : Vector3(0, 1, 0)))
        #expect(r.apply(.unitX) == (sweep == .vertical ? Vector3.unitZ : Vector3.unitX))
        // A coin flat against the body (normal along y) is face-on to the wand.
        let coin = ComplexSymmetricTensor(real: .outer(.unitY, scale: -3e-7), imaginary: .outer(.unitY, scale: 1e-7))
        let inWand = HandWand.tensorInWandFrame(coin, facing: side, sweep: sweep)
        #expect(inWand.maxDifference(ComplexSymmetricTensor(real: .outer(.unitZ, scale: -3e-7),
                                                            imaginary: .outer(.unitZ, scale: 1e-7))) < 1e-22)
    }

    /// The wand frame agrees with the library's coil placement: a circular ``Coil``
    /// oriented by the wand frame and computed in the portal frame gives the same
    /// hᵀ M h as the wand with the tensor and offset turned into its frame.
    @Test func wandFrameAgreesWithACoilPlacedInThePortal() {
        let tensor = ComplexSymmetricTensor(real: SymmetricTensor(xx: 2e-7, yy: -1e-7, zz: 4e-7, xy: 5e-8, xz: -3e-8, yz: 7e-8),
                                            imaginary: SymmetricTensor(xx: 1e-8, yy: 3e-8, zz: 2e-8, xy: -1e-8, xz: 4e-9, yz: 6e-9))
        let object = Vector3(0.04, 0.12, 1.05)
        for side in [HandWand.BodySide.front, .back] {
            for sweep in [HandWand.SweepDirection.vertical, .across] {
                let frame = HandWand.frame(facing: side, sweep: sweep)
                let centre = Vector3(0.01, side == .front ? 0.2 : 0.04, 1.0)
                let coil = Coil(shape: .circle(radiusM: wand.coilRadiusM), turns: wand.turns, centerM: centre,
                                orientation: frame, wireRadiusM: HandWand.windingRadiusM)
                let h = coil.fieldPerAmpere(at: object)
                let scale = wand.angularFrequencyRadPerS * PhysicalConstants.mu0 * wand.currentA
                let expected = scale * tensor.bilinear(h, h).length
                let offset = HandWand.vectorInWandFrame(object - centre, facing: side, sweep: sweep)
                let local = HandWand.tensorInWandFrame(tensor, facing: side, sweep: sweep)
                #expect(relativeError(wand.signalMagnitudeV(tensor: local, offsetM: offset), expected) < 1e-12)
                // The body is in front of the coil: the object lies at positive wand z.
                #expect(offset.z > 0)
            }
        }
    }
}
