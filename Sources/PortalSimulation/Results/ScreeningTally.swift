/// What one configuration's pipeline came to over the passes of one case: counts only,
/// so that blocks, threads and shards merge exactly.
public struct ScreeningTally: Codable, Equatable, Sendable {
    /// One stage's counts.
    public struct Stage: Codable, Equatable, Sendable {
        /// People who entered the stage.
        public var entered = 0
        /// People the stage alarmed on.
        public var alarms = 0
        /// Threat carriers whose item the stage found.
        public var found = 0
        /// For a portal stage: its alarms by zone and its peaks, as `portalsim run` tallies them.
        public var portal: CaseTally?

        public init(portalZones: Int?) {
            portal = portalZones.map { CaseTally(zoneCount: $0) }
        }
    }

    /// People who went through the pipeline.
    public var trials = 0
    /// Threat carriers the pipeline detected: the item found (or, in a pipeline with no
    /// stage that can find, an alarm); for the innocent case, people who alarmed.
    public var detected = 0
    /// People on whom any stage alarmed.
    public var alarmed = 0
    /// People who entered a stage not everyone enters (the secondary-screening load).
    public var searched = 0
    public var stages: [Stage]
    /// `detectedNotBy[j]`: passes this configuration detected and configuration j (in
    /// the same run, on the same people) did not — the discordant pairs of a paired
    /// comparison.
    public var detectedNotBy: [Int]
    /// People by route: bit s of the key set when they entered stage s. The queue
    /// simulation sends its arrivals along these routes, so that a pat-down behind an
    /// X-ray on alarm is fed by the X-ray's own departures. Empty in a tally file
    /// written before routes were counted.
    public var routes: [UInt64: Int] = [:]

    public init(stagePortalZones: [Int?], configurations: Int) {
        stages = stagePortalZones.map { Stage(portalZones: $0) }
        detectedNotBy = Array(repeating: 0, count: configurations)
    }

    /// Adds `other`'s counts (same stages, same configurations).
    public mutating func merge(_ other: ScreeningTally) {
        trials += other.trials
        detected += other.detected
        alarmed += other.alarmed
        searched += other.searched
        for s in stages.indices {
            stages[s].entered += other.stages[s].entered
            stages[s].alarms += other.stages[s].alarms
            stages[s].found += other.stages[s].found
            if let theirs = other.stages[s].portal { stages[s].portal?.merge(theirs) }
        }
        for j in detectedNotBy.indices { detectedNotBy[j] += other.detectedNotBy[j] }
        for (route, count) in other.routes { routes[route, default: 0] += count }
    }

    private enum CodingKeys: String, CodingKey {
        case trials, detected, alarmed, searched, stages, detectedNotBy, routes
    }

    /// One route in the file: the stages entered (bit s: stage s) and how many people.
    private struct Route: Codable {
        var stages: UInt64
        var people: Int
    }

    /// Writes the counts, the routes as a list in route order (the bytes must not
    /// depend on a dictionary's iteration order).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(trials, forKey: .trials)
        try container.encode(detected, forKey: .detected)
        try container.encode(alarmed, forKey: .alarmed)
        try container.encode(searched, forKey: .searched)
        try container.encode(stages, forKey: .stages)
        try container.encode(detectedNotBy, forKey: .detectedNotBy)
        try container.encode(routes.keys.sorted().map { Route(stages: $0, people: routes[$0] ?? 0) }, forKey: .routes)
    }

    /// Reads a tally and checks that its counts agree with each other, so that a
    /// hand-edited or damaged tally file is refused when read rather than turning into
    /// a rate above one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        trials = try container.decode(Int.self, forKey: .trials)
        detected = try container.decode(Int.self, forKey: .detected)
        alarmed = try container.decode(Int.self, forKey: .alarmed)
        searched = try container.decode(Int.self, forKey: .searched)
        stages = try container.decode([Stage].self, forKey: .stages)
        detectedNotBy = try container.decode([Int].self, forKey: .detectedNotBy)
        func corrupt(_ key: CodingKeys, _ message: String) -> DecodingError {
            .dataCorruptedError(forKey: key, in: container, debugDescription: message)
        }
        guard trials >= 0 else { throw corrupt(.trials, "negative count \(trials)") }
        for (key, count) in [(CodingKeys.detected, detected), (.alarmed, alarmed), (.searched, searched)] where !(0...trials).contains(count) {
            throw corrupt(key, "\(count) of \(trials) people")
        }
        guard !stages.isEmpty else { throw corrupt(.stages, "no stages") }
        for (s, stage) in stages.enumerated() {
            guard (0...trials).contains(stage.entered), (0...stage.entered).contains(stage.alarms), (0...stage.entered).contains(stage.found) else {
                throw corrupt(.stages, "stage \(s + 1): \(stage.entered) entered, \(stage.alarms) alarms, \(stage.found) found of \(trials) people")
            }
            if let portal = stage.portal, portal.trials != stage.entered {
                throw corrupt(.stages, "stage \(s + 1): its portal tally has \(portal.trials) passes for \(stage.entered) people")
            }
        }
        guard detectedNotBy.allSatisfy({ (0...detected).contains($0) }) else {
            throw corrupt(.detectedNotBy, "discordant counts \(detectedNotBy) beyond the \(detected) detected")
        }
        var routes: [UInt64: Int] = [:]
        for route in try container.decodeIfPresent([Route].self, forKey: .routes) ?? [] {
            guard route.people > 0, stages.count >= 64 || route.stages >> UInt64(stages.count) == 0,
                  routes.updateValue(route.people, forKey: route.stages) == nil else {
                throw corrupt(.routes, "route \(route.stages) of \(route.people) people: repeated, empty or through stages the pipeline lacks")
            }
        }
        if !routes.isEmpty {
            guard routes.values.reduce(0, +) == trials else {
                throw corrupt(.routes, "routes of \(routes.values.reduce(0, +)) people for \(trials) trials")
            }
            for s in stages.indices where routes.reduce(0, { $0 + ($1.key & (1 << UInt64(s)) != 0 ? $1.value : 0) }) != stages[s].entered {
                throw corrupt(.routes, "the routes through stage \(s + 1) do not add up to its \(stages[s].entered) entered")
            }
        }
        self.routes = routes
    }

    /// detected / trials, 0 before any pass.
    public var rate: Double { trials == 0 ? 0 : Double(detected) / Double(trials) }

    public var interval: (low: Double, high: Double) {
        ClopperPearson.interval(successes: detected, trials: trials)
    }
}
