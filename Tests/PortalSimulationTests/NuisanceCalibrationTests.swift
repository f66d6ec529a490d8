import Foundation
import PortalPhysics
import RealModule
import Testing
@testable import PortalSimulation

/// Calibration to a site's nuisance rate: the setting (or threshold) at which a
/// scenario's own population alarms at an observed rate, against runs of the engine at
/// the settings it names, and the statistics it reports.
struct NuisanceCalibrationTests {
    /// Clean testers on the single-zone CW class with 1 µV of noise: their alarms are
    /// the noise's, 4.9 % at setting 51, 13 % at 52, 31 % at 53, so each step of the knob
    /// moves the rate by many times the intervals' width at 3000 passes.
    static func fixture(_ detector: String = "{sensitivity: 50, reference_threshold: 4 uV, noise: 1 uV}") throws -> ScenarioFile {
        try ScenarioFile.decode(YAMLDocument(text: """
            name: nuisance-fixture
            seed: 13
            trials: 3000
            portal:
              class: cw-single-zone
              detector: \(detector)
            population: {name: clean-testers}
            """, file: "nuisance.yaml"))
    }

    static func calibrate(_ file: ScenarioFile, _ target: ObservedRate) throws -> NuisanceCalibration.Result {
        try NuisanceCalibration.calibrate(base: file.runScenario(), portal: file.requirePortal(), detector: file.detector,
                                          target: target, threads: 2)
    }

    @Test func calibratedSettingReproducesTheRateAndItsNeighboursDoNot() throws {
        let result = try Self.calibrate(Self.fixture(), ObservedRate(rate: 0.30))
        #expect(result.point.sensitivity == 53)
        #expect(result.reproduced && result.point.contains(0.30), "\(result.point)")
        let below = try #require(result.below), above = try #require(result.above)
        #expect(below.sensitivity == 52 && above.sensitivity == 54)
        #expect(!below.contains(0.30) && !above.contains(0.30), "\(below) \(above)")
        #expect(result.consistent == 53...53)
        // One set of passes decided at every setting: the count never falls as the knob rises.
        #expect(result.points.count == 100 && zip(result.points, result.points.dropFirst()).allSatisfy { $0.alarms <= $1.alarms })
        #expect(result.points.first?.alarms == 0 && result.points.last?.alarms == 3000)
    }

    /// The rate at a setting is the one `portalsim run` finds there: the same people
    /// (seed, case), the engine run afresh with the knob at the calibrated setting.
    @Test func eachSettingsRateIsWhatARunAtThatSettingFinds() throws {
        let file = try Self.fixture()
        let result = try Self.calibrate(file, ObservedRate(rate: 0.30))
        for s in [50, 53] {
            var detector = file.detector
            detector.sensitivity = s
            let run = RunScenario(name: "n", seed: 13, trials: 3000, portal: try file.requirePortal(), detector: detector,
                                  population: file.populations[0], threats: nil)
            let tally = try #require(try Engine(scenario: run, threads: 1).run(threads: 1)
                .cases[.innocent(configuration: "n", population: "clean-testers")])
            #expect(result.points[s].alarms == tally.alarms && tally.trials == 3000, "setting \(s)")
        }
    }

    /// A threshold given directly: the knob's ladder around it (the same thresholds as the
    /// knob with T₅₀ = that threshold, so the same counts), then the bracketing step
    /// refined; the threshold found lies inside that step and reproduces the rate.
    @Test func aThresholdGivenDirectlyIsCalibratedWithinTheKnobsStep() throws {
        let knob = try Self.calibrate(Self.fixture(), ObservedRate(rate: 0.20))
        let direct = try Self.calibrate(Self.fixture("{threshold: 4 uV, noise: 1 uV}"), ObservedRate(rate: 0.20))
        // 20 % falls in the jump between 52 (13 %) and 53 (31 %): the knob cannot hit it.
        #expect(!knob.reproduced && knob.consistent == nil)
        #expect(direct.points.count == 100 + NuisanceCalibration.refinementSteps)
        #expect(direct.points.allSatisfy { $0.sensitivity == nil })
        let rungs = direct.points.filter { p in knob.points.contains { $0.thresholdV == p.thresholdV } }
        #expect(rungs.count == 100 && zip(rungs, knob.points).allSatisfy { $0.alarms == $1.alarms })
        #expect(direct.reproduced, "\(direct.point)")
        #expect(direct.point.thresholdV < knob.points[52].thresholdV && direct.point.thresholdV > knob.points[53].thresholdV)
        #expect(zip(direct.points, direct.points.dropFirst()).allSatisfy { $0.thresholdV > $1.thresholdV && $0.alarms <= $1.alarms })
    }

    /// Without noise or metal nobody alarms at any setting: the rate is out of reach and
    /// reported so (the most sensitive setting, not reproduced).
    @Test func aRateOutOfReachIsNotReproduced() throws {
        let result = try Self.calibrate(Self.fixture("{sensitivity: 50, noise: 0 V}"), ObservedRate(rate: 0.18))
        #expect(!result.reproduced && result.point.sensitivity == 99 && result.point.alarms == 0 && result.above == nil)
    }

    /// A count's Wilson interval maps onto the settings whose simulated rate lies in it.
    @Test func aCountsIntervalMapsOntoARangeOfSettings() {
        let points = [0, 5, 12, 20, 26, 31, 60].enumerated().map {
            NuisanceCalibration.Point(sensitivity: $0.offset, thresholdV: 1 - Double($0.offset) / 10, alarms: $0.element, trials: 100)
        }
        let result = NuisanceCalibration.choose(ObservedRate(alarms: 36, visitors: 200), points)   // 13.3 %–23.9 %
        #expect(result.chosen == 3)       // 20 % is nearer 18 % than 12 % is
        #expect(result.observed == 3...3)
        let wide = NuisanceCalibration.choose(ObservedRate(alarms: 5, visitors: 20), points)       // 25 %: 11.2 %–46.9 %
        #expect(wide.chosen == 4 && wide.observed == 2...5)
        #expect(NuisanceCalibration.choose(ObservedRate(rate: 0.25), points).observed == nil)
    }
}

/// The Wilson score interval against Newcombe's published table (Statistics in Medicine
/// 17, 1998, table I: 0/10 → 0–0.2775, 5/10 → 0.2366–0.7634) and the closed form at 36/200.
struct WilsonIntervalTests {
    @Test func publishedValues() {
        let none = WilsonInterval.interval(successes: 0, trials: 10)
        #expect(none.low == 0 && abs(none.high - 0.2775) < 5e-5)
        let half = WilsonInterval.interval(successes: 5, trials: 10)
        #expect(abs(half.low - 0.2366) < 5e-5 && abs(half.high - 0.7634) < 5e-5)
        let site = WilsonInterval.interval(successes: 36, trials: 200)
        #expect(abs(site.low - 0.132946) < 1e-6 && abs(site.high - 0.239115) < 1e-6)
    }
}

/// `--nuisance-rate`'s forms, and what is refused.
struct ObservedRateTests {
    @Test func sharesAndCounts() throws {
        #expect(try ObservedRate.parse("18%") == ObservedRate(rate: 0.18))
        #expect(try ObservedRate.parse("18 %") == ObservedRate(rate: 0.18))
        #expect(try ObservedRate.parse("0.18") == ObservedRate(rate: 0.18))
        let count = try ObservedRate.parse("36/200")
        #expect(count.rate == 0.18 && count.count?.alarms == 36 && count.count?.visitors == 200)
        #expect(ObservedRate(rate: 0.18).interval == nil)
    }

    @Test(arguments: ["0", "1", "0%", "100%", "120%", "-0.1", "1.5", "abc", "", "5/0", "300/200", "0/200", "nan", "18%%"])
    func refused(_ text: String) {
        #expect(throws: ObservedRate.ParseError.self) { try ObservedRate.parse(text) }
    }
}

/// The documented law T(s) = T₅₀ · 10^((50 − s)/25) and its one default, 10 µV, for every class.
struct SensitivityLawTests {
    @Test func closedForm() {
        let t50 = SensitivityLaw.defaultReferenceThresholdV
        #expect(t50 == 10e-6)
        #expect(SensitivityLaw.thresholdV(sensitivity: 50, referenceV: t50) == 10e-6)
        #expect(SensitivityLaw.thresholdV(sensitivity: 75, referenceV: t50).isApproximatelyEqual(to: 1e-6, relativeTolerance: 1e-12))
        #expect(SensitivityLaw.thresholdV(sensitivity: 25, referenceV: t50).isApproximatelyEqual(to: 100e-6, relativeTolerance: 1e-12))
        #expect(SensitivityLaw.thresholdV(sensitivity: 0, referenceV: t50).isApproximatelyEqual(to: 1e-3, relativeTolerance: 1e-12))
        #expect(SensitivityLaw.thresholdV(sensitivity: 99, referenceV: t50).isApproximatelyEqual(to: 10e-6 * pow(10, -1.96), relativeTolerance: 1e-12))
        #expect(SensitivityLaw.thresholdV(sensitivity: 55, referenceV: t50).isApproximatelyEqual(to: 6.309573444801933e-6, relativeTolerance: 1e-12))
    }

    @Test(arguments: PortalClass.allCases)
    func everyClassDefaultsToTheSameLaw(_ portalClass: PortalClass) throws {
        let mode = portalClass == .piMultiZone ? "{mode: pi, sensitivity: 60}" : "{sensitivity: 60}"
        let file = try ScenarioFile.decode(YAMLDocument(text: "portal: {class: \(portalClass.rawValue), detector: \(mode)}", file: "c.yaml"))
        #expect(file.detector.referenceThresholdV == 10e-6)
        #expect(abs(file.detector.thresholdV - 10e-6 * pow(10, -0.4)) < 1e-18)
        let bare = try ScenarioFile.decode(YAMLDocument(text: "portal: {class: \(portalClass.rawValue)}", file: "c.yaml"))
        #expect(bare.detector.thresholdV == 10e-6)
    }
}
