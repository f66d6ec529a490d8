import PortalPhysics

/// The built-in portal classes: generic designs, not brands, to start from.
///
/// All three share a clear opening of 0.76 m × 2.03 m (inside the common 0.72–0.82 m by
/// 2.0–2.1 m), side panels 0.55 m deep, and coils lying in the panels' mid-planes at
/// x = ±0.43 m with their normals across the aperture. Zones are numbered from the floor.
/// The geometry is stated in the README and docs/physics.md#coils-and-their-fields; change
/// any of it in a scenario file.
public enum PortalClass: String, CaseIterable, Sendable {
    /// One transmit coil in the left panel, one receive coil in the right panel:
    /// a single channel, continuous-wave at 5 kHz.
    case cwSingleZone = "cw-single-zone"
    /// One transmit coil in the left panel; six stacked receive coils in the right panel,
    /// one per zone; continuous-wave at 5 kHz.
    case cwMultiZone = "cw-multi-zone"
    /// Transmit coils in both panels in series aiding; eight stacked receive coils in
    /// the right panel; pulse induction at 100 pulses/s with a 20–120 µs gate.
    case piMultiZone = "pi-multi-zone"

    public var summary: String {
        switch self {
        case .cwSingleZone: return "single-zone continuous-wave portal, 5 kHz, TX left panel, RX right panel"
        case .cwMultiZone: return "6-zone continuous-wave portal, 5 kHz, TX left panel, 6 stacked RX coils right"
        case .piMultiZone: return "8-zone pulse-induction portal, 100 pulses/s, gate 20-120 us, TX both panels"
        }
    }

    public static let aperture = Aperture(widthM: 0.76, heightM: 2.03, panelDepthM: 0.55)
    /// Where the coils lie: the panels' mid-planes.
    public static let coilPlaneXM = 0.43
    /// Coils span the panel depth less a 2.5 cm margin on each side.
    public static let coilWidthM = 0.50
    /// The transmit coil runs from 5 cm to 1.95 m above the floor.
    static let transmitBottomM = 0.05, transmitTopM = 1.95

    public var portal: Portal {
        switch self {
        case .cwSingleZone:
            return Portal(name: rawValue, aperture: Self.aperture,
                          transmitter: CoilSet(name: "tx", coils: [Self.panelCoil(side: -1, bottomM: Self.transmitBottomM, topM: Self.transmitTopM, turns: 30)]),
                          zones: [CoilSet(name: "zone 1", coils: [Self.panelCoil(side: 1, bottomM: Self.transmitBottomM, topM: Self.transmitTopM, turns: 60)])],
                          transmitterCurrentA: 0.5, detector: .continuousWave(frequenciesHz: [5000]))
        case .cwMultiZone:
            return Portal(name: rawValue, aperture: Self.aperture,
                          transmitter: CoilSet(name: "tx", coils: [Self.panelCoil(side: -1, bottomM: Self.transmitBottomM, topM: Self.transmitTopM, turns: 30)]),
                          zones: Self.stackedZones(count: 6, side: 1, turns: 60),
                          transmitterCurrentA: 0.5, detector: .continuousWave(frequenciesHz: [5000]))
        case .piMultiZone:
            return Portal(name: rawValue, aperture: Self.aperture,
                          transmitter: CoilSet(name: "tx", coils: [
                              Self.panelCoil(side: -1, bottomM: Self.transmitBottomM, topM: Self.transmitTopM, turns: 20),
                              Self.panelCoil(side: 1, bottomM: Self.transmitBottomM, topM: Self.transmitTopM, turns: 20),
                          ]),
                          zones: Self.stackedZones(count: 8, side: 1, turns: 40),
                          transmitterCurrentA: 2.0,
                          detector: .pulseInduction(gate: PulseGate(startS: 20e-6, endS: 120e-6), pulseRateHz: 100))
        }
    }

    /// A rectangular coil in a side panel (`side` −1 left, +1 right), from `bottomM` to
    /// `topM`, normal along +x so that coils on both sides aid each other.
    static func panelCoil(side: Double, bottomM: Double, topM: Double, turns: Double) -> WeightedCoil {
        // Local x ↦ portal y (depth), local y ↦ portal z (height), local z ↦ portal x.
        let orientation = Rotation(uncheckedColumns: .unitY, .unitZ, .unitX)
        let coil = Coil(shape: .rectangle(widthM: coilWidthM, heightM: topM - bottomM), turns: turns,
                        centerM: Vector3(side * coilPlaneXM, 0, (bottomM + topM) / 2), orientation: orientation)
        return WeightedCoil(coil)
    }

    /// `count` equal receive coils stacked over the transmit coil's height, one zone each.
    static func stackedZones(count: Int, side: Double, turns: Double) -> [CoilSet] {
        let height = (transmitTopM - transmitBottomM) / Double(count)
        return (0..<count).map { k in
            let bottom = transmitBottomM + Double(k) * height
            return CoilSet(name: "zone \(k + 1)", coils: [panelCoil(side: side, bottomM: bottom, topM: bottom + height, turns: turns)])
        }
    }
}
