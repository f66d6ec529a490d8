/// The parametric searches as stage kinds: three kinds of one type, each with its
/// documented defaults, which the keys override.
///
/// ```yaml
/// screening:
///   - {name: pat-down, kind: manual-search, enters: on-alarm, detection: {clothing: 90 %},
///      false_alarm: 0 %, recovery: 100 %, alarms_on_innocent_items: false}
/// ```
extension ParametricSearch: ScreeningStageKind {
    static let kindNames = Kind.allCases.map(\.rawValue)
    static let keys = ["detection", "false_alarm", "recovery", "alarms_on_innocent_items"]

    static func standardSeconds(kindName: String) -> Double {
        standardSeconds(Kind(rawValue: kindName) ?? .manualSearch)
    }

    var kindName: String { kind.rawValue }

    /// A search finds what it sees, with its recovery.
    var canFind: Bool { true }

    static func decode(_ m: YAMLMapping, kindName: String, in context: StageDecodingContext,
                       _ d: inout DiagnosticCollector) -> ParametricSearch? {
        var search = ParametricSearch.standard(Kind(rawValue: kindName) ?? .manualSearch)
        var ok = true
        if let table = m.optional("detection") {
            if let entries = table.mapping(allowedKeys: BodyLocation.LocationClass.allCases.map(\.rawValue), reporting: &d) {
                for entry in entries.entries {
                    guard let locationClass = BodyLocation.LocationClass(rawValue: entry.key),
                          let p = entry.value.quantity(.dimensionless, range: .unitInterval, reporting: &d) else { ok = false; continue }
                    search.detection[locationClass] = p
                }
            } else { ok = false }
        }
        if let v = m.optional("false_alarm") {
            if let p = v.quantity(.dimensionless, range: .unitInterval, reporting: &d) { search.falseAlarm = p } else { ok = false }
        }
        if let v = m.optional("recovery") {
            if let p = v.quantity(.dimensionless, range: .unitInterval, reporting: &d) { search.recovery = p } else { ok = false }
        }
        if let v = m.optional("alarms_on_innocent_items") {
            if let b = v.bool(reporting: &d) { search.alarmsOnInnocentItems = b } else { ok = false }
        }
        return ok ? search : nil
    }

    /// A search needs nothing computed: it is its own compiled stage.
    func compile(_ compiler: inout StageCompiler, streamID: UInt64) -> any CompiledStage { self }
}

extension ParametricSearch: CompiledStage {
    func walk(_ person: StagePerson, in context: StageContext, tally: inout ScreeningTally.Stage) -> StageOutcome {
        let (alarm, found) = examine(person.carried, random: context.random)
        return StageOutcome(alarmed: alarm, found: found)
    }

    /// One person examined: a false alarm with its probability; each carried item seen
    /// with the probability of its location's class; a threat seen is recovered with
    /// `recovery`. The draws come in a fixed order whatever their results, so that the
    /// stream stays aligned between configurations.
    func examine(_ carried: [CarriedItem], random: RandomStream) -> (alarm: Bool, found: Bool) {
        var alarm = random.uniform() < falseAlarm
        var found = false
        for item in carried {
            let seen = random.uniform() < probability(item.location.locationClass)
            let recovered = random.uniform() < recovery
            guard seen else { continue }
            if item.isThreat {
                alarm = true
                found = found || recovered
            } else if alarmsOnInnocentItems {
                alarm = true
            }
        }
        return (alarm, found)
    }
}
