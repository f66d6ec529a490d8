import Foundation
import Testing
@testable import PortalSimulation
import RealModule

/// The year and the budget: a small case computed by hand, the ranking of
/// improvements, and the file's `site:` section read and checked.
struct SiteFiguresTests {
    static let scenarioText = """
        portal:
          class: cw-multi-zone
          detector: {mode: cw, frequencies: [5 kHz], sensitivity: 50, reference_threshold: 10 uV}
        screening:
          - {name: wtmd, kind: portal, time: 6 s, staff: 1}
          - {name: pat-down, kind: manual-search, enters: on-alarm, time: 120 s, staff: 1}
        threats:
          objects: [mini-phone-thumb, mini-phone-3310]
          locations: [shoe, ankle-sock]

        """

    static let site = """
        site:
          currency: EUR
          days_per_year: 300
          arrivals_per_day: 200
          staff_cost_per_hour: 40
          attempts_per_year:
            - {object: mini-phone-thumb, location: shoe, attempts: 30}
            - {object: mini-phone-3310, attempts: 20}
          equipment:
            - {stage: wtmd, purchase: 6000, life_years: 10, maintenance_per_year: 400}

        """

    /// A tally of `detected` of `trials` with the pipeline's two stages.
    static func tally(trials: Int, detected: Int, searched: Int = 0) -> ScreeningTally {
        var t = ScreeningTally(stagePortalZones: [nil, nil], configurations: 1)
        t.trials = trials
        t.detected = detected
        t.alarmed = detected
        t.searched = searched
        t.stages[0].entered = trials
        t.stages[1].entered = searched
        return t
    }

    /// 30 thumb phones in shoes missed a quarter of the time, the 3310's 20 spread over
    /// shoe (missed 10 %) and ankle (50 %): 7.5 + 1 + 5 = 13.5 through, 36.5 stopped.
    /// 200 a day for 300 days, 10 % alarming and patted down: 20 alarms and searches a
    /// day; officer time 6 s + 0.1 × 120 s = 18 s a person, 300 h a year, 12,000 EUR at 40;
    /// the portal 6000 / 10 + 400 = 1000 a year: 13,000 a year, 356.16 per phone stopped.
    @Test func aSmallCaseByHand() throws {
        let scenario = try EngineTests.scenario(Self.scenarioText + Self.site)
        let site = try #require(scenario.site)
        #expect(site.attempts == [.init(object: "mini-phone-thumb", location: "shoe", perYear: 30),
                                  .init(object: "mini-phone-3310", location: "shoe", perYear: 10),
                                  .init(object: "mini-phone-3310", location: "ankle-sock", perYear: 10)])
        let c = scenario.configurations[0].name
        let screening: [CaseKey: ScreeningTally] = [
            .threat(configuration: c, device: "mini-phone-thumb", location: "shoe"): Self.tally(trials: 200, detected: 150),
            .threat(configuration: c, device: "mini-phone-thumb", location: "ankle-sock"): Self.tally(trials: 200, detected: 0),
            .threat(configuration: c, device: "mini-phone-3310", location: "shoe"): Self.tally(trials: 200, detected: 180),
            .threat(configuration: c, device: "mini-phone-3310", location: "ankle-sock"): Self.tally(trials: 200, detected: 100),
            .innocent(configuration: c, population: scenario.populations[0].name): Self.tally(trials: 1000, detected: 100, searched: 100),
        ]
        let tables = ScreeningTables(scenario: scenario, tallies: RunTallies(screening: screening, portals: TallySet()))
        let f = try #require(tables.siteFigures.first ?? nil)
        #expect(f.phonesThroughPerYear.isApproximatelyEqual(to: 13.5, relativeTolerance: 1e-12) && f.phonesStoppedPerYear.isApproximatelyEqual(to: 36.5, relativeTolerance: 1e-12))
        #expect(f.alarmsPerDay.isApproximatelyEqual(to: 20, relativeTolerance: 1e-12) && f.searchesPerDay.isApproximatelyEqual(to: 20, relativeTolerance: 1e-12))
        #expect(f.staffHoursPerYear.isApproximatelyEqual(to: 300, relativeTolerance: 1e-12) && f.staffCostPerYear.isApproximatelyEqual(to: 12_000, relativeTolerance: 1e-12))
        #expect(f.equipmentCostPerYear.isApproximatelyEqual(to: 1000, relativeTolerance: 1e-12) && f.costPerYear.isApproximatelyEqual(to: 13_000, relativeTolerance: 1e-12))
        #expect((try #require(f.costPerPhoneStopped)).isApproximatelyEqual(to: 13_000 / 36.5, relativeTolerance: 1e-12))
        // The interval is the weighted miss rate's, times the attempts.
        let miss = WeightedRate([.init(successes: 50, trials: 200, weight: 30), .init(successes: 20, trials: 200, weight: 10),
                                 .init(successes: 100, trials: 200, weight: 10)])
        #expect(f.phonesThroughLow.isApproximatelyEqual(to: 50 * miss.low, relativeTolerance: 1e-12) && f.phonesThroughHigh.isApproximatelyEqual(to: 50 * miss.high, relativeTolerance: 1e-12))
        #expect(f.phonesThroughLow < 13.5 && 13.5 < f.phonesThroughHigh && f.phonesThroughHigh - f.phonesThroughLow < 6)
        let table = try tables.site()
        #expect(table.header == ScreeningTables.siteHeader && table.rows.count == 1)
        #expect(table.text.contains("\(c),EUR,200,300,50,13.5,"))
        #expect(try tables.allTables()["site.csv"] != nil)
        #expect(tables.summary().contains("a year at the site: 200 arrivals a day, 300 days, 50 phones tried"))
    }

    /// Nothing detected: every phone gets through, exactly, and none is stopped (not a
    /// rounding remainder that would make the cost per phone stopped astronomical).
    @Test func nothingDetectedStopsExactlyNothing() throws {
        let site = Site(currency: "EUR", daysPerYear: 1, arrivalsPerDay: 1, staffCostPerHour: 0,
                        attempts: [.init(object: "a", location: "x", perYear: 0.7), .init(object: "b", location: "x", perYear: 0.1),
                                   .init(object: "c", location: "x", perYear: 0.2)], equipment: [])
        let summary = ConfigurationSummary(configuration: ScreeningConfiguration(name: "c", stages: []),
                                           innocent: ScreeningTally(stagePortalZones: [], configurations: 1))
        let f = try #require(SiteFigures(site: site, summary: summary) { _, _ in (0, 300) })
        #expect(f.phonesStoppedPerYear == 0 && f.costPerPhoneStopped == nil)
        #expect(f.phonesThroughLow < f.phonesThroughPerYear && f.phonesThroughHigh == f.phonesThroughPerYear)
    }

    /// Best first: more stopped at no extra cost, then phones per money, then those
    /// that stop no more (fewer lost first).
    @Test func improvementsRankByPhonesStoppedPerMoney() {
        func improvement(_ stopped: Double, _ cost: Double) -> SiteImprovement {
            var i = SiteImprovement(Self.figures(stopped: 0, cost: 0), baseline: Self.figures(stopped: 0, cost: 0))
            (i.extraPhonesStoppedPerYear, i.extraCostPerYear) = (stopped, cost)
            return i
        }
        let free = improvement(2, -100), cheap = improvement(10, 1000), dear = improvement(12, 10_000)
        let worse = improvement(-1, 0), useless = improvement(0, 5000)
        let ranked = [dear, useless, cheap, worse, free].sorted { SiteImprovement.isBetter($0, than: $1) }
        #expect(ranked == [free, cheap, dear, useless, worse])
        #expect(cheap.phonesStoppedPer1000 == 10 && free.phonesStoppedPer1000 == nil)
    }

    static func figures(stopped: Double, cost: Double) -> SiteFigures {
        let site = Site(currency: "EUR", daysPerYear: 1, arrivalsPerDay: 1, staffCostPerHour: 0,
                        attempts: [.init(object: "x", location: "y", perYear: stopped)], equipment: [])
        let configuration = ScreeningConfiguration(name: "c", stages: [])
        let summary = ConfigurationSummary(configuration: configuration, innocent: ScreeningTally(stagePortalZones: [], configurations: 1))
        return SiteFigures(site: site, summary: summary) { _, _ in (1, 1) }!
    }

    /// Mistakes are reported at their line, naming what is wrong.
    @Test func badSitesAreRefusedAtTheirLine() {
        func errors(_ site: String, threats: Bool = true) -> [String] {
            let text = threats ? Self.scenarioText : String(Self.scenarioText.split(separator: "threats:")[0])
            return ScreeningInputTests.decode(text + site)
        }
        #expect(errors("site: {arrivals_per_day: 100, attempts_per_year: [{object: keys, attempts: 3}]}\n")
                == ["t.yaml:13:60: site.attempts_per_year[0].object: 'keys' is not one of the threats' objects (mini-phone-thumb, mini-phone-3310)"])
        #expect(errors("site: {arrivals_per_day: 100, attempts_per_year: [{object: mini-phone-thumb, location: bra, attempts: 3}]}\n")
                == ["t.yaml:13:88: site.attempts_per_year[0].location: 'bra' is not one of the threats' locations (shoe, ankle-sock)"])
        #expect(errors("site: {arrivals_per_day: 100, attempts_per_year: [{object: mini-phone-thumb, attempts: 3, share: 1 %}]}\n").count == 1)
        #expect(errors("site: {arrivals_per_day: 100, attempts_per_year: [{object: mini-phone-thumb, attempts: 3}]}\n", threats: false)
                .first?.contains("a 'site' needs 'threats'") == true)
        #expect(errors("site: {attempts_per_year: [{object: mini-phone-thumb, attempts: 3}]}\n")
                == ["t.yaml:13:7: site: missing required key 'arrivals_per_day'"])
        #expect(errors("site: {arrivals_per_day: 100, attempts_per_year: [{object: mini-phone-thumb, attempts: 3}], equipment: [{stage: xray}]}\n")
                .first?.contains("no stage is named 'xray'") == true)
        #expect(errors("site: {arrivals_per_day: 100, attempts_per_year: [{object: mini-phone-thumb, attempts: 3}, {object: mini-phone-thumb, location: shoe, attempts: 1}]}\n")
                .first?.contains("give each device and location once") == true)
        // A share of the arrivals: 1 % of 100 a day for 365 days, over the two locations.
        #expect(errors("site: {arrivals_per_day: 100, attempts_per_year: [{object: mini-phone-thumb, share: 1 %}]}\n").isEmpty)
    }

    /// A plain portal with a site has its year made (`portalsim run` writes it as site.csv).
    @Test func aPlainPortalWithASiteWritesItsYear() throws {
        let plain = String(Self.scenarioText.split(separator: "screening:")[0]) + "threats:\n  objects: [mini-phone-thumb]\n  locations: [shoe]\n"
        #expect(try !EngineTests.scenario(plain).isScreening)
        let scenario = try EngineTests.scenario(plain + "site: {arrivals_per_day: 10, attempts_per_year: [{object: mini-phone-thumb, attempts: 4}]}\n", trials: 20)
        #expect(!scenario.isScreening)     // its results.csv keeps a plain run's columns
        let tallies = try Engine(scenario: scenario, threads: 1).runRecording(threads: 1, recordPasses: false).tallies
        let site = try ScreeningTables(scenario: scenario, tallies: tallies).site()
        #expect(site.rows.count == 1)
    }

    /// A share of the arrivals becomes attempts; arrivals_by_hour gives the day's arrivals.
    @Test func sharesAndHourlyArrivals() throws {
        let scenario = try EngineTests.scenario(Self.scenarioText + "arrivals_by_hour: [20, 60, 20]\n"
            + "site: {days_per_year: 200, attempts_per_year: [{object: mini-phone-thumb, share: 0.5 %}]}\n")
        let site = try #require(scenario.site)
        #expect(site.arrivalsPerDay == 100 && site.attempts.map(\.perYear) == [50, 50])
    }
}
