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
    public let thresholdV: Double
    /// Every coil's wire, for the dipole-approximation check of each pass.
    public let wires: PortalWires
    /// The grid's first non-finite value traced to its coil (nil: all finite), found
    /// once here so that the engine can refuse to run on it.
    public let nonFinite: NonFiniteModel?

    public var zoneCount: Int { portal.zones.count }

    /// One channel per frequency for a CW detector, one for a pulse detector.
    public var channelCount: Int {
        if case .continuousWave(let f) = portal.detector { return f.count }
        return 1
    }

    public init(portal: Portal, settings: DetectorSettings, threads: Int = 1, walkHalfLengthM: Double = 0.9) {
        self.portal = portal
        self.settings = settings
        self.walkHalfLengthM = walkHalfLengthM
        self.thresholdV = settings.thresholdV
        wires = PortalWires(portal: portal)
        // The grid covers the aperture, the walk and the front/back offsets of carried objects.
        grid = SensitivityGrid(portal: portal, xHalfM: portal.aperture.widthM / 2, yHalfM: walkHalfLengthM + 0.3,
                               zTopM: portal.aperture.heightM) { rows, row in
            ParallelSlots.map(count: rows, threads: threads) { row($0) }
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
        grid = other.grid
        wires = other.wires
        nonFinite = other.nonFinite
    }

    /// The body-frame tensors A_c of an object, one per channel, such that the channel's
    /// noise-free output is A_c : S_zone (volts) with S the zone's sensitivity product.
    public func channelTensors(of spectrum: RelaxationSpectrum) -> [SymmetricTensor] {
        let current = portal.transmitterCurrentA, mu0 = PhysicalConstants.mu0
        switch portal.detector {
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
    /// exceeds the threshold; the loudest zone is the one with the largest peak over
    /// threshold, the first on ties.
    func outcome(zonePeaksV: ArraySlice<Double>, dipoleFlagged: Bool) -> PassSimulator.Outcome {
        var loudest = 0, ratio = 0.0
        for (zone, peak) in zonePeaksV.enumerated() where peak / thresholdV > ratio {
            ratio = peak / thresholdV
            loudest = zone
        }
        return PassSimulator.Outcome(alarmed: ratio > 1, loudestZone: loudest, peakOverThreshold: ratio,
                                     dipoleFlagged: dipoleFlagged)
    }

    /// Whether a pass through `other` is a pass through this portal: the same coils and
    /// the same channel (sample rate, filter, noise, demodulation), whatever the two
    /// thresholds. Such portals share one simulated pass per person and stage stream.
    func simulatesTheSamePass(as other: CompiledPortal) -> Bool {
        portal == other.portal && walkHalfLengthM == other.walkHalfLengthM
            && settings.withoutThreshold == other.settings.withoutThreshold
    }
}

extension DetectorSettings {
    /// These settings with the threshold's fields set to one fixed value: what is left
    /// is the channel, which a pass's peaks depend on.
    var withoutThreshold: DetectorSettings {
        var channel = self
        channel.sensitivity = 0
        channel.referenceThresholdV = 0
        channel.thresholdOverrideV = nil
        return channel
    }
}
