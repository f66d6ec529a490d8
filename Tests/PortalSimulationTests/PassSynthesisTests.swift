import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// The sensitivity grid's block layout (Float, zones innermost) and the pass synthesis on
/// it, against the Double, point-major grid and loops they replaced, written out here as
/// the reference. A portal of 10 zones and two frequencies exercises two zone blocks,
/// padding and lanes of several channels.
struct PassSynthesisTests {
    static let portal: Portal = {
        let base = PortalClass.cwMultiZone.portal
        return Portal(name: "ten", aperture: base.aperture, transmitter: base.transmitter,
                      zones: PortalClass.stackedZones(count: 10, side: 1, turns: 60),
                      transmitterCurrentA: base.transmitterCurrentA, detector: .continuousWave(frequenciesHz: [5000, 20000]))
    }()

    /// Float's rounding: half an ulp relative, 2⁻²⁴.
    static let floatRounding = 0x1p-24

    /// The old layout's interpolation: the values at the eight corner nodes evaluated
    /// exactly (what the old grid held), then linear in y along each of the four (x, z)
    /// columns and bilinear between them, in Double.
    static func oldTrilinear(_ grid: SensitivityGrid, _ portal: Portal, at point: Vector3) -> [[Double]] {
        func cell(_ coordinate: Double, _ n: Int) -> (Int, Double) {
            let u = min(max(coordinate / grid.stepM, 0), Double(n - 1))
            let i = min(Int(u), n - 2)
            return (i, u - Double(i))
        }
        let (ix, fx) = cell(point.x - grid.originM.x, grid.counts.x)
        let (iy, fy) = cell(point.y - grid.originM.y, grid.counts.y)
        let (iz, fz) = cell(point.z - grid.originM.z, grid.counts.z)
        func node(_ dx: Int, _ dy: Int, _ dz: Int) -> [[Double]] {
            portal.sensitivities(at: grid.originM + grid.stepM * Vector3(Double(ix + dx), Double(iy + dy), Double(iz + dz)))
                .map(\.components)
        }
        func column(_ dx: Int, _ dz: Int) -> [[Double]] {
            let (a, b) = (node(dx, 0, dz), node(dx, 1, dz))
            return zip(a, b).map { zip($0, $1).map { $0 + fy * ($1 - $0) } }
        }
        let (a00, a10, a01, a11) = (column(0, 0), column(1, 0), column(0, 1), column(1, 1))
        let (w00, w10, w01, w11) = ((1 - fx) * (1 - fz), fx * (1 - fz), (1 - fx) * fz, fx * fz)
        return (0..<portal.zones.count).map { z in
            (0..<6).map { k in w00 * a00[z][k] + w10 * a10[z][k] + w01 * a01[z][k] + w11 * a11[z][k] }
        }
    }

    static func interpolated(_ grid: SensitivityGrid, at p: Vector3) -> [[Double]] {
        var buffer = [Double](repeating: 0, count: grid.zoneCount * 6)
        buffer.withUnsafeMutableBufferPointer { grid.interpolate(at: p, into: $0) }
        return (0..<grid.zoneCount).map { Array(buffer[($0 * 6)..<($0 * 6 + 6)]) }
    }

    static let smallGrid = SensitivityGrid(portal: portal, xHalfM: 0.3, yHalfM: 0.3, zTopM: 1.5, stepM: 0.05)

    /// At a node the stored value is the exact sensitivity rounded to Float (times a power
    /// of two), whatever the zone's block; the padding holds zeros.
    @Test func gridNodesHoldTheExactSensitivitiesRoundedToFloat() {
        let grid = Self.smallGrid
        #expect(grid.paddedZoneCount == 16 && grid.scale == grid.scale.binade)
        var worst = 0.0
        for (ix, iy, iz) in [(0, 0, 0), (3, 7, 11), (12, 12, 30), (6, 2, 19), (1, 11, 25)] {
            let p = grid.originM + grid.stepM * Vector3(Double(ix), Double(iy), Double(iz))
            for (zone, s) in Self.portal.sensitivities(at: p).enumerated() {
                for (k, exact) in s.components.enumerated() {
                    let stored = grid.value(ix: ix, iy: iy, iz: iz, zone: zone, component: k)
                    #expect(stored == Double(Float(exact / grid.scale)) * grid.scale)
                    worst = max(worst, abs(stored - exact) / s.frobeniusNorm)
                }
            }
            for zone in grid.zoneCount..<grid.paddedZoneCount {
                #expect(grid.values[(((iz * grid.counts.x + ix) * grid.counts.y + iy) * 6 + 2) * grid.paddedZoneCount + zone] == 0)
            }
            // Interpolating at the node gives it back, up to rounding of the fraction.
            let at = Self.interpolated(grid, at: p)
            for (zone, s) in Self.portal.sensitivities(at: p).enumerated() {
                for k in 0..<6 { worst = max(worst, abs(at[zone][k] - s.components[k]) / s.frobeniusNorm) }
            }
        }
        #expect(worst < 4 * Self.floatRounding, "\(worst)")
    }

    /// At random points the block layout's trilinear value is the old layout's, up to
    /// Float's rounding of the values and of the arithmetic.
    @Test func trilinearMatchesTheOldLayoutAtRandomPoints() {
        let grid = Self.smallGrid
        var rng = SystemRandomNumberGenerator()
        var worst = 0.0
        for _ in 0..<40 {
            let p = Vector3(Double.random(in: -0.29...0.29, using: &rng), Double.random(in: -0.35...0.35, using: &rng),
                            Double.random(in: 0.01...1.49, using: &rng))
            let old = Self.oldTrilinear(grid, Self.portal, at: p), new = Self.interpolated(grid, at: p)
            for zone in 0..<grid.zoneCount {
                let scale = old[zone].map(abs).max()! + 1e-300
                for k in 0..<6 { worst = max(worst, abs(new[zone][k] - old[zone][k]) / scale) }
            }
        }
        #expect(worst < 8 * Self.floatRounding, "\(worst)")
    }

    static let compiled: CompiledPortal = {
        var settings = DetectorSettings.standard
        settings.noiseV = 0
        return CompiledPortal(portal: portal, settings: settings, threads: 2, walkHalfLengthM: 0.6)
    }()

    static func model(_ name: String) throws -> CarriedObjectModel {
        let spectrum = try #require(ObjectLibrary.named(name)).spectrum()
        return CarriedObjectModel(name: name, channelTensors: compiled.channelTensors(of: spectrum), largestDimensionM: nil)
    }

    static let attitude = Rotation(axis: Vector3(1, 2, 3), angleRad: 0.7)

    /// The per-node path for a fixed object (blend, contract, then linear in y) and the
    /// per-sample trilinear path are the same interpolation: equal up to rounding, on
    /// every lane; the stride's padding lanes stay zero.
    @Test func perNodePathEqualsPerSampleTrilinear() throws {
        let simulator = PassSimulator(compiled: Self.compiled, minimumSpeedMPerS: 0.5)
        #expect(simulator.laneStride == 32 && simulator.laneStride >= simulator.channels * simulator.zones)
        let objects = [(try Self.model("sphere-steel-20mm"), Placement(lateralM: 0.05, frontBackM: 0.1, heightM: 1.03,
                                                                      attitude: .identity, movesWithGait: false)),
                       (try Self.model("smartphone"), Placement(lateralM: -0.08, frontBackM: -0.12, heightM: 0.61,
                                                                attitude: Self.attitude, movesWithGait: false))]
        for (speed, offset) in [(1.1, 0.03), (0.7, -0.2), (1.45, 0.17)] {
            _ = simulator.synthesize(speedMPerS: speed, lateralOffsetM: offset, stridePhase: 0.3, objects: objects)
            let perNode = Array(simulator.signal)
            _ = simulator.synthesize(speedMPerS: speed, lateralOffsetM: offset, stridePhase: 0.3, objects: objects,
                                     fixedObjects: .perSample)
            let perSample = Array(simulator.signal)
            let n = simulator.samples(speedMPerS: speed), lanes = simulator.channels * simulator.zones
            let largest = perSample.map(abs).max()!
            #expect(largest > 0)
            for k in 0..<n {
                for lane in 0..<simulator.laneStride {
                    let (a, b) = (perNode[k * simulator.laneStride + lane], perSample[k * simulator.laneStride + lane])
                    if lane >= lanes { #expect(a == 0 && b == 0) }
                    #expect(abs(a - b) <= 1e-6 * largest, "sample \(k) lane \(lane): \(a) vs \(b)")
                }
            }
        }
    }

    /// A pass's noise-free peak against the old code's: the exact node values, Double
    /// trilinear interpolation, contraction and filter. The difference is the Float
    /// storage's cost, well under the interpolation's own error (~1 %).
    @Test func noiseFreePeakMatchesTheDoubleReference() throws {
        let compiled = Self.compiled
        let simulator = PassSimulator(compiled: compiled, minimumSpeedMPerS: 0.5)
        let cases: [(String, Placement, Double, Double)] = [
            ("sphere-steel-20mm", Placement(lateralM: 0, frontBackM: 0.1, heightM: 1.0, attitude: .identity, movesWithGait: false), 1.1, 0),
            ("smartphone", Placement(lateralM: 0.1, frontBackM: -0.05, heightM: 0.45, attitude: Self.attitude, movesWithGait: false), 0.8, -0.15),
            ("sphere-steel-20mm", Placement(lateralM: -0.1, frontBackM: 0.05, heightM: 0.04, attitude: .identity, movesWithGait: true), 1.3, 0.1),
        ]
        guard case .bandPass(let low, let high) = compiled.settings.filter else { Issue.record("no filter"); return }
        var worst = 0.0
        for (name, placement, speed, offset) in cases {
            let model = try Self.model(name)
            let random = try #require(RandomStream())
            let outcome = simulator.pass(speedMPerS: speed, lateralOffsetM: offset, stridePhase: 0.25,
                                         objects: [(model, placement)], random: random)
            // The reference, as the old code computed it.
            let fs = compiled.settings.sampleRateHz, n = simulator.samples(speedMPerS: speed)
            let lanes = compiled.channelCount * compiled.zoneCount
            let turned = model.channelTensors.map { $0.rotated(by: placement.attitude) }
            var y = [Double](repeating: 0, count: n * lanes)
            for k in 0..<n {
                let t = Double(k) / fs
                let rise = placement.movesWithGait ? Gait.footRiseM(timeS: t, speedMPerS: speed, stridePhase: 0.25) : 0
                let s = Self.oldTrilinear(compiled.grid, Self.portal, at: Vector3(offset + placement.lateralM,
                                                                                  -compiled.walkHalfLengthM + placement.frontBackM + speed * t,
                                                                                  placement.heightM + rise))
                for (c, a) in turned.enumerated() {
                    for zone in 0..<compiled.zoneCount {
                        let v = s[zone]
                        y[k * lanes + c * compiled.zoneCount + zone] = a.xx * v[0] + a.yy * v[1] + a.zz * v[2]
                            + 2 * (a.xy * v[3] + a.xz * v[4] + a.yz * v[5])
                    }
                }
            }
            let dt = 1 / fs, rcLow = 1 / (2 * Double.pi * low), rcHigh = 1 / (2 * Double.pi * high)
            let (ha, lb) = (rcLow / (rcLow + dt), dt / (rcHigh + dt))
            var peak = 0.0
            for lane in 0..<lanes {
                var previous = 0.0, highPassed = 0.0, lowPassed = 0.0
                for k in 0..<n {
                    highPassed = ha * (highPassed + y[k * lanes + lane] - previous)
                    previous = y[k * lanes + lane]
                    lowPassed += lb * (highPassed - lowPassed)
                    peak = max(peak, abs(lowPassed))
                }
            }
            #expect(peak > 0)
            worst = max(worst, abs(outcome.peakOverThreshold * compiled.thresholdV - peak) / peak)
        }
        #expect(worst < 1e-5, "\(worst)")
    }
}
