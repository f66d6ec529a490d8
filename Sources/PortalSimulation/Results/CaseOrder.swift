/// The order of a scenario's rows in every table: the file's own. Configurations as
/// listed (each followed by its portal stages' labels, as `results.csv` names them),
/// within each the threats object by object as listed, each at the locations as
/// listed, then the innocent populations as listed. An analyst who lists "today" first
/// and the body cavity last finds them there, not wherever the alphabet puts them.
///
/// `CaseKey`'s own order (alphabetical) remains for keys no scenario is known for (a
/// merge of plain shards without `--scenario`) and for the bytes of tally files.
public struct CaseOrder: Sendable {
    private let rank: [CaseKey: Int]
    /// The cases in order, each once (as a tally file stores them).
    public let keys: [CaseKey]

    public init(keys: [CaseKey]) {
        var rank: [CaseKey: Int] = [:]
        var unique: [CaseKey] = []
        for key in keys where rank[key] == nil {
            rank[key] = rank.count
            unique.append(key)
        }
        self.rank = rank
        self.keys = unique
    }

    /// The file order of `scenario`'s cases, under both the configurations' names
    /// (screening tables) and their portal stages' labels (`results.csv`).
    public init(_ scenario: RunScenario) {
        var keys: [CaseKey] = []
        for configuration in scenario.configurations {
            var labels = [configuration.name]
            for s in configuration.stages.indices {
                if configuration.stages[s].portalStage != nil { labels.append(configuration.label(ofStage: s)) }
            }
            for label in labels {
                if let threats = scenario.threats {
                    for object in threats.objects {
                        for location in threats.locations {
                            keys.append(.threat(configuration: label, device: object.name, location: location.name))
                        }
                    }
                }
                for population in scenario.populations {
                    keys.append(.innocent(configuration: label, population: population.name))
                }
            }
        }
        self.init(keys: keys)
    }

    /// `keys` in this order; keys it does not know come last, in `CaseKey` order.
    public func sorted(_ keys: some Sequence<CaseKey>) -> [CaseKey] {
        keys.sorted { a, b in
            switch (rank[a], rank[b]) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
    }
}
