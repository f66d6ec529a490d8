import PortalPhysics

/// Decodes `population:` and `threats:`.
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
/// ```
enum PopulationDescription {
    static func decodePopulation(_ value: YAMLValue, catalog: ObjectCatalog, _ d: inout DiagnosticCollector) -> Population? {
        guard let m = value.mapping(allowedKeys: ["name", "female_share", "walking_speed", "lateral_offset", "items"], reporting: &d) else { return nil }
        var p = Population.standard
        var ok = true
        if let v = m.optional("name") { if let s = v.name(reporting: &d) { p.name = s } else { ok = false } }
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
                let items = list.map { decodeItem($0, catalog: catalog, &d) }
                if items.contains(where: { $0 == nil }) { ok = false } else { p.items = items.compactMap { $0 } }
            } else { ok = false }
        }
        return ok ? p : nil
    }

    static func decodeItem(_ value: YAMLValue, catalog: ObjectCatalog, _ d: inout DiagnosticCollector) -> Population.Item? {
        guard let m = value.mapping(allowedKeys: ["object", "location", "probability"], reporting: &d) else { return nil }
        let object = m.required("object", reporting: &d).flatMap { lookupObject($0, catalog: catalog, &d) }
        let location = m.required("location", reporting: &d).flatMap { lookupLocation($0, &d) }
        let probability = m.optional("probability").map { $0.quantity(.dimensionless, range: .unitInterval, reporting: &d) } ?? 1
        guard let object, let location, let probability else { return nil }
        return Population.Item(object: object, location: location, probability: probability)
    }

    static func decodeThreats(_ value: YAMLValue, catalog: ObjectCatalog, _ d: inout DiagnosticCollector) -> Threats? {
        guard let m = value.mapping(allowedKeys: ["objects", "locations", "attitude", "carrier"], reporting: &d) else { return nil }
        let objects = m.required("objects", reporting: &d).flatMap { list(of: $0, &d) { lookupObject($0, catalog: catalog, &$1) } }
        let locations = m.required("locations", reporting: &d).flatMap { list(of: $0, &d) { lookupLocation($0, &$1) } }
        let attitude = m.optional("attitude").map { $0.choice(of: Threats.Attitude.self, reporting: &d) } ?? .typical
        if let objects, let value = m.optional("objects") { reportRepeats(objects.map(\.name), in: value, &d) }
        if let locations, let value = m.optional("locations") { reportRepeats(locations.map(\.name), in: value, &d) }
        let carrier = m.optional("carrier").map { $0.choice(of: Threats.Carrier.self, reporting: &d) } ?? .clean
        guard let objects, let locations, let attitude, let carrier else { return nil }
        return Threats(objects: objects, locations: locations, attitude: attitude, carrier: carrier)
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

    static func lookupLocation(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> BodyLocation? {
        guard let name = value.string(reporting: &d) else { return nil }
        if let location = BodyLocation.named(name) { return location }
        let hint = SpellingSuggestion.closest(to: name, among: BodyLocation.names).map { "; did you mean '\($0)'?" } ?? ""
        d.report(value.diagnostic("unknown body location '\(name)'\(hint) (`portalsim locations` lists them)"))
        return nil
    }
}
