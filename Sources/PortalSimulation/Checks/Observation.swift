/// One observed rate an expectation can be held against: `successes` of `trials`.
///
/// Deliberately plain, so that every source of rates feeds the same checks: every
/// configuration's detection per case of a run (`observations(from: RunTallies)`), or
/// the detections at a qualification protocol's test points (`location` then names the
/// point and orientation). A source only has to say what was observed and how often it
/// succeeded.
public struct Observation: Sendable, Hashable {
    /// The configuration the rate belongs to (a portal setting, a screening pipeline).
    public var configuration: String
    /// The threat object, or the innocent population's name.
    public var object: String
    /// The body location or test point; "-" where none applies (an innocent population).
    public var location: String
    /// True for an innocent population's alarms (a nuisance rate), false for a
    /// threat's detections.
    public var isInnocent: Bool
    /// Detections for a threat, alarms for an innocent population.
    public var successes: Int
    public var trials: Int

    public init(configuration: String, object: String, location: String, isInnocent: Bool, successes: Int, trials: Int) {
        precondition(trials >= 0 && successes >= 0 && successes <= trials,
                     "Observation: need 0 ≤ successes ≤ trials, got \(successes) of \(trials)")
        self.configuration = configuration
        self.object = object
        self.location = location
        self.isInnocent = isInnocent
        self.successes = successes
        self.trials = trials
    }

    /// The metric this observation is a value of.
    public var metric: RateExpectation.Metric { isInnocent ? .nuisance : .detection }
}

extension Observation {
    /// The case `key` with these counts.
    public init(key: CaseKey, successes: Int, trials: Int) {
        self.init(configuration: key.configuration, object: key.object, location: key.location,
                  isInnocent: key.isInnocent, successes: successes, trials: trials)
    }

    /// Every configuration's detection per case of a run (a portal alone: its alarms;
    /// a pipeline that can find: the item found; innocent: any alarm), in `order` (the
    /// scenario file's, as in the tables), else in `CaseKey` order.
    public static func observations(from tallies: RunTallies, order: CaseOrder? = nil) -> [Observation] {
        (order?.sorted(tallies.screening.keys) ?? tallies.screening.keys.sorted()).compactMap { key in
            tallies.screening[key].map { Observation(key: key, successes: $0.detected, trials: $0.trials) }
        }
    }

    /// The cases of a qualification: configuration the protocol's name, object the test
    /// object, location "point/orientation" ("left-ankle/y"), detection its alarms.
    public static func observations(from result: QualificationResult, name: String, object: String) -> [Observation] {
        result.cases.map {
            Observation(configuration: name, object: object, location: "\($0.point.name)/\($0.orientation.rawValue)",
                        isInnocent: false, successes: $0.alarms, trials: $0.passes)
        }
    }

    /// The cases a protocol will have, before any pass.
    public static func planned(_ qualification: QualificationProtocol, name: String) -> [Observation] {
        qualification.points.flatMap { point in
            qualification.orientations.map {
                Observation(configuration: name, object: qualification.object.name, location: "\(point.name)/\($0.rawValue)",
                            isInnocent: false, successes: 0, trials: 0)
            }
        }
    }

    /// The cases a run of `keys` will have, before any pass: enough to match
    /// expectations, and so to refuse one that selects nothing, without running.
    public static func planned(_ keys: [CaseKey]) -> [Observation] {
        keys.sorted().map { Observation(key: $0, successes: 0, trials: 0) }
    }
}
