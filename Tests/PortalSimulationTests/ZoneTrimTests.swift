import Foundation
import Testing
@testable import PortalSimulation
import RealModule

/// Per-zone trims: zone z alarms at T(s + trim_z); the key's mistakes are reported.
struct ZoneTrimTests {
    func settings(_ detector: String) throws -> (CompiledPortal, DetectorSettings) {
        let file = try ScenarioFile.decode(YAMLDocument(text: "portal:\n  detector: \(detector)\n", file: "p.yaml"))
        let portal = try file.requirePortal()
        let compiled = CompiledPortal(portal: portal, settings: file.detector)
        return (compiled, file.detector)
    }

    func problems(_ detector: String) -> [String] {
        diagnostics { () throws(InputErrors) in
            _ = try ScenarioFile.decode(YAMLDocument(text: "portal:\n  detector: \(detector)\n", file: "p.yaml")).requirePortal()
        }
    }

    @Test func eachZoneHasTheThresholdOfItsOwnSetting() throws {
        let (compiled, _) = try settings("{sensitivity: 60, reference_threshold: 10 uV, zone_trims: [+10, 0, -3, 0, 0, 39]}")
        let law = { (s: Int) in SensitivityLaw.thresholdV(sensitivity: s, referenceV: 1e-5) }
        #expect(compiled.zoneThresholdsV == [law(70), law(60), law(57), law(60), law(60), law(99)])
        #expect(compiled.thresholdV == law(60))
        // A peak between zone 1's threshold and the base one alarms in zone 1 only.
        let peak = (law(70) + law(60)) / 2
        var peaks = Array(repeating: 0.0, count: 6)
        peaks[0] = peak
        let up = PassSimulator.Outcome(zonePeaksV: peaks[...], thresholdsV: compiled.zoneThresholdsV, dipoleFlagged: false)
        #expect(up.alarmed && up.loudestZone == 0 && up.peakOverThreshold.isApproximatelyEqual(to: peak / law(70), relativeTolerance: 1e-12))
        peaks[0] = 0
        peaks[1] = peak
        let level = PassSimulator.Outcome(zonePeaksV: peaks[...], thresholdsV: compiled.zoneThresholdsV, dipoleFlagged: false)
        #expect(!level.alarmed && level.loudestZone == 1)
        // A calibration moving the knob clamps a zone at the end of the range.
        let moved = compiled.atSensitivity(80)
        #expect(moved.zoneThresholdsV[0] == law(90) && moved.zoneThresholdsV[5] == law(99))
    }

    @Test func theLoudestZoneIsTheLargestRatioFirstOnTies() {
        let o = PassSimulator.Outcome(zonePeaksV: [1, 2, 4, 2][...], thresholdsV: [1, 1, 2, 1], dipoleFlagged: true)
        #expect(o.loudestZone == 1 && o.peakOverThreshold == 2 && o.alarmed && o.dipoleFlagged)
        let quiet = PassSimulator.Outcome(zonePeaksV: [0, 0][...], thresholdsV: [1, 1], dipoleFlagged: false)
        #expect(!quiet.alarmed && quiet.loudestZone == 0 && quiet.peakOverThreshold == 0)
    }

    @Test func trimMistakesAreReportedWithTheirPlace() {
        #expect(problems("{zone_trims: [0, 1]}")
                == ["p.yaml:2:26: portal.detector.zone_trims: gives 2 trims for 6 zones; give one per zone, bottom zone first"])
        #expect(problems("{sensitivity: 95, zone_trims: [0, 0, 0, 0, 0, 5]}")
                == ["p.yaml:2:43: portal.detector.zone_trims: zone 6's setting 95 + 5 = 100 is outside the knob's range 0–99"])
        #expect(problems("{threshold: 2 uV, zone_trims: [0, 0, 0, 0, 0, 1]}").first?
                    .hasPrefix("p.yaml:2:43: portal.detector.zone_trims: zone trims offset the sensitivity knob") == true)
        #expect(problems("{zone_trims: [0, 0, 0, 0, 0, 1.5]}").first?.contains("portal.detector.zone_trims[5]") == true)
        #expect(problems("{zone_trims: []}").first?.contains("give one trim per zone") == true)
    }
}
