import PortalPhysics

/// One stage of a screening pipeline: what it is, who enters it, and what it costs.
public struct ScreeningStage: Sendable {
    /// What the stage does.
    public enum Kind: Sendable {
        /// A walk-through metal detector: the physics engine.
        case portal(Portal, DetectorSettings)
        /// A parametric stage: body scanner or manual search (detection by location class).
        case search(ParametricSearch)
        /// A hand-held wand search: the wand's physics on each carried item, an operator
        /// who may skip areas.
        case wand(WandStage)
        /// Passive ferromagnetic pillars: they alarm on magnets and magnetised steel.
        case ferromagnetic(PillarStage)

        /// Whether the stage can find (locate and recover) a hidden item, rather than
        /// only alarm.
        public var canFind: Bool {
            switch self {
            case .portal, .ferromagnetic: return false
            case .search, .wand: return true
            }
        }

        /// The scenario-file name of the kind.
        public var name: String {
            switch self {
            case .portal: return "portal"
            case .search(let search): return search.kind.rawValue
            case .wand: return "wand"
            case .ferromagnetic: return "ferromagnetic"
            }
        }
    }

    /// Who enters the stage.
    public struct Entry: Hashable, Sendable {
        /// Nil: everyone who reaches the stage. Otherwise only those for whom one of these
        /// earlier stages (indices) alarmed; empty means any earlier stage.
        public var onAlarmOf: [Int]?
        /// The random share of those eligible who enter (1: all of them): random
        /// secondary screening of everyone, or of the alarmed.
        public var share: Double
        /// Nil: people of every population. Otherwise only people of these populations
        /// (names) may enter, as an X-ray for inmates returning from visits, and not for
        /// their visitors.
        public var populations: [String]?

        public static let everyone = Entry(onAlarmOf: nil, share: 1)
        public static let onAnyAlarm = Entry(onAlarmOf: [], share: 1)

        public init(onAlarmOf: [Int]?, share: Double, populations: [String]? = nil) {
            self.onAlarmOf = onAlarmOf
            self.share = share
            self.populations = populations
        }

        /// Whether everyone reaching the stage enters it (no alarm needed, no lottery,
        /// every population).
        public var isEveryone: Bool { onAlarmOf == nil && share >= 1 && populations == nil }
    }

    public var name: String
    public var kind: Kind
    public var entry: Entry
    /// How long a person spends in the stage, s.
    public var secondsPerPerson: Double
    /// Officers busy with a person while they are in the stage.
    public var staff: Double
    /// Identical units working in parallel (two portals, three search booths).
    public var units: Int

    public init(name: String, kind: Kind, entry: Entry, secondsPerPerson: Double, staff: Double, units: Int) {
        self.name = name
        self.kind = kind
        self.entry = entry
        self.secondsPerPerson = secondsPerPerson
        self.staff = staff
        self.units = units
    }
}
