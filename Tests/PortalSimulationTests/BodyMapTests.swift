import Foundation
import Testing
@testable import PortalSimulation

/// The body map: each location drawn where the catalog puts it, inside the outline it
/// is drawn on, with the detection `screening.csv` gives the same case.
struct BodyMapTests {
    /// Whether (u, v) lies inside the closed polygon (even–odd rule).
    static func inside(_ u: Double, _ v: Double, _ polygon: [(Double, Double)]) -> Bool {
        var result = false
        for (a, b) in zip(polygon, polygon.dropFirst()) where (a.1 > v) != (b.1 > v) {
            if u < a.0 + (v - a.1) * (b.0 - a.0) / (b.1 - a.1) { result.toggle() }
        }
        return result
    }

    @Test func mapPositionIsTheMiddleOfTheRangesAtTheMeanHeight() throws {
        let pocket = try #require(BodyLocation.named("trouser-pocket-front"))
        let p = pocket.mapPosition(femaleShare: 0.25)
        #expect(abs(p.xM - 0.15) < 1e-12)        // 0.12…0.18, drawn on the walker's right
        #expect(abs(p.yM - 0.04) < 1e-12)        // 0…0.08
        let expectedHeightM = 0.75 * 0.90 + 0.25 * 0.86
        #expect(abs(p.zM - expectedHeightM) < 1e-12)
        // A place for women only keeps their height whoever carries.
        let bra = try #require(BodyLocation.named("bra"))
        #expect(bra.mapPosition(femaleShare: 0).zM == 1.17)
    }

    /// "Each location where it belongs": every catalog location, for men, women and an
    /// even mix, falls inside the front and the side outline.
    @Test(arguments: [0.0, 0.5, 1.0])
    func everyLocationLiesInsideTheSilhouette(femaleShare: Double) {
        let front = BodySilhouette.front.map { ($0.xM, $0.zM) }
        let side = BodySilhouette.side.map { ($0.yM, $0.zM) }
        #expect(front.first! == front.last! && side.first! == side.last!)
        for location in BodyLocation.all {
            let p = location.mapPosition(femaleShare: femaleShare)
            #expect(Self.inside(p.xM, p.zM, front), "\(location.name) front at (\(p.xM), \(p.zM))")
            #expect(Self.inside(p.yM, p.zM, side), "\(location.name) side at (\(p.yM), \(p.zM))")
        }
        // And the test can fail: a point beside the hip is outside.
        #expect(!Self.inside(0.3, 0.9, front))
    }

    @Test func tableHasEveryConfigurationDeviceAndLocationWithScreeningsRate() throws {
        let (scenario, tallies) = try PopulationsTests.run(PopulationsTests.mixed)
        let tables = ScreeningTables(scenario: scenario, tallies: tallies)
        func rows(_ table: CSVTable) -> [[String]] {
            table.text.split(separator: "\n").dropFirst().map { CSVLine.fields($0) }
        }
        let map = try rows(tables.bodyMap())
        let screening = try rows(tables.screening())
        #expect(try tables.bodyMap().header == ScreeningTables.bodyMapHeader)
        let threats = try #require(scenario.threats)
        #expect(map.count == scenario.configurations.count * threats.objects.count * threats.locations.count)
        let women = scenario.populations[scenario.carrierIndex].femaleShare
        for row in map {
            let location = try #require(BodyLocation.named(row[2]))
            let p = location.mapPosition(femaleShare: women)
            let drawn = row[3...5].compactMap { Double($0) }
            let expected = [p.xM, p.yM, p.zM]
            #expect(drawn.count == 3 && zip(drawn, expected).allSatisfy { abs($0 - $1) < 1e-4 }, "\(row)")
            let same = try #require(screening.first { $0[0] == row[0] && $0[1] == row[1] && $0[2] == row[2] })
            #expect(Array(row[6...9]) == [same[4]] + Array(same[6...8]), "\(row)")
        }
        #expect(try tables.allTables()["bodymap.csv"] != nil)
    }
}

extension BodyMapTests {
    /// plots/bodymap.gp draws the same outline: its datablocks hold BodySilhouette's points.
    @Test func gnuplotScriptCarriesTheSameOutline() throws {
        let script = try String(contentsOf: PortalDescriptionTests.repositoryRoot.appendingPathComponent("plots/bodymap.gp"),
                                encoding: .utf8)
        func block(_ name: String) -> [(Double, Double)] {
            guard let start = script.range(of: "$\(name) << EOD\n"),
                  let end = script.range(of: "\nEOD", range: start.upperBound..<script.endIndex) else { return [] }
            return script[start.upperBound..<end.lowerBound].split(separator: "\n").map { line in
                let v = line.split(separator: ",").compactMap { Double($0) }
                return (v.first ?? .nan, v.last ?? .nan)
            }
        }
        let front = block("front"), side = block("side")
        #expect(front.count == BodySilhouette.front.count && side.count == BodySilhouette.side.count)
        for (a, b) in zip(front, BodySilhouette.front) { #expect(a.0 == b.xM && a.1 == b.zM) }
        for (a, b) in zip(side, BodySilhouette.side) { #expect(a.0 == b.yM && a.1 == b.zM) }
    }
}
