import PortalPhysics
import Yams

/// A scenario's `sweep:` section: a grid of parameter values, each point the scenario
/// with those values set, all points run on the same people (the same seed: common
/// random numbers), so that a curve of detection against a parameter is smooth.
///
/// ```yaml
/// sweep:
///   sensitivity: [30, 40, 50, 60, 70]      # portal.detector.sensitivity
///   walking_speed: [0.8 m/s, 1.2 m/s]      # population.walking_speed.mean
/// ```
///
/// Points run over the product of the lists, the last parameter varying fastest. Each
/// value is set into the scenario's YAML and the point decoded as a whole, so a value
/// is checked exactly as it would be in the file, and an error names its line.
public struct SweepPlan: Sendable {
    /// A parameter a sweep may vary: its key in `sweep:`, its column in sweep.csv, and
    /// where its value goes in the scenario.
    public struct Parameter: Sendable {
        public let key: String
        public let column: String
        let path: [String]
        let dimension: PhysicalDimension?
        /// The value's node is wrapped in a one-element sequence (frequencies are a list).
        let asList: Bool
        public let summary: String
    }

    public static let parameters: [Parameter] = [
        Parameter(key: "sensitivity", column: "sensitivity", path: ["portal", "detector", "sensitivity"], dimension: nil, asList: false,
                  summary: "the panel's sensitivity setting, 0-99"),
        Parameter(key: "frequency", column: "frequency_hz", path: ["portal", "detector", "frequencies"], dimension: .frequency, asList: true,
                  summary: "the CW frequency (one per point; a list gives a multi-frequency point)"),
        Parameter(key: "gate_start", column: "gate_start_s", path: ["portal", "detector", "gate_start"], dimension: .time, asList: false,
                  summary: "the PI gate's start after step-off"),
        Parameter(key: "walking_speed", column: "walking_speed_mps", path: ["population", "walking_speed", "mean"], dimension: .speed, asList: false,
                  summary: "the walkers' mean speed"),
        Parameter(key: "zone_count", column: "zone_count", path: ["portal", "zone_count"], dimension: nil, asList: false,
                  summary: "receive zones stacked in the class's panel"),
        Parameter(key: "portal_class", column: "portal_class", path: ["portal", "class"], dimension: nil, asList: false,
                  summary: "the built-in portal class (the portal becomes that class's default)"),
    ]

    /// One point: its values, as sweep.csv shows them, and the scenario it runs.
    public struct Point: Sendable {
        public let values: [CSVField]
        public let scenario: RunScenario
    }

    public let parameters: [Parameter]
    /// The scenario's `output.folder`, if it gives one.
    public var outputFolder: String?
    public let points: [Point]
    /// Warnings to print before running: see ``ImportRangeWarning``.
    public var warnings: [String] = []

    /// The same sweep with `trials` passes per case at every point.
    public func withTrials(_ trials: Int) -> SweepPlan {
        SweepPlan(parameters: parameters, outputFolder: outputFolder, points: points.map { point in
            var scenario = point.scenario
            scenario.trials = trials
            return Point(values: point.values, scenario: scenario)
        }, warnings: warnings)
    }

    /// The most points a sweep may have (and so the most values one parameter may list).
    static let maximumPoints = 10_000

    /// The sweep of the scenario file at `path`; nil when it has no `sweep:`.
    public static func load(path: String) throws(InputErrors) -> SweepPlan? {
        try load(YAMLDocument(contentsOf: path))
    }

    /// The sweep of a file already composed; nil when it has no `sweep:`.
    public static func load(_ document: YAMLDocument) throws(InputErrors) -> SweepPlan? {
        let file = try ScenarioFile.decode(document)      // the file as written must be valid
        var d = DiagnosticCollector()
        guard let top = document.root.mapping(reporting: &d), let section = top.optional("sweep") else { return nil }
        guard let m = section.mapping(allowedKeys: parameters.map(\.key), reporting: &d) else { try d.throwIfAny(); return nil }
        if m.entries.isEmpty { d.report(section.diagnostic("give at least one parameter to sweep")) }
        var chosen: [(Parameter, [(node: Node, field: CSVField)])] = []
        for entry in m.entries {
            guard let parameter = parameters.first(where: { $0.key == entry.key }),
                  let values = decodeValues(entry.value, parameter, &d) else { continue }
            chosen.append((parameter, values))
        }
        try d.throwIfAny()
        var count = 1
        for (_, values) in chosen {
            let (product, overflow) = count.multipliedReportingOverflow(by: values.count)
            guard !overflow, product <= maximumPoints else {
                throw InputErrors(section.diagnostic("the grid has \(overflow ? "too many" : "\(product)") points; a sweep may have at most \(maximumPoints)"))
            }
            count = product
        }
        var points: [Point] = []
        for index in 0..<count {
            var node = document.root.node
            var fields: [CSVField] = []
            var rest = index
            var picks: [(Parameter, (node: Node, field: CSVField))] = []
            for (parameter, values) in chosen.reversed() {
                picks.append((parameter, values[rest % values.count]))
                rest /= values.count
            }
            for (parameter, value) in picks.reversed() {
                let leaf = parameter.asList && value.node.sequence == nil ? Node.sequence(Node.Sequence([value.node])) : value.node
                node = YAMLMerge.setting(parameter.path, to: leaf, in: node)
                fields.append(value.field)
            }
            node = YAMLMerge.setting(["sweep"], to: Node("~", Tag(.null)), in: node)
            let scenario = try ScenarioFile.decode(YAMLDocument(document, root: node)).runScenario()
            guard scenario.configurations.count == 1 else {
                throw InputErrors(section.diagnostic("a sweep varies one configuration; this scenario has \(scenario.configurations.count) (use 'portalsim compare' for several)"))
            }
            points.append(Point(values: fields, scenario: scenario))
        }
        // A value set into the top-level portal reaches no stage whose portal is named in
        // `portals:` with its own class, or overrides the swept key: refuse such a sweep
        // rather than run identical points.
        let portalKeys = chosen.filter { $0.0.path.first == "portal" && $0.1.count > 1 }.map(\.0.key)
        if !portalKeys.isEmpty, let first = points.first,
           points.dropFirst().allSatisfy({ portalStages($0.scenario) == portalStages(first.scenario) }) {
            throw InputErrors(section.diagnostic("the swept \(portalKeys.joined(separator: ", ")) reach no portal stage: "
                + "a sweep sets the top-level 'portal', and this configuration's portal stages use their own"))
        }
        let warnings = ImportRangeWarning.warnings(objects: file.objects, configurations: points.flatMap(\.scenario.configurations))
        return SweepPlan(parameters: chosen.map(\.0), outputFolder: file.outputFolder, points: points, warnings: warnings)
    }

    /// Every portal stage's portal and settings, to tell whether points differ.
    static func portalStages(_ scenario: RunScenario) -> [PortalStageSetup] {
        scenario.configurations.flatMap(\.stages).compactMap { stage in
            stage.portalStage.map { PortalStageSetup(portal: $0.portal, settings: $0.settings) }
        }
    }

    struct PortalStageSetup: Equatable {
        let portal: Portal
        let settings: DetectorSettings
    }

    /// Checks a `sweep:` section as `load` would, without building its points: for the
    /// commands that do not sweep, so that a mistake there is still reported.
    /// `portal` is the top-level portal the points are laid over.
    static func validate(_ section: YAMLValue, portal: YAMLValue?, _ d: inout DiagnosticCollector) {
        guard let m = section.mapping(allowedKeys: parameters.map(\.key), reporting: &d) else { return }
        if m.entries.isEmpty { d.report(section.diagnostic("give at least one parameter to sweep")) }
        for entry in m.entries {
            if let parameter = parameters.first(where: { $0.key == entry.key }) { _ = decodeValues(entry.value, parameter, &d) }
        }
        // As each point would be refused by the detector's decoder (see PortalDescription):
        // said once here, so that `check` finds it without building the points.
        var quiet = DiagnosticCollector()
        if let swept = m.optional("sensitivity"),
           let threshold = portal?.mapping(reporting: &quiet)?.optional("detector")?.mapping(reporting: &quiet)?.optional("threshold") {
            let line = threshold.location.map { " (line \($0.line))" } ?? ""
            d.report(swept.diagnostic("sweeps the sensitivity knob, but the portal's detector gives its threshold directly"
                + "\(line); remove 'threshold' to use the knob"))
        }
    }

    /// The list of values, each checked as its parameter's type.
    static func decodeValues(_ value: YAMLValue, _ parameter: Parameter,
                             _ d: inout DiagnosticCollector) -> [(node: Node, field: CSVField)]? {
        guard let items = value.sequence(reporting: &d) else { return nil }
        if items.isEmpty { d.report(value.diagnostic("give at least one value")); return nil }
        // A sweep has at most 10000 points, so no list can be longer: refuse a huge one
        // before decoding (and holding) each of its values.
        guard items.count <= maximumPoints else {
            d.report(value.diagnostic("\(items.count) values; a sweep may have at most \(maximumPoints) points"))
            return nil
        }
        var values: [(Node, CSVField)] = []
        for item in items {
            switch parameter.key {
            case "sensitivity":
                guard let s = item.int(range: .within(0...99), reporting: &d) else { continue }
                values.append((item.node, .integer(s)))
            case "zone_count":
                guard let n = item.int(range: .within(1...24), reporting: &d) else { continue }
                values.append((item.node, .integer(n)))
            case "portal_class":
                guard let c = item.choice(of: PortalClass.self, reporting: &d) else { continue }
                values.append((item.node, .text(c.rawValue)))
            default:
                let dimension = parameter.dimension ?? .dimensionless
                if parameter.asList, item.node.sequence != nil, let list = item.sequence(reporting: &d) {
                    let numbers = list.compactMap { $0.quantity(dimension, range: .positive, reporting: &d) }
                    guard numbers.count == list.count, !numbers.isEmpty else { continue }
                    values.append((item.node, .text(numbers.map { NumberFormat.shortest($0) }.joined(separator: ";"))))
                } else {
                    guard let x = item.quantity(dimension, range: .positive, reporting: &d) else { continue }
                    values.append((item.node, .number(x)))
                }
            }
        }
        return values.count == items.count ? values : nil
    }
}
