import PortalPhysics

/// Who walks through: how fast, how far off the centre line, and what metal they carry
/// innocently.
public struct Population: Sendable {
    public struct Item: Sendable {
        public let object: ObjectEntry
        public let location: BodyLocation
        /// The chance that a person carries it.
        public let probability: Double
    }

    public var name: String
    /// The population's share of the arrivals at the entrance (1 for a scenario's only
    /// population; the shares of a scenario's populations add up to 1).
    public var share: Double
    public var femaleShare: Double
    public var speedMeanMPerS: Double
    public var speedSdMPerS: Double
    public var speedRangeMPerS: ClosedRange<Double>
    public var lateralOffsetSdM: Double
    public var items: [Item]

    public static let standard = Population(name: "visitors", share: 1, femaleShare: 0.5, speedMeanMPerS: 1.1, speedSdMPerS: 0.2,
                                            speedRangeMPerS: 0.5...1.5, lateralOffsetSdM: 0.05, items: [])

    /// Everything that decides who walks through, as text: two populations with the
    /// same fingerprint draw the same people from the same seed. For comparisons within
    /// one process only (it holds hash values).
    public var fingerprint: String {
        // The spectrum's hash (this process's) tells two objects of the same name apart.
        let items = self.items.map { "\($0.object.name)#\($0.object.spectrum.hashValue)@\($0.location.name):\($0.probability)" }
            .joined(separator: ",")
        return "\(name)|\(share)|\(femaleShare)|\(speedMeanMPerS)|\(speedSdMPerS)|\(speedRangeMPerS)|\(lateralOffsetSdM)|\(items)"
    }
}

/// What is hidden, and where: every object at every location is a case.
public struct Threats: Sendable {
    public enum Attitude: String, CaseIterable, Sendable {
        /// The location's typical attitude, turned at random by up to ±15° about the vertical.
        case typical
        /// Uniform over all rotations.
        case random
    }

    /// Who carries the threat.
    public enum Carrier: String, CaseIterable, Sendable {
        /// A clean tester: the threat and nothing else (the walk-through standards' tester).
        case clean
        /// A member of the population: the threat and whatever innocent metal they carry,
        /// which may itself alarm a stage and send them on to a search.
        case population
    }

    public var objects: [ObjectEntry]
    public var locations: [BodyLocation]
    public var attitude: Attitude
    public var carrier: Carrier
    /// The population whose people carry the threats (their walking, their routes and,
    /// with `carrier: population`, their items); nil: the scenario's first.
    public var population: String?

    public init(objects: [ObjectEntry], locations: [BodyLocation], attitude: Attitude, carrier: Carrier = .clean,
                population: String? = nil) {
        self.objects = objects
        self.locations = locations
        self.attitude = attitude
        self.carrier = carrier
        self.population = population
    }

    /// As `Population.fingerprint`; the carrying population is compared by
    /// `RunScenario.carrierIndex` (a population named or left to the default may be the same).
    public var fingerprint: String {
        "\(objects.map { "\($0.name)#\($0.spectrum.hashValue)" })|\(locations.map(\.name))|\(attitude.rawValue)|\(carrier.rawValue)"
    }
}

/// Everything the engine needs: the people, the threats, and the screening
/// configurations they all go through.
public struct RunScenario: Sendable {
    public var name: String
    public var seed: UInt64
    public var trials: Int
    /// Who walks through, at least one, in file order; their shares add up to 1.
    public var populations: [Population]
    public var threats: Threats?
    /// At least one. A plain scenario has one: its portal alone.
    public var configurations: [ScreeningConfiguration]
    /// People arriving per hour at the entrance, for queueing estimates; nil: not given.
    public var arrivalsPerHour: Double?
    /// People arriving per hour in each opening hour, in order, for the queue
    /// simulation of a day; nil: not given (then `arrivalsPerHour` is a steady state).
    public var arrivalsByHour: [Double]?
    /// The year and the budget, for `site.csv`; nil: not given.
    public var site: Site?

    public init(name: String, seed: UInt64, trials: Int, populations: [Population], threats: Threats?,
                configurations: [ScreeningConfiguration]) {
        precondition(!populations.isEmpty, "RunScenario: a scenario needs a population")
        self.name = name
        self.seed = seed
        self.trials = trials
        self.populations = populations
        self.threats = threats
        self.configurations = configurations
    }

    /// One population, all the arrivals.
    public init(name: String, seed: UInt64, trials: Int, population: Population, threats: Threats?,
                configurations: [ScreeningConfiguration]) {
        var only = population
        only.share = 1
        self.init(name: name, seed: seed, trials: trials, populations: [only], threats: threats, configurations: configurations)
    }

    /// A plain scenario: one configuration, the portal alone, named after the scenario.
    public init(name: String, seed: UInt64, trials: Int, portal: Portal, detector: DetectorSettings,
                population: Population, threats: Threats?) {
        self.init(name: name, seed: seed, trials: trials, population: population, threats: threats,
                  configurations: [.portalOnly(name: name, portal: portal, detector: detector)])
    }
}

extension RunScenario {
    /// The index in `populations` of the population that carries the threats.
    public var carrierIndex: Int { Self.carrierIndex(of: threats, in: populations) }

    /// The index of `threats`' carrier population in `populations`: the one named, or the first.
    static func carrierIndex(of threats: Threats?, in populations: [Population]) -> Int {
        threats?.population.flatMap { name in populations.firstIndex { $0.name == name } } ?? 0
    }

    /// Every population's fingerprint, in order (see `Population.fingerprint`).
    public var populationsFingerprint: String { populations.map(\.fingerprint).joined(separator: "||") }
}

extension RunScenario {
    /// Whether this is more than one portal walked through by everyone: then the run
    /// writes the screening tables too (a plain portal with a site writes only
    /// `site.csv` of them, so that its results.csv keeps its columns).
    public var isScreening: Bool {
        guard configurations.count == 1, let only = configurations.first, only.stages.count == 1 else { return true }
        if only.stages[0].portalStage != nil, only.stages[0].entry.isEveryone { return false }
        return true
    }
}

extension RunScenario {
    /// The clear width people walk through, m, which bounds how far off the centre line
    /// they walk (``PersonSampler``): the narrowest of every configuration's portal
    /// apertures (``ScreeningStageKind/walkwayWidthM``), or ``standardWalkwayWidthM``
    /// when no stage bounds the walk.
    ///
    /// One width for the whole run, not one per configuration: every configuration meets
    /// the same people (common random numbers), so a person's offset is drawn once, and
    /// it must fit every portal they may walk through. The narrowest does not depend on
    /// the order of the configurations, as the first portal's did.
    public var walkwayWidthM: Double {
        configurations.compactMap(\.walkwayWidthM).min() ?? Self.standardWalkwayWidthM
    }

    /// The walkway of a scenario without a portal (pillars, wands, searches only):
    /// 0.76 m, the aperture of the bundled portal classes (``PortalClass/aperture``, the
    /// usual 30 in of walk-through portals), so that its people walk as they would
    /// through a portal of the bundled classes, and keep the offsets they had before
    /// this width had a name (a half-width of 0.38 m).
    public static let standardWalkwayWidthM = PortalClass.aperture.widthM
}
