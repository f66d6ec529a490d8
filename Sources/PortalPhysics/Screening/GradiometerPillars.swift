/// Passive ferromagnetic detector pillars: two posts either side of the walkway, each
/// holding axial fluxgate gradiometers at several heights.
///
/// They transmit nothing. A walker's magnetic moment (a magnet's remanence plus the
/// steel magnetised by the Earth's field, ``staticMomentAm2(staticPart:remanentMomentAm2:earthFieldT:)``)
/// changes the field at the sensors as it goes by; each gradiometer subtracts two
/// fluxgates so that the Earth's own, nearly uniform field and distant disturbances
/// cancel.
///
/// **Geometry** (portal frame: x across, y walking, z up). Pillar p stands at
/// x = `pillarXM[p]` in the plane y = 0. Its gradiometer at height z has its *near*
/// fluxgate at (xₚ, 0, z), on the walkway side, and its *far* fluxgate `baselineM`
/// further out, at (xₚ + sign(xₚ)·baseline, 0, z). Both fluxgates measure the field
/// component along portal +x (one instrument design in both pillars), and the reading
/// is B_x(near) − B_x(far), in tesla. Sensor k of pillar p has index
/// p × `sensorHeightsM.count` + k.
///
/// See docs/physics.md#ferromagnetic-pillars.
public struct GradiometerPillars: Hashable, Sendable {
    /// x of each pillar's near (inner) fluxgates; a pillar at x = 0 would have its far
    /// fluxgates on the +x side.
    public var pillarXM: [Double]
    /// Heights of the gradiometers, the same on every pillar.
    public var sensorHeightsM: [Double]
    /// Distance between a gradiometer's two fluxgates, along x.
    public var baselineM: Double

    public init(pillarXM: [Double], sensorHeightsM: [Double], baselineM: Double) {
        self.pillarXM = pillarXM
        self.sensorHeightsM = sensorHeightsM
        self.baselineM = baselineM
    }

    /// Two pillars with inner sensors at x = ±0.45 m, eight gradiometers each from 0.10
    /// to 1.85 m every 0.25 m, 10 cm baseline (all assumed: walk-through ferromagnetic
    /// detectors put gradiometers in upright posts either side of a walkway about
    /// 0.8–0.9 m wide; the sensor spacing keeps every height within 12.5 cm of a sensor).
    ///
    /// **What it sees** — the peak |reading| of a straight walk along the centre line
    /// (x = 0), over all sensors, 49 µT at 65° (``EarthField/northernEurope``), objects
    /// from the built-in library with uniformly random attitudes (300 of them), at the
    /// height of a sensor (1.10 m) and half-way between two (0.975 m):
    ///
    /// | object (static part, remanence)                    | |m| (A·m²)      | peak (nT)   |
    /// |----------------------------------------------------|----------------|-------------|
    /// | NdFeB disc 4.5 × 1 mm, B_r 1.2 T, any orientation   | 0.015          | 5.6 – 15    |
    /// | mini-phone-thumb (that disc as its speaker magnet)  | 0.015          | 5.6 – 15    |
    /// | mini-phone-3310 (speaker + vibration-motor magnets) | 0.062          | 23 – 61     |
    /// | smartphone                                         | 0.10           | 39 – 103    |
    /// | keys (one steel key, N⁰ up to 1.5e-5 m³)           | ≤ 5.8e-4       | 0.02 – 0.42 |
    /// | belt-buckle (N⁰ up to 1.0e-5 m³)                   | ≤ 4.1e-4       | 0.02 – 0.30 |
    /// | euro-1 (nickel layer, N⁰ up to 1.4e-6 m³)          | ≤ 5.6e-5       | < 0.05      |
    /// | euro-5c (copper-plated steel)                      | ≤ 2.4e-4       | < 0.18      |
    /// | underwire-bra                                      | ≤ 1.6e-3       | 0.02 – 1.2  |
    /// | shoe-steel-shank                                   | ≤ 3.6e-3       | 0.07 – 2.6  |
    ///
    /// A magnet's moment is B_r V/μ₀, about 25 times the largest moment 49 µT induces
    /// in a steel key, so pillars separate magnets from everyday steel well — on the centre
    /// line. The reading falls as the fourth power of the distance to the near fluxgate,
    /// so off the centre line everything grows: a key in a side pocket at x = 0.2 m
    /// reaches 2.3 nT, at x = 0.3 m 13 nT; the thumb phone at x = 0.2 m 23–123 nT.
    /// Speed does not enter the quasi-static peak (see
    /// ``peakAbsoluteReadingT(momentAm2:lateralOffsetM:heightM:halfLengthM:samples:)``).
    ///
    /// Hence ``standardNoiseRmsT`` and ``standardAlarmThresholdT``. What the model leaves
    /// out cuts both ways: a speaker's steel cup closes part of its magnet's flux and
    /// lowers its far-field moment (by up to about half, uncertain); and real steel
    /// keeps a remanent magnetisation of its own (magnetised keys, knives, tools, shoe
    /// shanks) that can exceed the induced moment many times and is the usual source
    /// of nuisance alarms. Pillars detect magnets, not phones: a miniature phone without
    /// its loudspeaker (and vibration motor) shows them about 0.01 nT.
    public static let standard = GradiometerPillars(
        pillarXM: [-0.45, 0.45],
        sensorHeightsM: (0..<8).map { 0.10 + 0.25 * Double($0) },
        baselineM: 0.10)

    /// Suggested white sensor noise per sample after the detector's band-pass, 0.3 nT
    /// rms: a fluxgate's own noise is a few hundredths of a nT in a 10 Hz band; the rest
    /// stands for what a 10 cm gradiometer does not cancel of a building's disturbances
    /// (lifts, doors, vehicles). An assumed, not measured, figure.
    public static let standardNoiseRmsT = 0.3e-9

    /// Suggested alarm threshold on |reading|, 3 nT: 10 noise standard deviations, so
    /// that noise alone almost never alarms over 16 sensors × ~100 samples a pass
    /// (a 6σ threshold would already keep that under 10⁻⁵), and still below the weakest
    /// speaker-magnet signal on the centre line (5.6 nT) by a factor that absorbs a cup
    /// halving the moment. Coins, keys and buckles carried near the body's midline stay
    /// below a seventh of it; keys in a pocket next to a pillar and steel shoe shanks can
    /// reach it.
    public static let standardAlarmThresholdT = 3e-9

    /// Number of gradiometers over all pillars.
    public var sensorCount: Int { pillarXM.count * sensorHeightsM.count }

    /// The near and far fluxgate positions of gradiometer `index` (layout as above).
    public func fluxgatePositionsM(sensor index: Int) -> (near: Vector3, far: Vector3) {
        let levels = sensorHeightsM.count
        let x = pillarXM[index / levels], z = sensorHeightsM[index % levels]
        let outward: Double = x < 0 ? -1 : 1
        return (Vector3(x, 0, z), Vector3(x + outward * baselineM, 0, z))
    }

    /// Every gradiometer's reading (T) for a point dipole of moment `momentAm2` at
    /// `positionM`, written to `output` (at least `sensorCount` elements), without
    /// allocating.
    public func readings(momentAm2 moment: Vector3, positionM source: Vector3,
                         into output: UnsafeMutableBufferPointer<Double>) {
        precondition(output.count >= sensorCount, "output holds fewer elements than the pillars have sensors")
        for index in 0..<sensorCount { output[index] = 0 }
        addReadings(momentAm2: moment, positionM: source, to: output)
    }

    /// Adds every gradiometer's reading (T) of a point dipole to `output[0 ..< sensorCount]`:
    /// the pass loop's form of ``readings(momentAm2:positionM:into:)``, which sums a
    /// walker's objects in place. Only B_x is formed, μ₀/(4π r³) (3 r_x (r·m)/r² − m_x);
    /// the tests hold it to the full vector field of ``dipoleFluxDensityT(momentAm2:sourceM:at:)``.
    ///
    /// Four heights at a time in SIMD lanes (then one at a time), each lane the same
    /// operations in the same order as ``dipoleBx(_:_:_:moment:)``, so the readings are
    /// the same to the bit however the heights fall into lanes. (The pillar stage calls
    /// this at every sample of every walker's objects: its square roots and divisions
    /// were a sixth of the prison comparison's time one lane at a time.)
    public func addReadings(momentAm2 m: Vector3, positionM source: Vector3,
                            to output: UnsafeMutableBufferPointer<Double>) {
        precondition(output.count >= sensorCount, "output holds fewer elements than the pillars have sensors")
        guard let out = output.baseAddress else { return }
        let scale = SIMD4<Double>(repeating: Self.mu0Over4PiTmPerA)
        let (mx, my, mz) = (SIMD4<Double>(repeating: m.x), SIMD4<Double>(repeating: m.y), SIMD4<Double>(repeating: m.z))
        let ry = -source.y, ryv = SIMD4<Double>(repeating: ry)
        @inline(__always) func bx(_ rx: SIMD4<Double>, _ rz: SIMD4<Double>) -> SIMD4<Double> {
            let r2 = rx * rx + ryv * ryv + rz * rz
            let inverseCube = 1 / (r2 * r2.squareRoot())
            let b = scale * inverseCube * (3 * rx * (rx * mx + ryv * my + rz * mz) / r2 - mx)
            return b.replacing(with: 0, where: .!(r2 .> 0))
        }
        sensorHeightsM.withUnsafeBufferPointer { heights in
            guard let h = heights.baseAddress else { return }
            let levels = heights.count
            for (p, x) in pillarXM.enumerated() {
                let outward: Double = x < 0 ? -1 : 1
                let rxNear = x - source.x, rxFar = x + outward * baselineM - source.x
                let (near, far) = (SIMD4<Double>(repeating: rxNear), SIMD4<Double>(repeating: rxFar))
                let row = out + p * levels
                var k = 0
                while k + 4 <= levels {
                    let rz = UnsafeRawPointer(h + k).loadUnaligned(as: SIMD4<Double>.self) - SIMD4(repeating: source.z)
                    let sum = UnsafeRawPointer(row + k).loadUnaligned(as: SIMD4<Double>.self)
                        + (bx(near, rz) - bx(far, rz))
                    UnsafeMutableRawPointer(row + k).storeBytes(of: sum, as: SIMD4<Double>.self)
                    k += 4
                }
                while k < levels {
                    let rz = h[k] - source.z
                    row[k] += Self.dipoleBx(rxNear, ry, rz, moment: m) - Self.dipoleBx(rxFar, ry, rz, moment: m)
                    k += 1
                }
            }
        }
    }

    /// μ₀/(4π), T·m/A.
    static let mu0Over4PiTmPerA = PhysicalConstants.mu0 / (4 * Double.pi)

    /// B_x (T) at offset r = (rx, ry, rz) from a point dipole: μ₀/(4π r³) (3 r_x (r·m)/r² − m_x),
    /// one square root and two divisions; zero at r = 0.
    @inline(__always)
    static func dipoleBx(_ rx: Double, _ ry: Double, _ rz: Double, moment m: Vector3) -> Double {
        let r2 = rx * rx + ry * ry + rz * rz
        guard r2 > 0 else { return 0 }
        let inverseCube = 1 / (r2 * r2.squareRoot())
        return mu0Over4PiTmPerA * inverseCube * (3 * rx * (rx * m.x + ry * m.y + rz * m.z) / r2 - m.x)
    }

    /// Every gradiometer's reading (T) of an arbitrary field B(r) (T), given as a
    /// function of position in the portal frame: B_x(near) − B_x(far) per sensor. A
    /// uniform field (the Earth's) reads exactly zero, and fields add, so a walker's
    /// objects can be read together by summing their fields.
    public func readings(fluxDensityT field: (Vector3) -> Vector3,
                         into output: UnsafeMutableBufferPointer<Double>) {
        precondition(output.count >= sensorCount, "output holds fewer elements than the pillars have sensors")
        for index in 0..<sensorCount {
            let (near, far) = fluxgatePositionsM(sensor: index)
            output[index] = field(near).x - field(far).x
        }
    }

    /// The readings as a new array: for tests and tools, not for inner loops.
    public func readings(momentAm2 moment: Vector3, positionM source: Vector3) -> [Double] {
        [Double](unsafeUninitializedCapacity: sensorCount) { buffer, initialized in
            readings(momentAm2: moment, positionM: source, into: buffer)
            initialized = sensorCount
        }
    }

    /// The exact point-dipole flux density B = μ₀/(4π) · (3(m·r̂)r̂ − m)/r³ (T) at
    /// `point` of a moment `momentAm2` at `sourceM`; zero at the source itself.
    public static func dipoleFluxDensityT(momentAm2 moment: Vector3, sourceM: Vector3, at point: Vector3) -> Vector3 {
        PhysicalConstants.mu0 * DipoleField.field(momentAm2: moment, at: point, sourceM: sourceM)
    }
}
