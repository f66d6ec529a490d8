/// The files of a whole run of a scenario, and what is printed of them — the same for
/// `run`, `compare`, `check --output` and `merge`, so that a folder's contents do not
/// depend on which command made it:
///
/// - results.csv and alarms.csv (for a screening run, each portal stage's alarm rate);
/// - for a screening run every screening table (``ScreeningTables/allTables()``), for a
///   plain portal those it has (``ScreeningTables/plainTables()``);
/// - passes.csv when the passes were recorded.
public struct RunTables: Sendable {
    public let tables: [String: CSVTable]
    /// The screening tables in words for a screening run, else each case's rate.
    public let summary: String
    /// The dipole check's warning, when some passes came too near a coil wire.
    public let warnings: [String]

    public init(scenario: RunScenario, tallies: RunTallies, passes: [PassRecord]? = nil) throws(CSVError) {
        let screening = ScreeningTables(scenario: scenario, tallies: tallies)
        var tables = try screening.runTables()
        tables["results.csv"] = try ResultsTables.results(tallies.portals, scenario: scenario)
        tables["alarms.csv"] = try ResultsTables.alarms(tallies.portals, scenario: scenario)
        if let passes { tables["passes.csv"] = try PassesTable.make(passes) }
        self.tables = tables
        summary = scenario.isScreening ? screening.summary() : ResultsTables.summary(tallies.portals, scenario: scenario)
        warnings = ResultsTables.dipoleWarning(tallies.portals, scenario: scenario).map { [$0] } ?? []
    }

    /// The tables' bytes, by file name.
    public var files: [String: [UInt8]] { tables.mapValues(\.bytes) }
}
