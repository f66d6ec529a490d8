import Foundation
import PortalPhysics

/// A scenario file: a name, the run's seed and size, the portal and its detector
/// settings, user-defined objects, the population walking through and the threats.
/// Every section is optional here; each command asks for what it needs.
public struct ScenarioFile: Sendable {
    public let path: String
    public let name: String?
    public let seed: UInt64?
    public let trials: Int?
    public let portal: Portal?
    public let detector: DetectorSettings
    /// Objects defined in the file, in file order.
    public let objects: [ObjectEntry]
    /// `materials:`, the metals the file adds to the library's, in file order.
    public var materials: [MaterialEntry] = []
    /// `locations:`, the body locations the file adds to the library's, in file order.
    public var locations: [BodyLocation] = []
    /// Who walks through (`population:`, or `populations:` with their shares), at least one.
    public let populations: [Population]
    public let threats: Threats?
    /// `output: {folder: …, passes: …}`: where `run` writes and whether it writes passes.csv.
    public let outputFolder: String?
    public let writePasses: Bool
    /// The screening configurations (`configurations:`, `screening:`, `portals:`): empty
    /// when the file has no portal; a plain scenario's portal alone otherwise.
    public let configurations: [ScreeningConfiguration]
    /// `expect:`, the regression thresholds `portalsim check` holds the run to; empty
    /// when the file has none.
    public let expectations: [RateExpectation]
    /// `arrivals_per_hour`: people arriving at the entrance per hour, for queueing.
    public let arrivalsPerHour: Double?
    /// `arrivals_by_hour`: people arriving per hour in each opening hour, in order, for
    /// the queue simulation of a day (instead of a steady `arrivals_per_hour`).
    public var arrivalsByHour: [Double]?
    /// `signatures: {model: solver | ellipsoid, cells: N}`: how primitives' spectra are
    /// computed (default: the solvers at 16 cells across).
    public var signatureModel: SignatureModel = .standard
    /// `site:`: the year and the budget (see `Site`); nil when not given.
    public var site: Site?

    static let topLevelKeys = ["name", "description", "seed", "trials", "portal", "materials", "locations", "objects", "population", "populations", "threats", "output",
                               "portals", "screening", "configurations", "sweep", "expect",
                               "arrivals_per_hour", "arrivals_by_hour", "signatures", "site"]

    public static func load(path: String) throws(InputErrors) -> ScenarioFile {
        try decode(YAMLDocument(contentsOf: path))
    }

    public static func decode(_ document: YAMLDocument) throws(InputErrors) -> ScenarioFile {
        try decode(document, stageKinds: .standard)
    }

    /// As `decode(_:)`, with the stage kinds `kind:` may name (a test's own, beside the
    /// package's).
    static func decode(_ document: YAMLDocument, stageKinds: StageKinds) throws(InputErrors) -> ScenarioFile {
        var diagnostics = DiagnosticCollector()
        var name: String?, seed: UInt64?, trials: Int?, setup: (portal: Portal, settings: DetectorSettings)?
        var objects: [ObjectEntry] = [], populations = [Population.standard], threats: Threats?
        var outputFolder: String?, writePasses = false, expectations: [RateExpectation] = []
        var configurations: [ScreeningConfiguration] = []
        var arrivalsPerHour: Double?, arrivalsByHour: [Double]?
        var model = SignatureModel.standard
        var site: Site?
        var materials: [MaterialEntry] = [], locations: [BodyLocation] = []
        if let top = document.root.mapping(allowedKeys: topLevelKeys, reporting: &diagnostics) {
            name = top.optional("name").flatMap { $0.name(reporting: &diagnostics) }
            _ = top.optional("description").map { $0.string(reporting: &diagnostics) }
            seed = top.optional("seed").flatMap { $0.int(range: .atLeast(0), reporting: &diagnostics) }.map { UInt64($0) }
            trials = top.optional("trials").flatMap { $0.int(range: .within(1...100_000_000), reporting: &diagnostics) }
            setup = top.optional("portal").flatMap { PortalDescription.decodeSetup($0, reporting: &diagnostics) }
            if let section = top.optional("signatures") {
                model = SignatureModelDescription.decode(section, &diagnostics) ?? model
            }
            if let section = top.optional("materials") {
                materials = MaterialDescription.decode(section, reserved: .builtIn, requireSource: false, &diagnostics)
            }
            if let section = top.optional("locations") {
                locations = LocationDescription.decode(section, reserved: .builtIn, requireSource: false, &diagnostics)
            }
            if let section = top.optional("objects") {
                let folder = (document.file as NSString).deletingLastPathComponent
                objects = ObjectDescription.decode(section, relativeTo: folder, model: model,
                                                   materials: MaterialCatalog.builtIn.adding(materials), reporting: &diagnostics)
            }
            let catalog = ObjectCatalog(userObjects: objects, model: model)
            let places = LocationCatalog.builtIn.adding(locations)
            switch (top.optional("population"), top.optional("populations")) {
            case (let one?, nil):
                populations = PopulationDescription.decodePopulation(one, catalog: catalog, locations: places, &diagnostics).map { [$0] } ?? populations
            case (nil, let several?):
                populations = PopulationDescription.decodePopulations(several, catalog: catalog, locations: places, &diagnostics) ?? populations
            case (_?, let several?):
                diagnostics.report(several.diagnostic("give either 'population' (one) or 'populations' (several, with their shares), not both"))
            case (nil, nil):
                break
            }
            let names = populations.map(\.name)
            threats = top.optional("threats").flatMap {
                PopulationDescription.decodeThreats($0, catalog: catalog, locations: places, populations: names, &diagnostics)
            }
            // (A sweep point's scenario has its `sweep:` emptied.)
            if let sweep = top.optional("sweep"), !sweep.isNull {
                SweepPlan.validate(sweep, portal: top.optional("portal"), &diagnostics)
                var quiet = DiagnosticCollector()
                if top.optional("populations") != nil, let speed = sweep.mapping(reporting: &quiet)?.optional("walking_speed") {
                    diagnostics.report(speed.diagnostic("'walking_speed' sweeps population.walking_speed.mean, and this file has 'populations'; sweep a copy with one 'population'"))
                }
            }
            arrivalsPerHour = top.optional("arrivals_per_hour").flatMap { $0.double(range: .within(0.001...1_000_000), reporting: &diagnostics) }
            if let byHour = top.optional("arrivals_by_hour") {
                arrivalsByHour = decodeArrivalsByHour(byHour, alsoSteady: top.optional("arrivals_per_hour") != nil, &diagnostics)
            }
            let portalFailed = top.optional("portal") != nil && setup == nil
            if !portalFailed {
                let sections = ScreeningDescription.Sections(
                    scenarioName: name ?? "scenario", portal: top.optional("portal"), portals: top.optional("portals"),
                    screening: top.optional("screening"), configurations: top.optional("configurations"), catalog: catalog,
                    populations: names, kinds: stageKinds)
                configurations = ScreeningDescription.decode(sections, &diagnostics) ?? []
            }
            if let output = top.optional("output")?.mapping(allowedKeys: ["folder", "passes"], reporting: &diagnostics) {
                outputFolder = output.optional("folder").flatMap { $0.string(reporting: &diagnostics) }
                if let folder = outputFolder, folder.trimmingCharacters(in: .whitespaces).isEmpty, let value = output.optional("folder") {
                    // An empty folder would put the results in '/' (or the working directory's root).
                    diagnostics.report(value.diagnostic("the output folder must not be empty; leave 'folder' out for out/NAME"))
                    outputFolder = nil
                }
                writePasses = output.optional("passes").flatMap { $0.bool(reporting: &diagnostics) } ?? false
            }
            if let section = top.optional("site"), !portalFailed {
                let context = SiteDescription.Context(threats: threats, configurations: configurations,
                                                      arrivalsByHourSum: arrivalsByHour.map { $0.reduce(0, +) },
                                                      carrierShare: populations[RunScenario.carrierIndex(of: threats, in: populations)].share)
                site = SiteDescription.decode(section, context, &diagnostics)
            }
            expectations = top.optional("expect").map { ExpectationDescription.decode($0, &diagnostics) } ?? []
        }
        try diagnostics.throwIfAny()
        var file = ScenarioFile(path: document.file, name: name, seed: seed, trials: trials, portal: setup?.portal,
                            detector: setup?.settings ?? .standard, objects: objects, populations: populations, threats: threats,
                            outputFolder: outputFolder, writePasses: writePasses, configurations: configurations,
                            expectations: expectations, arrivalsPerHour: arrivalsPerHour, signatureModel: model)
        file.arrivalsByHour = arrivalsByHour
        file.site = site
        file.materials = materials
        file.locations = locations
        return file
    }

    /// `arrivals_by_hour`: a non-empty list of rates ≥ 0 (one per opening hour, at most
    /// 24), some above 0, and not together with `arrivals_per_hour` (which one would the
    /// queues use?).
    static func decodeArrivalsByHour(_ value: YAMLValue, alsoSteady: Bool, _ diagnostics: inout DiagnosticCollector) -> [Double]? {
        if alsoSteady {
            diagnostics.report(value.diagnostic("give either 'arrivals_per_hour' (a steady rate) or 'arrivals_by_hour' (a rate for each opening hour), not both"))
            return nil
        }
        guard let items = value.sequence(reporting: &diagnostics) else { return nil }
        guard (1...24).contains(items.count) else {
            diagnostics.report(value.diagnostic("'arrivals_by_hour' needs one rate per opening hour, 1 to 24 of them; found \(items.count)"))
            return nil
        }
        let rates = items.map { $0.double(range: .within(0...1_000_000), reporting: &diagnostics) }
        guard rates.allSatisfy({ $0 != nil }) else { return nil }
        let values = rates.compactMap { $0 }
        guard values.contains(where: { $0 > 0 }) else {
            diagnostics.report(value.diagnostic("'arrivals_by_hour' has no hour with arrivals"))
            return nil
        }
        return values
    }

    /// The portal, or an error saying the file has none.
    public func requirePortal() throws(InputErrors) -> Portal {
        guard let portal else { throw InputErrors(InputDiagnostic(file: path, message: "the scenario has no 'portal' section")) }
        return portal
    }

    /// What `portalsim run` needs, or an error naming what is missing.
    public func runScenario() throws(InputErrors) -> RunScenario {
        var missing: [String] = []
        if configurations.isEmpty { missing.append("'portal' (or 'screening' or 'configurations')") }
        if trials == nil { missing.append("'trials'") }
        guard let trials, missing.isEmpty else {
            throw InputErrors(InputDiagnostic(file: path, message: "a scenario to run needs \(missing.joined(separator: " and "))"))
        }
        var run = RunScenario(name: name ?? "scenario", seed: seed ?? 1, trials: trials, populations: populations, threats: threats,
                              configurations: configurations)
        run.arrivalsPerHour = arrivalsPerHour
        run.arrivalsByHour = arrivalsByHour
        run.site = site
        return run
    }

    /// The built-in objects and this file's.
    public var catalog: ObjectCatalog { ObjectCatalog(userObjects: objects, model: signatureModel) }

    /// The built-in body locations and this file's.
    public var locationCatalog: LocationCatalog { LocationCatalog.builtIn.adding(locations) }
}
