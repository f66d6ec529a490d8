import PortalPhysics

/// Decodes `population:` (or `populations:`) and `threats:`.
///
/// ```yaml
/// population:
///   name: visitors
///   female_share: 50 %
///   walking_speed: {mean: 1.1 m/s, sd: 0.2 m/s, min: 0.5 m/s, max: 1.5 m/s}
///   lateral_offset: 5 cm            # standard deviation about the centre line
///   items:
///     - {object: keys, location: trouser-pocket-front, probability: 60 %}
/// threats:
///   objects: [mini-phone-thumb, mini-phone-3310]
///   locations: [ankle-sock, waistband-front, body-cavity]
///   attitude: typical               # typical or random
///   carrier: clean                  # clean (the threat alone) or population (and their everyday metal)
///   population: visitors            # with `populations:`, whose people carry them (default: the first)
/// ```
///
/// Several populations share the entrance by their shares of the arrivals, each with
/// the keys of `population:`:
///
/// ```yaml
/// populations:
///   - {name: visitors, share: 85 %, items: [{object: keys, location: trouser-pocket-front, probability: 60 %}]}
///   - {name: inmates-returning, share: 15 %, walking_speed: {mean: 1.0 m/s}}
/// ```
enum PopulationDescription {
    static let keys = ["name", "female_share", "walking_speed", "lateral_offset", "items"]

    /// How far the shares may add up from 100 %: a hundredth of a percent, so that
    /// thirds written as 33.33 % are accepted (and rescaled to add up exactly).
    static let shareTolerance = 1e-4

    /// `populations:`: a non-empty list of populations with distinct names and shares
    /// above 0 adding up to 100 % (a list of one may leave its share out).
    ///
    /// After a mistake it still returns the populations it could read (the mistake is
    /// reported, so the file is refused): their names keep `threats.population` and a
    /// stage's `enters.populations` from being reported as unknown as well.
    static func decodePopulations(_ value: YAMLValue, catalog: ObjectCatalog, locations: LocationCatalog,
                                  _ d: inout DiagnosticCollector) -> [Population]? {
        guard let items = value.sequence(reporting: &d) else { return nil }
        guard (1...64).contains(items.count) else {
            d.report(value.diagnostic(items.isEmpty ? "give at least one population" : "at most 64 populations; found \(items.count)"))
            return nil
        }
        var populations: [Population] = []
        let before = d.diagnostics.count
        for item in items {
            guard let p = decodePopulation(item, catalog: catalog, locations: locations, share: items.count > 1 ? .required : .optional, &d) else { continue }
            if populations.contains(where: { $0.name == p.name }) {
                d.report(item.diagnostic("a second population named '\(p.name)'; names must differ"))
                continue
            }
            populations.append(p)
        }
        guard d.diagnostics.count == before else { return populations.isEmpty ? nil : populations }
        let total = populations.reduce(0) { $0 + $1.share }
        guard abs(total - 1) <= shareTolerance else {
            func percent(_ x: Double) -> String { NumberFormat.shortest(NumberFormat.rounded(100 * x, significantDigits: 6)) + " %" }
            let shares = populations.map { percent($0.share) }.joined(separator: " + ")
            d.report(value.diagnostic("the populations' shares add up to \(percent(total)) (\(shares)); they are shares of the arrivals and must add up to 100 %"))
            return populations
        }
        return populations.map { var p = $0; p.share /= total; return p }
    }

    /// Whether a population's mapping may, or must, give its `share`.
    enum ShareKey { case absent, optional, required }

    static func decodePopulation(_ value: YAMLValue, catalog: ObjectCatalog, locations: LocationCatalog, share: ShareKey = .absent,
                                 _ d: inout DiagnosticCollector) -> Population? {
        guard let m = value.mapping(allowedKeys: keys + (share == .absent ? [] : ["share"]), reporting: &d) else { return nil }
        var p = Population.standard
        var ok = true
        if let v = m.optional("name") { if let s = v.name(reporting: &d) { p.name = s } else { ok = false } }
        // A missing share is reported but keeps the population (and its name) for the
        // checks that follow; the file is refused all the same.
        if share == .required && m.optional("share") == nil {
            d.report(value.diagnostic("missing 'share': the population's share of the arrivals (e.g. 20 %)"))
        }
        if let v = m.optional("share") {
            // Above 0: a population that never arrives would still run a whole case.
            let range: AllowedRange = share == .required ? .positive.and(.atMost(1)) : .unitInterval
            if let x = v.quantity(.dimensionless, range: range, reporting: &d) { p.share = x } else { ok = false }
        }
        if let v = m.optional("female_share") { if let x = v.quantity(.dimensionless, range: .unitInterval, reporting: &d) { p.femaleShare = x } else { ok = false } }
        if let v = m.optional("lateral_offset") {
            if let x = v.quantity(.length, range: .within(0...0.3), reporting: &d) { p.lateralOffsetSdM = x } else { ok = false }
        }
        if let v = m.optional("walking_speed") {
            if let speed = v.mapping(allowedKeys: ["mean", "sd", "min", "max"], reporting: &d) {
                // A walk through a portal: from a shuffle (0.1 m/s) to a run (5 m/s). A
                // slower "walk" would make a pass of millions of samples (1e-300 m/s
                // trapped converting the count); the spread may be 0.
                func q(_ key: String, _ fallback: Double, _ d: inout DiagnosticCollector) -> Double? {
                    let range: AllowedRange = key == "sd" ? .within(0...5) : .within(0.1...5)
                    return speed.optional(key).map { $0.quantity(.speed, range: range, reporting: &d) } ?? fallback
                }
                let mean = q("mean", p.speedMeanMPerS, &d), sd = q("sd", p.speedSdMPerS, &d)
                let lo = q("min", p.speedRangeMPerS.lowerBound, &d), hi = q("max", p.speedRangeMPerS.upperBound, &d)
                if let mean, let sd, let lo, let hi, lo > 0, lo < hi, (lo...hi).contains(mean) {
                    (p.speedMeanMPerS, p.speedSdMPerS, p.speedRangeMPerS) = (mean, sd, lo...hi)
                } else {
                    ok = false
                    if mean != nil && sd != nil && lo != nil && hi != nil {
                        d.report(v.diagnostic("need 0 < min < max with the mean between them"))
                    }
                }
            } else { ok = false }
        }
        if let v = m.optional("items") {
            if let list = v.sequence(reporting: &d) {
                let items = list.map { decodeItem($0, catalog: catalog, locations: locations, &d) }
                if items.contains(where: { $0 == nil }) { ok = false } else { p.items = items.compactMap { $0 } }
            } else { ok = false }
        }
        return ok ? p : nil
    }

    static func decodeItem(_ value: YAMLValue, catalog: ObjectCatalog, locations: LocationCatalog,
                           _ d: inout DiagnosticCollector) -> Population.Item? {
        guard let m = value.mapping(allowedKeys: ["object", "location", "probability"], reporting: &d) else { return nil }
        let object = m.required("object", reporting: &d).flatMap { lookupObject($0, catalog: catalog, &d) }
        let location = m.required("location", reporting: &d).flatMap { lookupLocation($0, in: locations, &d) }
        let probability = m.optional("probability").map { $0.quantity(.dimensionless, range: .unitInterval, reporting: &d) } ?? 1
        guard let object, let location, let probability else { return nil }
        return Population.Item(object: object, location: location, probability: probability)
    }

    /// - Parameter populations: the scenario's population names, one of which `population` may name.
    static func decodeThreats(_ value: YAMLValue, catalog: ObjectCatalog, locations places: LocationCatalog, populations: [String],
                              _ d: inout DiagnosticCollector) -> Threats? {
        guard let m = value.mapping(allowedKeys: ["objects", "locations", "attitude", "carrier", "population"], reporting: &d) else { return nil }
        let objects = m.required("objects", reporting: &d).flatMap { list(of: $0, &d) { lookupObject($0, catalog: catalog, &$1) } }
        let locations = m.required("locations", reporting: &d).flatMap { list(of: $0, &d) { lookupLocation($0, in: places, &$1) } }
        let attitude = m.optional("attitude").map { $0.choice(of: Threats.Attitude.self, reporting: &d) } ?? .typical
        if let objects, let value = m.optional("objects") { reportRepeats(objects.map(\.name), in: value, &d) }
        if let locations, let value = m.optional("locations") { reportRepeats(locations.map(\.name), in: value, &d) }
        let carrier = m.optional("carrier").map { $0.choice(of: Threats.Carrier.self, reporting: &d) } ?? .clean
        let population = m.optional("population").map { $0.oneOf(populations, reporting: &d) }
        if case .some(nil) = population { return nil }
        guard let objects, let locations, let attitude, let carrier else { return nil }
        return Threats(objects: objects, locations: locations, attitude: attitude, carrier: carrier, population: population ?? nil)
    }

    /// Reports every name of `names` (decoded from the sequence `value`) that repeats an
    /// earlier one, at the repeat: a case listed twice would be tallied twice from the
    /// very same passes.
    static func reportRepeats(_ names: [String], in value: YAMLValue, _ d: inout DiagnosticCollector) {
        var quiet = DiagnosticCollector()
        let items = value.sequence(reporting: &quiet) ?? []
        var seen = Set<String>()
        for (name, item) in zip(names, items) where !seen.insert(name).inserted {
            d.report(item.diagnostic("'\(name)' is listed twice; each case must be listed once"))
        }
    }

    /// A non-empty sequence, each element decoded; nil if any fails.
    static func list<T>(of value: YAMLValue, _ d: inout DiagnosticCollector,
                        _ element: (YAMLValue, inout DiagnosticCollector) -> T?) -> [T]? {
        guard let items = value.sequence(reporting: &d) else { return nil }
        if items.isEmpty { d.report(value.diagnostic("give at least one")); return nil }
        let decoded = items.map { element($0, &d) }
        return decoded.contains { $0 == nil } ? nil : decoded.compactMap { $0 }
    }

    static func lookupObject(_ value: YAMLValue, catalog: ObjectCatalog, _ d: inout DiagnosticCollector) -> ObjectEntry? {
        guard let name = value.string(reporting: &d) else { return nil }
        switch catalog.lookup(name) {
        case .success(let entry): return entry
        case .failure(let problem):
            d.report(value.diagnostic(problem.message))
            return nil
        }
    }

    /// A location of the built-in library or the scenario's `locations:`.
    static func lookupLocation(_ value: YAMLValue, in locations: LocationCatalog, _ d: inout DiagnosticCollector) -> BodyLocation? {
        guard let name = value.string(reporting: &d) else { return nil }
        if let location = locations.named(name) { return location }
        let hint = SpellingSuggestion.closest(to: name, among: locations.names).map { "; did you mean '\($0)'?" } ?? ""
        d.report(value.diagnostic("unknown body location '\(name)'\(hint) (`portalsim locations` lists them)"))
        return nil
    }
}
