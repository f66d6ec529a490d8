import PortalPhysics
import Yams

/// Decodes `portals:`, `screening:` and `configurations:` into screening configurations.
///
/// ```yaml
/// portals:                        # named portals, laid over the top-level portal
///   pi-early: {class: pi-multi-zone, detector: {mode: pi, gate_start: 10 us, gate_end: 110 us}}
/// screening:                      # the pipeline of every configuration that gives none
///   - {name: wtmd, kind: portal, time: 6 s}
///   - {name: pat-down, kind: manual-search, enters: on-alarm, time: 2 min}
/// configurations:
///   - {name: today}
///   - {name: sensitive, portal: {detector: {sensitivity: 70}}}
///   - name: pi
///     screening:
///       - {name: wtmd, kind: portal, portal: pi-early}
///       - {name: pat-down, kind: manual-search, enters: on-alarm, time: 2 min}
/// ```
///
/// Without `configurations:` the scenario is one configuration named after it; without
/// `screening:` a configuration is its portal alone. The format is in
/// docs/scenario-format.md.
enum ScreeningDescription {
    /// The raw sections the decoder needs from the top level.
    struct Sections {
        var scenarioName: String
        var portal: YAMLValue?
        var portals: YAMLValue?
        var screening: YAMLValue?
        var configurations: YAMLValue?
        /// The objects a wand stage's reference may name.
        var catalog = ObjectCatalog()
        /// The scenario's population names, which a stage's `enters: {populations: …}` may name.
        var populations: [String] = [Population.standard.name]
        /// The stage kinds `kind:` may name.
        var kinds = StageKinds.standard
    }

    static func decode(_ sections: Sections, _ d: inout DiagnosticCollector) -> [ScreeningConfiguration]? {
        var named: [String: YAMLValue] = [:]
        if let portals = sections.portals, let m = portals.mapping(reporting: &d) {
            for entry in m.entries {
                let portal = laid(entry.value, over: sections.portal)
                named[entry.key] = portal
                _ = PortalDescription.decodeSetup(portal, reporting: &d)     // checked even when no stage uses it
            }
        }
        guard let list = sections.configurations else {
            guard sections.portal != nil || sections.screening != nil else { return [] }
            return decodeConfiguration(name: sections.scenarioName, portal: sections.portal, screening: sections.screening,
                                       named: named, sections: sections, at: sections.portal ?? sections.screening, &d).map { [$0] }
        }
        guard let items = list.sequence(reporting: &d) else { return nil }
        if items.isEmpty { d.report(list.diagnostic("give at least one configuration")); return nil }
        var configurations: [ScreeningConfiguration] = []
        var ok = true
        for item in items {
            guard let m = item.mapping(allowedKeys: ["name", "portal", "screening"], reporting: &d),
                  let name = m.required("name", reporting: &d)?.name(reporting: &d) else { ok = false; continue }
            if name.contains("/") {
                d.report(item.diagnostic("a configuration's name may not contain '/' (results.csv names a stage 'configuration/stage')"))
                ok = false
                continue
            }
            if configurations.contains(where: { $0.name == name }) {
                d.report(item.diagnostic("a second configuration named '\(name)'; names must differ"))
                ok = false
                continue
            }
            let portal = m.optional("portal").map { laid($0, over: sections.portal) } ?? sections.portal
            guard let configuration = decodeConfiguration(name: name, portal: portal, screening: m.optional("screening") ?? sections.screening,
                                                          named: named, sections: sections, at: item, &d) else { ok = false; continue }
            configurations.append(configuration)
        }
        return ok ? configurations : nil
    }

    /// `value` laid over `base` (see `YAMLMerge`), keeping `value`'s place for messages.
    static func laid(_ value: YAMLValue, over base: YAMLValue?) -> YAMLValue {
        guard let base else { return value }
        return YAMLValue(node: YAMLMerge.merged(base.node, value.node), keyPath: value.keyPath, file: value.file,
                         fallbackLocation: value.location)
    }

    /// - Parameter sections: for the catalog, the population names and the stage kinds.
    static func decodeConfiguration(name: String, portal: YAMLValue?, screening: YAMLValue?, named: [String: YAMLValue],
                                    sections: Sections, at place: YAMLValue?,
                                    _ d: inout DiagnosticCollector) -> ScreeningConfiguration? {
        guard let screening else {
            guard let portal, let setup = PortalDescription.decodeSetup(portal, reporting: &d) else {
                if portal == nil, let place { d.report(place.diagnostic("configuration '\(name)' has neither a portal nor a screening pipeline")) }
                return nil
            }
            return .portalOnly(name: name, portal: setup.portal, detector: setup.settings)
        }
        guard let items = screening.sequence(reporting: &d) else { return nil }
        if items.isEmpty { d.report(screening.diagnostic("give at least one stage")); return nil }
        if items.count > 64 { d.report(screening.diagnostic("at most 64 stages")); return nil }
        var stages: [ScreeningStage] = []
        var ok = true
        for item in items {
            guard let stage = decodeStage(item, earlier: stages, portal: portal, named: named, sections: sections, &d) else {
                ok = false
                continue
            }
            if stages.contains(where: { $0.name == stage.name }) {
                d.report(item.diagnostic("a second stage named '\(stage.name)'; names must differ"))
                ok = false
                continue
            }
            stages.append(stage)
        }
        return ok ? ScreeningConfiguration(name: name, stages: stages) : nil
    }

    /// One stage: its name, kind and entry, the kind's own keys read by the kind's type
    /// (``ScreeningStageKind/decode(_:kindName:in:_:)``), its time, staff and units.
    static func decodeStage(_ value: YAMLValue, earlier: [ScreeningStage], portal: YAMLValue?, named: [String: YAMLValue],
                            sections: Sections, _ d: inout DiagnosticCollector) -> ScreeningStage? {
        guard let m = value.mapping(reporting: &d) else { return nil }
        let kinds = sections.kinds
        let name = m.required("name", reporting: &d)?.name(reporting: &d)
        let kindName = m.required("kind", reporting: &d)?.oneOf(kinds.names, reporting: &d)
        StageKeys.check(m, kind: kindName, kinds: kinds, &d)
        guard let kindName, let type = kinds.type(named: kindName) else { return nil }
        let entry = m.optional("enters").map { decodeEntry($0, earlier: earlier, populations: sections.populations, &d) } ?? .everyone
        let context = StageDecodingContext(stage: value, configurationPortal: portal, namedPortals: named, catalog: sections.catalog)
        let kind = type.decode(m, kindName: kindName, in: context, &d)
        let staff = m.optional("staff").map { $0.double(range: .within(0...100), reporting: &d) } ?? type.standardStaff
        let units = m.optional("units").map { $0.int(range: .within(1...1000), reporting: &d) } ?? 1
        let seconds = m.optional("time").map { $0.quantity(.time, range: .within(0...86_400), reporting: &d) }
            ?? type.standardSeconds(kindName: kindName)
        guard let name, let entry, let staff, let units, let kind, let seconds else { return nil }
        return ScreeningStage(name: name, kind: kind, entry: entry, secondsPerPerson: seconds, staff: staff, units: units)
    }

    /// `enters: everyone`, `on-alarm`, `{share: 10 %}` or `{on_alarm: [wtmd], share: 50 %}`,
    /// each mapping optionally for some populations only (`populations: [inmates]`).
    static func decodeEntry(_ value: YAMLValue, earlier: [ScreeningStage], populations: [String],
                            _ d: inout DiagnosticCollector) -> ScreeningStage.Entry? {
        if case .scalar = value.node {
            guard let word = value.oneOf(["everyone", "on-alarm"], reporting: &d) else { return nil }
            if word == "on-alarm" && earlier.isEmpty {
                d.report(value.diagnostic("the first stage has no earlier stage to alarm")); return nil
            }
            return word == "everyone" ? .everyone : .onAnyAlarm
        }
        guard let m = value.mapping(allowedKeys: ["on_alarm", "share", "populations"], reporting: &d) else { return nil }
        let share = m.optional("share").map { $0.quantity(.dimensionless, range: .unitInterval, reporting: &d) } ?? 1
        var admitted: [String]?
        if let list = m.optional("populations") {
            admitted = PopulationDescription.list(of: list, &d) { item, d in item.oneOf(populations, reporting: &d) }
            guard let names = admitted else { return nil }
            // Every population named is the same as none: not a stage some people skip.
            if Set(names) == Set(populations) { admitted = nil }
        }
        var stages: [Int]?
        if let list = m.optional("on_alarm") {
            if case .scalar = list.node, list.node.string == "any" {
                stages = []
            } else {
                stages = PopulationDescription.list(of: list, &d) { item, d in
                    guard let name = item.string(reporting: &d) else { return nil }
                    guard let index = earlier.firstIndex(where: { $0.name == name }) else {
                        let hint = SpellingSuggestion.closest(to: name, among: earlier.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
                        d.report(item.diagnostic("no earlier stage named '\(name)'\(hint)"))
                        return nil
                    }
                    return index
                }
                if stages == nil { return nil }
            }
            if earlier.isEmpty { d.report(list.diagnostic("the first stage has no earlier stage to alarm")); return nil }
        }
        guard let share else { return nil }
        return ScreeningStage.Entry(onAlarmOf: stages, share: share, populations: admitted)
    }
}
