import PortalPhysics

/// One stage of a screening pipeline: what it is, who enters it, and what it costs.
public struct ScreeningStage: Sendable {
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
    /// What the stage does: a portal, a search, a wand, pillars, or a kind of a caller's
    /// own (see ``ScreeningStageKind``).
    var kind: any ScreeningStageKind
    public var entry: Entry
    /// How long a person spends in the stage, s.
    public var secondsPerPerson: Double
    /// Officers busy with a person while they are in the stage.
    public var staff: Double
    /// Identical units working in parallel (two portals, three search booths).
    public var units: Int

    init(name: String, kind: any ScreeningStageKind, entry: Entry, secondsPerPerson: Double, staff: Double, units: Int) {
        self.name = name
        self.kind = kind
        self.entry = entry
        self.secondsPerPerson = secondsPerPerson
        self.staff = staff
        self.units = units
    }

    /// The scenario-file name of the stage's kind ("portal", "manual-search").
    public var kindName: String { kind.kindName }

    /// Whether the stage can find (locate and recover) a hidden item, rather than only
    /// alarm.
    public var canFind: Bool { kind.canFind }

    /// The stage's portal, if it is a portal stage.
    var portalStage: PortalStage? { kind as? PortalStage }
}
