/// The clear opening of a portal: width across (x), height (z), and the depth of the
/// side panels along the walking direction (y). Metres.
public struct Aperture: Hashable, Sendable {
    public let widthM: Double
    public let heightM: Double
    public let panelDepthM: Double

    public init(widthM: Double, heightM: Double, panelDepthM: Double) {
        self.widthM = widthM
        self.heightM = heightM
        self.panelDepthM = panelDepthM
    }
}

/// How a detector excites and reads its coils.
public enum DetectorMode: Hashable, Sendable {
    /// Continuous-wave: sinusoidal drive at one or several frequencies, demodulated in
    /// phase and quadrature.
    case continuousWave(frequenciesHz: [Double])
    /// Pulse induction: the drive is cut `pulseRateHz` times a second and the receive
    /// voltage integrated over `gate` after each cut.
    case pulseInduction(gate: PulseGate, pulseRateHz: Double)
}

/// A walk-through metal detector: its coils, its channels (zones) and its drive.
///
/// The transmitter is one ``CoilSet`` driven by `transmitterCurrentA` (the amplitude of
/// the sinusoid, or the current at step-off for a pulse detector), each coil carrying
/// its weight times that current. Each zone is a ``CoilSet`` wired into one receive
/// channel; zones are listed bottom to top, and numbered from 1 at the bottom in every
/// output (docs/physics.md#coordinates-and-units).
public struct Portal: Equatable, Sendable {
    public let name: String
    public let aperture: Aperture
    public let transmitter: CoilSet
    public let zones: [CoilSet]
    public let transmitterCurrentA: Double
    public let detector: DetectorMode

    public init(name: String, aperture: Aperture, transmitter: CoilSet, zones: [CoilSet],
                transmitterCurrentA: Double, detector: DetectorMode) {
        self.name = name
        self.aperture = aperture
        self.transmitter = transmitter
        self.zones = zones
        self.transmitterCurrentA = transmitterCurrentA
        self.detector = detector
    }

    /// h_T(p): the transmitter's field per ampere of drive, A/m per A.
    public func transmitFieldPerAmpere(at point: Vector3) -> Vector3 {
        transmitter.fieldPerAmpere(at: point)
    }

    /// h_r(p): the field zone `zone` would make per ampere, A/m per A.
    public func receiveFieldPerAmpere(zone: Int, at point: Vector3) -> Vector3 {
        zones[zone].fieldPerAmpere(at: point)
    }

    /// The zone's sensitivity product sym(h_r h_Tᵀ) at a point, in (A/m)²/A² = m⁻²:
    /// contracted with an object's tensor it gives h_rᵀ M h_T, the coupling that sets
    /// the object's signal in that channel (see ``ObjectSignal``).
    public func sensitivity(zone: Int, at point: Vector3) -> SymmetricTensor {
        .symmetricOuter(receiveFieldPerAmpere(zone: zone, at: point), transmitFieldPerAmpere(at: point))
    }

    /// The sensitivity products of every zone at one point (the transmit field computed once).
    public func sensitivities(at point: Vector3) -> [SymmetricTensor] {
        let hT = transmitFieldPerAmpere(at: point)
        return zones.map { .symmetricOuter($0.fieldPerAmpere(at: point), hT) }
    }

    /// The same portal with the roles of the transmitter and of zone `zone` exchanged:
    /// by reciprocity every object signal in that zone is unchanged.
    public func swappingRoles(ofZone zone: Int) -> Portal {
        var newZones = zones
        newZones[zone] = CoilSet(name: transmitter.name, coils: transmitter.coils)
        return Portal(name: name, aperture: aperture,
                      transmitter: CoilSet(name: zones[zone].name, coils: zones[zone].coils),
                      zones: newZones, transmitterCurrentA: transmitterCurrentA, detector: detector)
    }
}
