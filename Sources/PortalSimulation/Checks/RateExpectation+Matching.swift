extension RateExpectation {
    /// Whether `observation` is one of the rates this expectation is about: the same
    /// metric, and each selector either open or naming it exactly.
    public func selects(_ observation: Observation) -> Bool {
        observation.metric == metric
            && (configuration == nil || configuration == observation.configuration)
            && (object == nil || object == observation.object)
            && (location == nil || location == observation.location)
    }

    /// The observations this expectation selects, in the given order; each becomes
    /// its own check.
    ///
    /// Selecting nothing is an input error, not a vacuous pass: a misspelt object
    /// name would otherwise turn a regression threshold off without a word. The
    /// error points at the first selector that matches no case of the metric, with
    /// the closest name the run has.
    public func matches(in observations: [Observation]) throws(InputErrors) -> [Observation] {
        let selected = observations.filter(selects)
        if !selected.isEmpty { return selected }
        throw InputErrors(noMatchDiagnostic(among: observations))
    }

    private func noMatchDiagnostic(among observations: [Observation]) -> InputDiagnostic {
        var candidates = observations.filter { $0.metric == metric }
        guard !candidates.isEmpty else {
            let what = metric == .detection ? "threat cases (a 'threats' section)" : "innocent population"
            return origin.diagnostic("the run has no \(what), so this \(metric.rawValue) expectation selects nothing")
        }
        let objectKey = metric == .detection ? "object" : "population"
        let selectors: [(key: String, name: String?, noun: String, value: (Observation) -> String)] = [
            ("configuration", configuration, "configuration", \.configuration),
            (objectKey, object, metric == .detection ? "threat object" : "population", \.object),
            ("location", location, "location", \.location),
        ]
        for selector in selectors {
            guard let name = selector.name else { continue }
            let narrowed = candidates.filter { selector.value($0) == name }
            if narrowed.isEmpty {
                var known: [String] = []
                for candidate in candidates where !known.contains(selector.value(candidate)) {
                    known.append(selector.value(candidate))
                }
                let hint = SpellingSuggestion.closest(to: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
                let plural = selector.noun == "configuration" ? "configurations" : selector.noun + "s"
                return origin.diagnostic(at: selector.key,
                    "no \(metric.rawValue) case has \(selector.noun) '\(name)'\(hint) (the run's \(plural): \(known.joined(separator: ", ")))")
            }
            candidates = narrowed
        }
        return origin.diagnostic("no \(metric.rawValue) case matches this expectation")
    }
}
