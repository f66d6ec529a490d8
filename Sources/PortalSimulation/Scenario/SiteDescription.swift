/// Decodes `site:`, the year and the budget of a screening run.
///
/// ```yaml
/// site:
///   currency: EUR                 # a label; amounts are plain numbers in it
///   days_per_year: 360            # days the entrance is open
///   arrivals_per_day: 400         # optional with arrivals_by_hour (then their sum)
///   staff_cost_per_hour: 42       # an officer-hour, all costs included
///   attempts_per_year:            # phones tried per year, by device and location
///     - {object: mini-phone-thumb, location: body-cavity, attempts: 12}
///     - {object: mini-phone-3310, share: 0.02 %}   # of the carriers' arrivals; over every threat location
///   equipment:                    # per unit of the stage of that name
///     - {stage: wtmd, purchase: 6000, life_years: 10, maintenance_per_year: 300}
///     - {stage: wtmd, configurations: [pi-early-gate], purchase: 14000, life_years: 10, maintenance_per_year: 500}
/// ```
///
/// Every attempt names a device and location the threats list (they are the cases the
/// run measures); a device without a location is spread evenly over the threats'
/// locations. Every equipment entry names a stage some configuration has.
enum SiteDescription {
    static let keys = ["currency", "days_per_year", "arrivals_per_day", "staff_cost_per_hour", "attempts_per_year", "equipment"]

    struct Context {
        var threats: Threats?
        var configurations: [ScreeningConfiguration]
        /// The sum of `arrivals_by_hour`, if given: the day's arrivals when the site does not say.
        var arrivalsByHourSum: Double?
        /// The share of the arrivals that is the threats' carrier population: an
        /// attempt's `share` is of that population's arrivals (1 with one population).
        var carrierShare: Double = 1
    }

    static func decode(_ value: YAMLValue, _ context: Context, _ d: inout DiagnosticCollector) -> Site? {
        guard let m = value.mapping(allowedKeys: keys, reporting: &d) else { return nil }
        var ok = true
        func number(_ key: String, _ range: AllowedRange, default fallback: Double? = nil) -> Double? {
            guard let v = m.optional(key) else {
                if fallback == nil { d.report(value.diagnostic("missing required key '\(key)'")); ok = false }
                return fallback
            }
            let x = v.double(range: range, reporting: &d)
            if x == nil { ok = false }
            return x
        }
        let currency = m.optional("currency").flatMap { $0.name(reporting: &d) } ?? "EUR"
        let days = number("days_per_year", .within(1...366), default: 365)
        let arrivals: Double?
        if m.optional("arrivals_per_day") == nil, let sum = context.arrivalsByHourSum {
            arrivals = sum
        } else {
            arrivals = number("arrivals_per_day", .within(0.001...10_000_000))
        }
        let staffCost = number("staff_cost_per_hour", .within(0...1_000_000), default: 0)
        guard let threats = context.threats else {
            d.report(value.diagnostic("a 'site' needs 'threats': its attempts are the threats' devices and locations"))
            return nil
        }
        var attempts: [Site.Attempts] = []
        if let list = m.required("attempts_per_year", reporting: &d).flatMap({ PopulationDescription.list(of: $0, &d) { item, d in
            decodeAttempts(item, threats: threats, arrivalsPerYear: (arrivals ?? 0) * (days ?? 0) * context.carrierShare, &d)
        } }) {
            for (entry, item) in zip(list, m.optional("attempts_per_year")?.sequence(reporting: &d) ?? []) {
                for a in entry {
                    if attempts.contains(where: { $0.object == a.object && $0.location == a.location }) {
                        d.report(item.diagnostic("\(a.object) at \(a.location) has attempts from an earlier entry; give each device and location once"))
                        ok = false
                    }
                    attempts.append(a)
                }
            }
        } else { ok = false }
        var equipment: [Site.Equipment] = []
        if let section = m.optional("equipment") {
            if let items = section.sequence(reporting: &d) {
                for item in items {
                    if let e = decodeEquipment(item, configurations: context.configurations, &d) { equipment.append(e) } else { ok = false }
                }
            } else { ok = false }
        }
        guard ok, let days, let arrivals, let staffCost else { return nil }
        return Site(currency: currency, daysPerYear: days, arrivalsPerDay: arrivals, staffCostPerHour: staffCost,
                    attempts: attempts, equipment: equipment)
    }

    /// One `attempts_per_year` entry, as one attempt count per location.
    static func decodeAttempts(_ value: YAMLValue, threats: Threats, arrivalsPerYear: Double,
                               _ d: inout DiagnosticCollector) -> [Site.Attempts]? {
        guard let m = value.mapping(allowedKeys: ["object", "location", "attempts", "share"], reporting: &d) else { return nil }
        var object: String?
        if let v = m.required("object", reporting: &d), let name = v.string(reporting: &d) {
            if threats.objects.contains(where: { $0.name == name }) { object = name } else {
                d.report(v.diagnostic("'\(name)' is not one of the threats' objects (\(threats.objects.map(\.name).joined(separator: ", ")))"))
            }
        }
        var locations = threats.locations.map(\.name)
        var locationOK = true
        if let v = m.optional("location") {
            locationOK = false
            if let name = v.string(reporting: &d) {
                if threats.locations.contains(where: { $0.name == name }) {
                    locations = [name]
                    locationOK = true
                } else {
                    d.report(v.diagnostic("'\(name)' is not one of the threats' locations (\(threats.locations.map(\.name).joined(separator: ", ")))"))
                }
            }
        }
        let perYear: Double?
        switch (m.optional("attempts"), m.optional("share")) {
        case (let a?, nil): perYear = a.double(range: .within(0...1e12), reporting: &d)
        case (nil, let s?): perYear = s.quantity(.dimensionless, range: .unitInterval, reporting: &d).map { $0 * arrivalsPerYear }
        case (_?, _?):
            d.report(value.diagnostic("give either 'attempts' (per year) or 'share' (of the arrivals), not both"))
            perYear = nil
        case (nil, nil):
            d.report(value.diagnostic("missing 'attempts' (per year) or 'share' (of the arrivals)"))
            perYear = nil
        }
        guard let object, locationOK, let perYear else { return nil }
        return locations.map { Site.Attempts(object: object, location: $0, perYear: perYear / Double(locations.count)) }
    }

    static func decodeEquipment(_ value: YAMLValue, configurations: [ScreeningConfiguration],
                                _ d: inout DiagnosticCollector) -> Site.Equipment? {
        guard let m = value.mapping(allowedKeys: ["stage", "configurations", "purchase", "life_years", "maintenance_per_year"],
                                    reporting: &d) else { return nil }
        var ok = true
        var names: [String] = []
        if let v = m.optional("configurations") {
            if let list = PopulationDescription.list(of: v, &d, { item, d in item.string(reporting: &d) }) {
                for (name, item) in zip(list, v.sequence(reporting: &d) ?? []) where !configurations.contains(where: { $0.name == name }) {
                    d.report(item.diagnostic("no configuration is named '\(name)'"))
                    ok = false
                }
                names = list
            } else { ok = false }
        }
        var stage: String?
        if let v = m.required("stage", reporting: &d), let name = v.string(reporting: &d) {
            let scope = names.isEmpty ? configurations : configurations.filter { names.contains($0.name) }
            if scope.contains(where: { $0.stages.contains { $0.name == name } }) { stage = name } else {
                d.report(v.diagnostic("no stage is named '\(name)'" + (names.isEmpty ? "" : " in \(names.joined(separator: ", "))")))
            }
        }
        let purchase = m.optional("purchase").map { $0.double(range: .within(0...1e12), reporting: &d) } ?? 0
        let life = m.optional("life_years").map { $0.double(range: .within(0.1...200), reporting: &d) } ?? 10
        let maintenance = m.optional("maintenance_per_year").map { $0.double(range: .within(0...1e12), reporting: &d) } ?? 0
        guard ok, let stage, let purchase, let life, let maintenance else { return nil }
        return Site.Equipment(stage: stage, configurations: names, purchase: purchase, lifeYears: life, maintenancePerYear: maintenance)
    }
}
