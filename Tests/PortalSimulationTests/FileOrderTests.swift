import Foundation
import Testing
@testable import PortalSimulation

/// Rows come in the scenario file's order, not the alphabet's; a screening run's
/// results.csv says it holds the portal stages' alarm rate, not detection.
struct FileOrderTests {
    static let people = """
        portal:
          class: cw-multi-zone
          detector: {mode: cw, frequencies: [5 kHz], sensitivity: 50, reference_threshold: 10 uV}
        threats:
          objects: [mini-phone-thumb, mini-phone-3310]
          locations: [shoe, ankle-sock]

        """

    static func run(_ body: String) throws -> (RunScenario, RunTallies) {
        let scenario = try EngineTests.scenario(people + body, trials: 20)
        return (scenario, try Engine(scenario: scenario, threads: 1).runRecording(threads: 1, recordPasses: false).tallies)
    }

    /// (configuration, object, location) of each row.
    static func cases(_ table: CSVTable, columns: [Int] = [0, 1, 2]) -> [[String]] {
        table.rows.map { row in columns.map { if case .text(let t) = row[$0] { t } else { "?" } } }
    }

    static let threatOrder = [["mini-phone-thumb", "shoe"], ["mini-phone-thumb", "ankle-sock"],
                              ["mini-phone-3310", "shoe"], ["mini-phone-3310", "ankle-sock"]]

    @Test func screeningTablesKeepTheFileOrder() throws {
        let (scenario, tallies) = try Self.run("""
            configurations:
              - {name: zeta, screening: [{name: wtmd, kind: portal}, {name: pat, kind: manual-search, enters: on-alarm}]}
              - {name: alpha, screening: [{name: wtmd, kind: portal}]}
              - {name: mid, screening: [{name: wtmd, kind: portal}]}
            """)
        let tables = ScreeningTables(scenario: scenario, tallies: tallies)
        let configurations = ["zeta", "alpha", "mid"]
        let expected = configurations.flatMap { c in Self.threatOrder.map { [c] + $0 } + [[c, "visitors", "-"]] }
        #expect(Self.cases(try tables.screening()) == expected)
        #expect(Self.cases(try tables.configurations(), columns: [0]) == configurations.map { [$0] })
        #expect(Self.cases(try tables.comparison(), columns: [1]).map(\.[0]) == ["alpha", "mid"].flatMap { Array(repeating: $0, count: 5) })
        let results = try ResultsTables.results(tallies.portals, scenario: scenario)
        #expect(results.header == ResultsTables.portalAlarmsHeader)
        #expect(results.header[4...7] == ["alarmed", "alarm_rate", "alarm_low", "alarm_high"])
        #expect(Self.cases(results) == ["zeta/wtmd", "alpha", "mid"].flatMap { c in Self.threatOrder.map { [c] + $0 } })
        #expect(Self.cases(try ResultsTables.alarms(tallies.portals, scenario: scenario), columns: [0]) == [["zeta/wtmd"], ["alpha"], ["mid"]])
        // The terminal's detection table follows the same order.
        let lines = tables.summary().split(separator: "\n").map(String.init)
        #expect(lines[0] == "probability of detection")
        #expect(lines[2].hasPrefix("mini-phone-thumb") && lines[2].contains("shoe") && lines[4].hasPrefix("mini-phone-3310"))
        // Without the scenario (a merge of plain shards): the alphabet, as before.
        #expect(Self.cases(try ResultsTables.results(tallies.portals)).first == ["alpha", "mini-phone-3310", "ankle-sock"])
    }

    /// A plain run keeps results.csv's detection columns, in file order.
    @Test func plainRunsKeepDetectionInFileOrder() throws {
        let (scenario, tallies) = try Self.run("")
        #expect(!scenario.isScreening)
        let results = try ResultsTables.results(tallies.portals, scenario: scenario)
        #expect(results.header == ResultsTables.resultsHeader)
        #expect(Self.cases(results) == Self.threatOrder.map { ["t"] + $0 })
    }
}
