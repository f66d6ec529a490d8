/// Which case a tally belongs to: a portal configuration and either a threat (a
/// device at a body location) or an innocent population.
///
/// Keys order the rows of every output — by configuration, threats before innocent
/// populations, then object and location — so that files are the same whatever
/// order the cases were run or merged in.
public struct CaseKey: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The portal configuration's name.
    public var configuration: String
    /// The device name, or the population's name for an innocent case.
    public var object: String
    /// The body location's name, or "-" where none applies.
    public var location: String
    /// True for an innocent population (a nuisance-alarm rate), false for a threat
    /// (a probability of detection).
    public var isInnocent: Bool

    public init(configuration: String, object: String, location: String, isInnocent: Bool) {
        self.configuration = configuration
        self.object = object
        self.location = location
        self.isInnocent = isInnocent
    }

    /// A threat case: `device` carried at `location`, in `configuration`.
    public static func threat(configuration: String, device: String, location: String) -> CaseKey {
        CaseKey(configuration: configuration, object: device, location: location, isInnocent: false)
    }

    /// An innocent case: `population` walking through `configuration`.
    public static func innocent(configuration: String, population: String) -> CaseKey {
        CaseKey(configuration: configuration, object: population, location: "-", isInnocent: true)
    }

    public static func < (a: CaseKey, b: CaseKey) -> Bool {
        if a.configuration != b.configuration { return a.configuration < b.configuration }
        if a.isInnocent != b.isInnocent { return !a.isInnocent }
        if a.object != b.object { return a.object < b.object }
        return a.location < b.location
    }

    /// "configuration: object at location" or "configuration: population (innocent)",
    /// for messages.
    public var description: String {
        isInnocent
            ? "\(configuration): \(object) (innocent)"
            : "\(configuration): \(object) at \(location)"
    }
}
