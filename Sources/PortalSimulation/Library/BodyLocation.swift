import PortalPhysics

/// A place on or in the body where an object is carried or hidden:
/// where it sits, how a flat device lies there, and what later screening stages can
/// see of it.
///
/// Coordinates follow the portal's: x across the aperture (the walker's right is +x),
/// y the walking direction (the body's front is +y), z height above the floor, all
/// relative to the body's centre line at floor level (docs/physics.md#body-locations).
public struct BodyLocation: Sendable {
    /// Who can see an object there, for screening stages other than the portal.
    public enum LocationClass: String, CaseIterable, Sendable {
        /// On the skin or in the hair: a millimetre-wave scanner and a pat-down see it.
        case surface
        /// In or under clothing (pockets, waistband, bra): scanners and searches see it.
        case clothing
        /// In a shoe or sock: needs the shoes off or a shoe scanner.
        case insideShoe = "inside-shoe"
        /// Inside the body: only transmission X-ray sees it.
        case bodyCavity = "body-cavity"
    }

    /// A normal distribution of heights, m.
    public struct Height: Hashable, Sendable {
        public let meanM: Double
        public let standardDeviationM: Double

        public init(meanM: Double, standardDeviationM: Double) {
            self.meanM = meanM
            self.standardDeviationM = standardDeviationM
        }
    }

    /// Kebab-case identifier, as scenario files name it.
    public let name: String
    public let summary: String
    /// Height of the object's centre for adult men; nil where the place does not apply.
    public let heightMale: Height?
    /// Height of the object's centre for adult women; nil where the place does not apply.
    public let heightFemale: Height?
    /// |x|, the distance from the centre line, m (either side when `eitherSide`).
    public let lateralOffsetM: ClosedRange<Double>
    /// Whether the place exists on both sides (pockets) or only on the centre line.
    public let eitherSide: Bool
    /// y, front (+) or back (−) of the body's centre, m.
    public let frontBackOffsetM: ClosedRange<Double>
    /// How a flat device (length x, width y, thickness z in its own frame) lies there.
    public let typicalAttitude: DeviceAttitude
    /// Whether it swings with the legs during the pass (ankle, shoe): its path is not a
    /// straight line through the portal.
    public let movesWithGait: Bool
    public let locationClass: LocationClass
    /// The area of the body an operator sweeps a wand over the place in.
    public let wandArea: WandArea
    /// How far under the surface the wand glides over the object's centre lies, m: the
    /// wand's distance to the object is its standoff from that surface plus this.
    public let wandDepthM: Double
    /// Where the numbers come from.
    public let source: String

    /// A location; the wand's area and depth, when not given, follow the class and the
    /// height (``defaultWandArea(locationClass:heightM:)``, ``wandDepthM(_:)``).
    public init(name: String, summary: String, heightMale: Height?, heightFemale: Height?,
                lateralOffsetM: ClosedRange<Double>, eitherSide: Bool, frontBackOffsetM: ClosedRange<Double>,
                typicalAttitude: DeviceAttitude, movesWithGait: Bool, locationClass: LocationClass,
                wandArea: WandArea? = nil, wandDepthM: Double? = nil, source: String) {
        self.name = name
        self.summary = summary
        self.heightMale = heightMale
        self.heightFemale = heightFemale
        self.lateralOffsetM = lateralOffsetM
        self.eitherSide = eitherSide
        self.frontBackOffsetM = frontBackOffsetM
        self.typicalAttitude = typicalAttitude
        self.movesWithGait = movesWithGait
        self.locationClass = locationClass
        self.wandArea = wandArea ?? Self.defaultWandArea(locationClass: locationClass,
                                                         heightM: heightMale?.meanM ?? heightFemale?.meanM ?? 1)
        self.wandDepthM = wandDepthM ?? Self.wandDepthM(locationClass)
        self.source = source
    }

    /// The height distribution for a sex, nil if the place does not exist for it.
    public func height(female: Bool) -> Height? { female ? heightFemale : heightMale }
}
