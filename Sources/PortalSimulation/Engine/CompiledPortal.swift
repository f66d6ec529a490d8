import Foundation
import PortalPhysics

/// A portal made ready for many passes: the sensitivity grid computed once, the
/// detector's channels and threshold fixed.
public struct CompiledPortal: Sendable {
    public let portal: Portal
    public let settings: DetectorSettings
    public let grid: SensitivityGrid
    /// The walk runs from y = −walkHalfLengthM to +walkHalfLengthM.
    public let walkHalfLengthM: Double
    /// The base threshold, from the knob (or given directly), V.
    public let thresholdV: Double
    /// Each zone's threshold, V: `thresholdV` everywhere unless the detector has zone trims.
    public let zoneThresholdsV: [Double]
    /// Every coil's wire, for the dipole-approximation check of each pass.
    public let wires: PortalWires
    /// The grid's first non-finite value traced to its coil (nil: all finite), found
    /// once here so that the engine can refuse to run on it.
    public let nonFinite: NonFiniteModel?

    public var zoneCount: Int { portal.zones.count }

    /// Whether the detector rejects a phase sector: only a CW detector can (its channels
    /// have an in-phase and a quadrature part; a pulse detector's gate has no phase).
    public var discriminates: Bool {
        if settings.rejectPhaseRad != nil, case .continuousWave = portal.detector { return true }
        return false
    }

    /// The channels a pass carries per zone: `channelCount`, or with discrimination two
    /// per frequency, its in-phase (R, Re M : S) then its quadrature (X, Im M : S) part.
    /// Without discrimination the pair is never formed, so it costs nothing.
    public var laneChannelCount: Int { discriminates ? 2 * channelCount : channelCount }

    /// One channel per frequency for a CW detector, one for a pulse detector.
    public var channelCount: Int {
        if case .continuousWave(let f) = portal.detector { return f.count }
        return 1
    }

    /// The grid's step (see ``SensitivityGrid`` for its interpolation error).
    static let gridStepM = 0.025

    public init(portal: Portal, settings: DetectorSettings, threads: Int = 1, walkHalfLengthM: Double = 0.9) {
        self.init(portal: portal, settings: settings, threads: threads, walkHalfLengthM: walkHalfLengthM,
                  store: SensitivityGridStore.current)
    }

    /// As above, with the grid store to read from and write to (nil: always compute).
    init(portal: Portal, settings: DetectorSettings, threads: Int, walkHalfLengthM: Double, store: SensitivityGridStore?) {
        self.portal = portal
        self.settings = settings
        self.walkHalfLengthM = walkHalfLengthM
        self.thresholdV = settings.thresholdV
        zoneThresholdsV = settings.zoneThresholdsV(zoneCount: portal.zones.count)
        wires = PortalWires(portal: portal)
        // The grid covers the aperture, the walk and the front/back offsets of carried
        // objects; read back from the store when an earlier process of this build made it.
        let (xHalf, yHalf, zTop) = (portal.aperture.widthM / 2, walkHalfLengthM + 0.3, portal.aperture.heightM)
        let key = SensitivityGridStore.key(portal: portal, xHalfM: xHalf, yHalfM: yHalf, zTopM: zTop, stepM: Self.gridStepM)
        let layout = SensitivityGrid.layout(xHalfM: xHalf, yHalfM: yHalf, zTopM: zTop, stepM: Self.gridStepM)
        if let stored = store?.read(key: key), stored.zoneCount == portal.zones.count, stored.counts == layout.counts,
           stored.originM == layout.originM, stored.stepM == Self.gridStepM {
            grid = stored
        } else {
            grid = SensitivityGrid(portal: portal, xHalfM: xHalf, yHalfM: yHalf, zTopM: zTop, stepM: Self.gridStepM) { rows, row in
                ParallelSlots.map(count: rows, threads: threads) { row($0) }
            }
            store?.write(grid, key: key)
        }
        nonFinite = NonFiniteModel.check(grid: grid, of: portal)
    }

    /// The same portal with other detector settings (a sensitivity, a demodulation
    /// phase), reusing `other`'s grid: the grid depends on the coils alone.
    public init(sharingGridOf other: CompiledPortal, settings: DetectorSettings) {
        portal = other.portal
        self.settings = settings
        walkHalfLengthM = other.walkHalfLengthM
        thresholdV = settings.thresholdV
        zoneThresholdsV = settings.zoneThresholdsV(zoneCount: other.portal.zones.count)
        grid = other.grid
        wires = other.wires
        nonFinite = other.nonFinite
    }

    /// The body-frame tensors A_c of an object, one per lane channel (`laneChannelCount`),
    /// such that the channel's noise-free output is A_c : S_zone (volts) with S the zone's
    /// sensitivity product (docs/physics.md#signals: CW and pulse channels).
    public func channelTensors(of spectrum: RelaxationSpectrum) -> [SymmetricTensor] {
        let current = portal.transmitterCurrentA, mu0 = PhysicalConstants.mu0
        switch portal.detector {
        case .continuousWave(let frequencies) where discriminates:
            return frequencies.flatMap { f in
                let omega = 2 * Double.pi * f
                let m = spectrum.tensor(angularFrequencyRadPerS: omega)
                return [(omega * mu0 * current) * m.real, (omega * mu0 * current) * m.imaginary]
            }
        case .continuousWave(let frequencies):
            let c = cos(settings.demodulationPhaseRad), s = sin(settings.demodulationPhaseRad)
            return frequencies.map { f in
                let omega = 2 * Double.pi * f
                let m = spectrum.tensor(angularFrequencyRadPerS: omega)
                return (omega * mu0 * current) * (c * m.real + s * m.imaginary)
            }
        case .pulseInduction(let gate, _):
            // The gated flux change over the gate width: the gate's mean voltage.
            return [(mu0 * current / (gate.endS - gate.startS)) * spectrum.gateResponse(gate)]
        }
    }
}

extension CompiledPortal {
    /// A pass decided from its zones' peaks |y| (V): an alarm when any zone's peak
    /// exceeds its threshold (``zoneThresholdsV``); the loudest zone is the one with the
    /// largest peak over threshold, the first on ties.
    func outcome(zonePeaksV: ArraySlice<Double>, dipoleFlagged: Bool) -> PassSimulator.Outcome {
        PassSimulator.Outcome(zonePeaksV: zonePeaksV, thresholdsV: zoneThresholdsV, dipoleFlagged: dipoleFlagged)
    }

    /// Whether a pass through `other` is a pass through this portal: the same coils and
    /// the same channel (sample rate, filter, noise and interference, demodulation,
    /// discrimination), whatever the two thresholds and zone trims. Such portals share one simulated pass per person and stage stream.
    func simulatesTheSamePass(as other: CompiledPortal) -> Bool {
        portal == other.portal && walkHalfLengthM == other.walkHalfLengthM
            && settings.withoutThreshold == other.settings.withoutThreshold
    }
}
