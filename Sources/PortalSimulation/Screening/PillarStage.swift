import PortalPhysics

/// Passive ferromagnetic pillars: posts of fluxgate gradiometers beside
/// the walkway that everyone walks past, before or after the portal
/// (docs/physics.md#ferromagnetic-pillars).
///
/// **What it sees.** Each carried item's static moment — a magnet's remanence plus the
/// moment the Earth's field induces in its steel, turned with the item
/// (`GradiometerPillars.staticMomentAm2`) — carried along the same walk as the portal's:
/// the walker's speed and lateral offset, the item at its placement, a foot's items
/// rising with the gait. The pillars stand at y = 0, the walk runs from y = −1 m to
/// +1 m; every item's readings add per gradiometer and sample, white noise is added per
/// gradiometer sample, and the stage alarms if any |reading| exceeds the threshold.
/// Readings are quasi-static (no filter), as in `GradiometerPillars.standard`'s table.
///
/// **What it cannot see.** Pillars detect magnets, not phones: a phone's loudspeaker
/// and vibration motor give tens of nT on the centre line, a mini phone without them
/// about 0.01 nT. And steel has no remanence in the model (only the moment the Earth's
/// field induces), whereas real keys, knives and shoe shanks are often magnetised many
/// times more strongly: the nuisance alarms this stage reports are understated.
///
/// **Outcome.** An alarm only: pillars point at no place on the body, so the stage
/// never finds an item (`canFind` is false); a wand or search entered on its alarm does.
public struct PillarStage: Hashable, Sendable {
    public var pillars: GradiometerPillars
    /// White noise per gradiometer sample, T rms.
    public var noiseT: Double
    /// The alarm threshold on |reading|, T.
    public var thresholdT: Double
    public var sampleRateHz: Double
    public var earthField: EarthField
    /// The walking direction's azimuth from magnetic north towards east, rad.
    public var walkingAzimuthRad: Double

    /// The walk runs from y = −`walkHalfLengthM` to +`walkHalfLengthM` past the pillars
    /// at y = 0: at 1 m from the walker's path, a speaker magnet reads under 1 % of its
    /// closest value (the reading falls as the fourth power of the distance).
    public static let walkHalfLengthM = 1.0
    /// 50 Hz: a walker at 1.5 m/s moves 3 cm between samples, a tenth of the narrowest
    /// peak (an item 0.3 m from a pillar).
    public static let standardSampleRateHz = 50.0
    /// A few seconds to walk through one at a time: 4 s (planning figure).
    public static let standardSeconds = 4.0
    /// Half an officer: whoever watches the portal watches the pillars' lamp too.
    public static let standardStaff = 0.5

    public init(pillars: GradiometerPillars = .standard, noiseT: Double = GradiometerPillars.standardNoiseRmsT,
                thresholdT: Double = GradiometerPillars.standardAlarmThresholdT,
                sampleRateHz: Double = PillarStage.standardSampleRateHz, earthField: EarthField = .northernEurope,
                walkingAzimuthRad: Double = 0) {
        self.pillars = pillars
        self.noiseT = noiseT
        self.thresholdT = thresholdT
        self.sampleRateHz = sampleRateHz
        self.earthField = earthField
        self.walkingAzimuthRad = walkingAzimuthRad
    }

    public static let standard = PillarStage()

    /// B of the Earth in the portal frame, T.
    public var earthFieldT: Vector3 { earthField.fluxDensityT(walkingAzimuthRad: walkingAzimuthRad) }

    /// Samples of a walk at `speedMPerS` (both ends included).
    public func sampleCount(speedMPerS: Double) -> Int {
        Int((2 * Self.walkHalfLengthM / speedMPerS * sampleRateHz).rounded(.down)) + 1
    }
}
