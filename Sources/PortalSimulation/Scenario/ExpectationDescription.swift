/// Decodes `expect:`, the scenario's regression thresholds.
///
/// ```yaml
/// expect:
///   - {metric: detection, object: smartphone, location: waistband-front, at_least: 99 %}
///   - {metric: detection, object: mini-phone-3310, location: ankle-sock, at_most: 50 %}
///   - {metric: nuisance, at_most: 35 %, confidence: 99 %}
/// ```
///
/// Names are not looked up here: what an expectation may select is known only from
/// the cases of the run (or, later, of a pipeline or a protocol), so an expectation
/// that selects nothing is reported when it is matched (`RateExpectation.matches`).
enum ExpectationDescription {
    static let keys = ["metric", "configuration", "object", "population", "location", "at_least", "at_most", "confidence"]

    /// The written-out word for "every one", besides leaving the key out.
    static let wildcard = "*"

    static func decode(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> [RateExpectation] {
        PopulationDescription.list(of: value, &d) { decodeItem($0, &$1) } ?? []
    }

    static func decodeItem(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> RateExpectation? {
        guard let m = value.mapping(allowedKeys: keys, reporting: &d) else { return nil }
        var ok = true
        let metric = m.required("metric", reporting: &d).flatMap { $0.choice(of: RateExpectation.Metric.self, reporting: &d) }
        if metric == nil { ok = false }

        // Which selectors fit which metric: a detection is of an object at a location,
        // a nuisance rate is a whole population's.
        let misplaced: [String: String] = metric == .detection
            ? ["population": "'population' selects a nuisance rate; a detection expectation names an 'object' and a 'location'"]
            : metric == .nuisance
            ? ["object": "a nuisance expectation names its 'population', not an object",
               "location": "a nuisance rate is a whole population's; 'location' applies to detection"]
            : [:]
        for entry in m.entries {
            if let message = misplaced[entry.key] { d.report(entry.keyValue.diagnostic(message)); ok = false }
        }
        func selector(_ key: String, _ d: inout DiagnosticCollector) -> String?? {
            guard let v = m.optional(key) else { return .some(nil) }
            guard let name = v.string(reporting: &d) else { return nil }
            if name.isEmpty {
                d.report(v.diagnostic("give a name, or '\(wildcard)' (or leave the key out) for every one"))
                return nil
            }
            return .some(name == wildcard ? nil : name)
        }
        let configuration = selector("configuration", &d)
        let object = selector(metric == .nuisance ? "population" : "object", &d)
        let location = selector("location", &d)
        if configuration == nil || object == nil || location == nil { ok = false }

        let bound = decodeBound(m, &d)
        if bound == nil { ok = false }
        let confidence = m.optional("confidence").map {
            $0.quantity(.dimensionless, range: .confidenceLevel, reporting: &d)
        } ?? RateExpectation.defaultConfidence
        if confidence == nil { ok = false }

        guard ok, let metric, let configuration, let object, let location, let bound, let confidence else { return nil }
        var fields: [String: ExpectationOrigin.Place] = [:]
        for entry in m.entries {
            fields[entry.key] = .init(location: entry.value.location, keyPath: entry.value.keyPath.description)
        }
        let origin = ExpectationOrigin(file: value.file, item: .init(location: value.location, keyPath: value.keyPath.description),
                                       fields: fields)
        return RateExpectation(metric: metric, configuration: configuration, object: object,
                           location: metric == .nuisance ? nil : location, bound: bound, confidence: confidence, origin: origin)
    }

    /// Exactly one of `at_least` and `at_most`, a fraction. A threshold no interval can
    /// ever meet (at least 100 %, at most 0 %) is refused: it could only fail or stay
    /// inconclusive, whatever the portal does.
    private static func decodeBound(_ m: YAMLMapping, _ d: inout DiagnosticCollector) -> RateExpectation.Bound? {
        let given = m.entries.filter { $0.key == "at_least" || $0.key == "at_most" }
        guard let entry = given.first else {
            d.report(m.value.diagnostic("missing the threshold: give 'at_least' or 'at_most' (a fraction such as 99 %)"))
            return nil
        }
        if given.count > 1 {
            d.report(given[1].keyValue.diagnostic("give one threshold, 'at_least' or 'at_most', not both"))
            return nil
        }
        guard let x = entry.value.quantity(.dimensionless, range: .unitInterval, reporting: &d) else { return nil }
        if entry.key == "at_least" {
            guard x < 1 else {
                d.report(entry.value.diagnostic("can never pass: an interval's lower end stays below 100 % however many passes; write e.g. 99.9 %"))
                return nil
            }
            return .atLeast(x)
        }
        guard x > 0 else {
            d.report(entry.value.diagnostic("can never pass: an interval's upper end stays above 0 % however many passes; write e.g. 0.1 %"))
            return nil
        }
        return .atMost(x)
    }
}
