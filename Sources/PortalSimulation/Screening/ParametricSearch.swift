/// A stage whose physics is not simulated but stated: a body scanner or
/// a manual search, with a probability of seeing an item by the class of the place it
/// is hidden, a chance of an alarm on an innocent person, and the chance that an item
/// seen is then recovered (docs/physics.md#parametric-searches).
///
/// The defaults are planning assumptions, not measurements, and say so in the README:
/// millimetre-wave scanners image the body's surface through clothing and not inside it;
/// transmission X-ray also sees body cavities; a pat-down finds what a hand can feel
/// through clothing, less reliably in shoes, and nothing inside the body.
public struct ParametricSearch: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case millimetreWave = "body-scanner-mmw"
        case transmissionXRay = "body-scanner-xray"
        case manualSearch = "manual-search"
    }

    public var kind: Kind
    /// The probability of seeing an item at each location class.
    public var detection: [BodyLocation.LocationClass: Double]
    /// The probability that an innocent person alarms for no item at all (a fold of
    /// clothing, a medical dressing).
    public var falseAlarm: Double
    /// The probability that an item seen is then recovered (the follow-up search of the
    /// indicated place succeeds).
    public var recovery: Double
    /// Whether the stage also alarms on innocent metal it sees (a scanner sees a belt
    /// buckle as an anomaly; a searching officer who feels one does not count an alarm).
    public var alarmsOnInnocentItems: Bool

    public init(kind: Kind, detection: [BodyLocation.LocationClass: Double], falseAlarm: Double,
                recovery: Double, alarmsOnInnocentItems: Bool) {
        self.kind = kind
        self.detection = detection
        self.falseAlarm = falseAlarm
        self.recovery = recovery
        self.alarmsOnInnocentItems = alarmsOnInnocentItems
    }

    /// The documented defaults of each kind.
    public static func standard(_ kind: Kind) -> ParametricSearch {
        switch kind {
        case .millimetreWave:
            return ParametricSearch(kind: kind, detection: [.surface: 0.9, .clothing: 0.9, .insideShoe: 0.3, .bodyCavity: 0],
                                    falseAlarm: 0.1, recovery: 0.95, alarmsOnInnocentItems: true)
        case .transmissionXRay:
            return ParametricSearch(kind: kind, detection: [.surface: 0.95, .clothing: 0.95, .insideShoe: 0.9, .bodyCavity: 0.9],
                                    falseAlarm: 0.02, recovery: 0.95, alarmsOnInnocentItems: true)
        case .manualSearch:
            return ParametricSearch(kind: kind, detection: [.surface: 0.7, .clothing: 0.8, .insideShoe: 0.5, .bodyCavity: 0],
                                    falseAlarm: 0, recovery: 1, alarmsOnInnocentItems: false)
        }
    }

    /// The typical time per person of each kind, s: a scan of 7–8 s plus about a minute of
    /// handling for transmission X-ray; ~30 s for a millimetre-wave scan
    /// with its alarm resolution; two minutes for a thorough pat-down.
    public static func standardSeconds(_ kind: Kind) -> Double {
        switch kind {
        case .millimetreWave: return 30
        case .transmissionXRay: return 70
        case .manualSearch: return 120
        }
    }

    public func probability(_ locationClass: BodyLocation.LocationClass) -> Double {
        detection[locationClass] ?? 0
    }
}
