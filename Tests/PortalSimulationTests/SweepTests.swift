import Foundation
import Testing
@testable import PortalSimulation

/// Sweeps: the grid, common random numbers across points, and the ROC table.
struct SweepTests {
    static let population = """
        population:
          items:
            - {object: belt-buckle, location: waistband-front, probability: 30 %}
            - {object: keys, location: trouser-pocket-front, probability: 20 %}
        """

    static func plan(_ sweep: String, trials: Int = 600, population: String = Self.population) throws -> SweepPlan? {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sweep-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try """
            name: s
            seed: 11
            trials: \(trials)
            portal:
              class: cw-multi-zone
              detector: {mode: cw, frequencies: [5 kHz], sensitivity: 50, reference_threshold: 10 uV}
            \(population)
            threats:
              objects: [mini-phone-3310]
              locations: [ankle-sock, groin]
            \(sweep)
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return try SweepPlan.load(path: path)
    }

    /// A huge value list is refused from its length, before each value is decoded and
    /// held (a 10-million-value list took 5.6 GB before its refusal; #10 item 11).
    @Test func aHugeValueListIsRefusedFromItsLength() throws {
        let values = Array(repeating: "50", count: 10_001).joined(separator: ", ")
        let error = #expect(throws: InputErrors.self) { try Self.plan("sweep:\n  sensitivity: [\(values)]") }
        #expect(error?.diagnostics.map(\.message) == ["10001 values; a sweep may have at most 10000 points"], "\(String(describing: error))")
    }

    /// Raising the sensitivity on the same people only lowers the threshold over the same
    /// signals and noise, so detection and nuisance alarms rise monotonically — exactly,
    /// not just within statistical tolerance.
    @Test func detectionAndNuisanceRiseWithSensitivity() throws {
        let plan = try #require(try Self.plan("sweep:\n  sensitivity: [20, 35, 50, 65, 80]"))
        #expect(plan.points.count == 5)
        let results = try SweepRunner.run(plan, threads: 2)
        let keys = results[0].screening.keys.sorted()
        #expect(keys.count == 3)
        for key in keys {
            let counts = results.map { $0.screening[key]?.detected ?? -1 }
            #expect(zip(counts, counts.dropFirst()).allSatisfy { $0 <= $1 }, "\(key): \(counts)")
            #expect(counts.first! < counts.last!, "\(key): \(counts)")   // the sweep is not flat
        }
        let roc = try #require(try SweepTables(plan: plan, results: results).roc())
        #expect(roc.header == SweepTables.rocHeader)
        #expect(roc.rows.count == 5 * 3)          // per sensitivity: all, ankle-sock, groin
    }

    /// With several populations, roc.csv's nuisance rate is the arrivals': each
    /// population's innocent row of sweep.csv mixed by its share.
    @Test func rocMixesThePopulationsByShare() throws {
        let plan = try #require(try Self.plan("sweep:\n  sensitivity: [50, 70]", trials: 500, population: """
            populations:
              - {name: visitors, share: 80 %, items: [{object: belt-buckle, location: waistband-front, probability: 60 %}]}
              - {name: staff, share: 20 %}
            """))
        let results = try SweepRunner.run(plan, threads: 2)
        let roc = try #require(try SweepTables(plan: plan, results: results).roc())
        for (p, result) in results.enumerated() {
            let v = try #require(result.screening[.innocent(configuration: "s", population: "visitors")])
            let s = try #require(result.screening[.innocent(configuration: "s", population: "staff")])
            if p == results.count - 1 { #expect(v.detected > s.detected) }      // something to mix
            let mixed = 0.8 * Double(v.detected) / 500 + 0.2 * Double(s.detected) / 500
            guard case .number(let rate) = roc.rows[p * 3][7] else { Issue.record("no nuisance rate at point \(p)"); continue }
            #expect(abs(rate - mixed) < 1e-6, "point \(p): \(rate) against \(mixed)")
        }
    }

    /// Two parameters: the product of the lists, the last varying fastest, each point the
    /// scenario with its values set.
    @Test func gridIsTheProductLastFastest() throws {
        let plan = try #require(try Self.plan("sweep:\n  portal_class: [cw-multi-zone, cw-single-zone]\n  walking_speed: [0.8 m/s, 1.3 m/s]", trials: 10))
        #expect(plan.points.map(\.values) == [["cw-multi-zone", 0.8], ["cw-multi-zone", 1.3], ["cw-single-zone", 0.8], ["cw-single-zone", 1.3]])
        #expect(plan.points[1].scenario.populations[0].speedMeanMPerS == 1.3)
        guard let portal = plan.points[2].scenario.configurations[0].stages[0].portalStage?.portal else {
            Issue.record("not a portal stage"); return
        }
        #expect(portal.zones.count == 1)
        #expect(try Self.plan("") == nil)
    }

    /// A value that only fails with the rest of the scenario (a mean speed above the
    /// population's maximum) is reported at the sweep value too.
    @Test func crossFieldProblemNamesTheSweepLine() throws {
        do {
            _ = try Self.plan("sweep:\n  walking_speed: [1 m/s, 2 m/s]")
            Issue.record("no error")
        } catch let error as InputErrors {
            #expect(error.diagnostics.count == 1)
            #expect("\(error)".contains(":15:") && "\(error)".contains("population.walking_speed"), "\(error)")
        }
    }

    /// A bad value is reported at its own line, like any scenario error.
    @Test func badValueNamesItsLine() throws {
        do {
            _ = try Self.plan("sweep:\n  sensitivity: [20, 120]")
            Issue.record("no error")
        } catch let error as InputErrors {
            let text = "\(error)"
            #expect(text.contains(":15:") && text.contains("sweep.sensitivity[1]"), "\(text)")
        }
    }
}
