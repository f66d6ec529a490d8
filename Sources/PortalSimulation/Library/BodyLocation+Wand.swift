/// What a hand-held wand meets at each body location: the area of the
/// body an operator sweeps it in, and how deep under the surface the wand passes over
/// the object sits.
///
/// Areas exist because operators do not miss single objects at random: they skip or
/// hurry through whole parts of the body — the groin above all, out of reluctance, and
/// the feet, which need the person to lift each foot. A wand stage draws once per person
/// whether each area is skipped, so two items in one area are missed together.
extension BodyLocation {
    /// The parts of the body a wand search covers one after the other.
    public enum WandArea: String, CaseIterable, Sendable {
        case head, torso, waist, groin, legs, feet

        /// Every area in a fixed order: the order a wand stage draws the skips in.
        /// Stored once, so that reading it in the pass loop does not build an array.
        public static let ordered: [WandArea] = allCases

        /// The area's place in `ordered`, for bit masks.
        public var index: Int {
            switch self {
            case .head: 0
            case .torso: 1
            case .waist: 2
            case .groin: 3
            case .legs: 4
            case .feet: 5
            }
        }
    }

    /// The area a location of `locationClass` whose object sits at `heightM` (its mean
    /// for men, else for women) falls in, when its entry does not say: the groin for a
    /// body cavity, the feet for a shoe, and by height otherwise — above 1.5 m the head,
    /// above 1.05 m the torso (chest pockets, armpits, bra), above 0.88 m the waist
    /// (waistband and trouser pockets), above 0.2 m the legs, below the feet. The
    /// built-in locations name their areas (locations.yaml): the groin's underwear and
    /// the body cavities behind it are the groin, socks and shoes the feet.
    public static func defaultWandArea(locationClass: LocationClass, heightM z: Double) -> WandArea {
        switch locationClass {
        case .bodyCavity: return .groin
        case .insideShoe: return .feet
        case .surface, .clothing:
            return z > 1.5 ? .head : z > 1.05 ? .torso : z > 0.88 ? .waist : z > 0.2 ? .legs : .feet
        }
    }

    /// How far under the surface the wand passes over an object at a location of this
    /// class lies, when its entry does not say (`wand_depth`).
    ///
    /// By class (our estimates, uncertain to a factor of two): on the skin 0.5 cm (half
    /// a small device's thickness, tape); in clothing 1 cm (a layer of cloth and half a
    /// phone); inside a shoe 3 cm (the wand is swept over the shoe, and the insole and
    /// sole lie between); inside the body 8 cm (a rectal or vaginal concealment lies
    /// some 5–10 cm from the skin the wand can reach, the perineum or buttocks).
    public static func wandDepthM(_ locationClass: LocationClass) -> Double {
        switch locationClass {
        case .surface: 0.005
        case .clothing: 0.01
        case .insideShoe: 0.03
        case .bodyCavity: 0.08
        }
    }
}
