import PortalPhysics

/// A hand-held wand search: an officer sweeps a `HandWand` over the
/// body, usually after a portal alarm, and searches where it sounds
/// (docs/physics.md#the-wand).
///
/// **What it sees.** Per person, each carried item in an area the operator does not
/// skip is passed by the operator's two nearest sweep lines. On each line the coil
/// glides at `standoff` from the body over the item, which lies `wandDepthM` under the
/// surface (`BodyLocation.wandDepthM`), and misses it sideways by where the lines fall:
/// the nearest within ± half the spacing, the other a spacing further. The coil faces
/// the body's front or back, whichever side the item is on, and moves up the body
/// (`HandWand.SweepDirection.vertical`). Each line's trace
/// (`HandWand.sweepTrace(tensor:depthM:missM:halfLengthM:into:)`) gets white noise per
/// sample, and the item alarms if any |sample| exceeds the threshold. The threshold is
/// the |V| of a reference object face-on on the coil axis, as wands are specified
/// ("detects a 1-euro coin at 8 cm"), so the coil's turns and current cancel out.
///
/// **What it cannot see.** Anything deeper than about a coil diameter: the signal falls
/// as the sixth power of the distance, so a mini phone in a body cavity (11 cm from the
/// coil) gives a few tenths of the threshold at best. Nor what an operator skips. Items
/// are seen one at a time: two items next to each other do not add.
///
/// **Outcome.** The stage alarms if any item alarms (innocent metal too: a belt buckle
/// costs the same minute); a threat is found if its own trace alarmed and the search of
/// the indicated place then recovers it (`recovery`).
public struct WandStage: Hashable, Sendable {
    /// The object whose signal sets the threshold, and its distance on the coil axis.
    public struct Reference: Hashable, Sendable {
        public var objectName: String
        public var distanceM: Double

        public init(objectName: String, distanceM: Double) {
            self.objectName = objectName
            self.distanceM = distanceM
        }

        /// The 1-euro coin face-on at 8 cm: the figure wand makers quote most often for
        /// a security wand's reach on a coin.
        public static let euroCoin = Reference(objectName: "euro-1", distanceM: 0.08)
    }

    /// The wand's distance from the body surface: a normal distribution cut at `minimumM`
    /// (a wand is held off the body, not pressed into it).
    public struct Standoff: Hashable, Sendable {
        public var meanM: Double
        public var standardDeviationM: Double
        public var minimumM: Double

        public init(meanM: Double, standardDeviationM: Double, minimumM: Double) {
            self.meanM = meanM
            self.standardDeviationM = standardDeviationM
            self.minimumM = minimumM
        }

        /// 3 ± 1 cm, at least 5 mm: operators are taught to keep the wand 2–5 cm off the
        /// body (assumed, from training descriptions; not measured).
        public static let standard = Standoff(meanM: 0.03, standardDeviationM: 0.01, minimumM: 0.005)
    }

    public var wand: HandWand
    public var reference: Reference
    /// |V| of the reference object at its distance, V: the alarm threshold.
    public var thresholdV: Double
    /// The white noise per trace sample as a fraction of the threshold: 0.2 puts the
    /// threshold at 5 σ, where noise alone alarms about once in 10⁴ people with an item.
    public var noiseFraction: Double
    public var standoff: Standoff
    /// Distance between neighbouring sweep lines.
    public var sweepSpacingM: Double
    /// The probability that the operator skips each area, drawn once per person and area.
    public var skipProbability: [BodyLocation.WandArea: Double]
    /// The probability that an item the wand alarmed on is then retrieved (the officer
    /// finds it where the wand sounded).
    public var recovery: Double

    /// Half the length of the stretch of a sweep line simulated around an item: beyond
    /// 15 cm (nearly four coil radii) a small object gives less than a hundredth of its
    /// closest signal.
    public static let sweepHalfLengthM = 0.15
    /// Samples per sweep line, 5 mm apart: fine enough to catch the two peaks a shallow
    /// object gives as the winding passes over it, each about as wide as its depth.
    public static let samplesPerSweep = 61
    /// Sweep lines simulated per item: the two nearest.
    public static let linesPerItem = 2

    public static let standardNoiseFraction = 0.2
    public static let standardSweepSpacingM = 0.08
    public static let standardSkipProbability = 0.1
    public static let standardRecovery = 0.95
    /// A minute's wanding of a person who alarmed, front and back, with its resolution:
    /// 45 s (planning figure).
    public static let standardSeconds = 45.0
    public static let standardStaff = 1.0

    /// A wand stage with the threshold set from `referenceSpectrum` (the spectrum of
    /// `reference.objectName`) face-on at `reference.distanceM`.
    public init(wand: HandWand = .standard, reference: Reference, referenceSpectrum: RelaxationSpectrum,
                noiseFraction: Double = WandStage.standardNoiseFraction, standoff: Standoff = .standard,
                sweepSpacingM: Double = WandStage.standardSweepSpacingM,
                skipProbability: [BodyLocation.WandArea: Double] = WandStage.uniformSkip(WandStage.standardSkipProbability),
                recovery: Double = WandStage.standardRecovery) {
        self.wand = wand
        self.reference = reference
        thresholdV = Self.thresholdV(wand: wand, referenceSpectrum: referenceSpectrum, distanceM: reference.distanceM)
        self.noiseFraction = noiseFraction
        self.standoff = standoff
        self.sweepSpacingM = sweepSpacingM
        self.skipProbability = skipProbability
        self.recovery = recovery
    }

    /// |V| of an object face-on (its own z along the coil axis: a coin's face normal) on
    /// the axis at `distanceM`.
    public static func thresholdV(wand: HandWand, referenceSpectrum: RelaxationSpectrum, distanceM: Double) -> Double {
        wand.onAxisSignalV(tensor: referenceSpectrum.tensor(frequencyHz: wand.frequencyHz), distanceM: distanceM)
    }

    /// The same skip probability for every area.
    public static func uniformSkip(_ probability: Double) -> [BodyLocation.WandArea: Double] {
        Dictionary(uniqueKeysWithValues: BodyLocation.WandArea.allCases.map { ($0, probability) })
    }

    /// The noise standard deviation per trace sample, V.
    public var noiseV: Double { noiseFraction * thresholdV }

    public func skip(_ area: BodyLocation.WandArea) -> Double { skipProbability[area] ?? 0 }
}
