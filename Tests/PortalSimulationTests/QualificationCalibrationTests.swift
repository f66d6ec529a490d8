import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// Calibration: the lowest sensitivity setting at which a protocol passes, by bisection,
/// against the closed form and against runs at the settings it names.
struct CalibrationTests {
    @Test func calibratedSettingPassesAndTheOneBelowFails() throws {
        let runner = try QualificationFixture.noisy()
        let (outcome, probes) = Calibration.calibrate(runner, threads: 2)
        guard case .calibrated(let passing, let below) = outcome else {
            Issue.record("expected a calibrated setting, got \(outcome)")
            return
        }
        let s = try #require(passing.sensitivity)
        #expect(s == 62 && below.sensitivity == 61)
        #expect(passing.passed && !below.passed)
        // Run afresh, on another thread count, at the two settings: the same verdicts.
        #expect(runner.atSensitivity(s).run(threads: 1).passed)
        #expect(!runner.atSensitivity(s - 1).run(threads: 1).passed)
        // The weakest case fails one setting lower.
        let weakest = try #require(passing.weakest)
        #expect(weakest.point.name == "left-ankle" && weakest.orientation == .x, "\(weakest.point.name) \(weakest.orientation)")
        #expect(!below.cases.first { $0.point == weakest.point && $0.orientation == weakest.orientation }!.passed)
        // Two end probes and a bisection of 0 … 99: at most 2 + 7.
        #expect(probes.first == Calibration.Probe(sensitivity: 99, passed: true))
        #expect(probes.dropFirst().first == Calibration.Probe(sensitivity: 0, passed: false))
        #expect(probes.count <= 9)
    }

    /// With the same draws the protocol passes at s iff T(s) < the critical peak: at
    /// every one of the 100 settings, for every pass required and for 70 % of them; the
    /// bisection lands on the smallest such s.
    @Test(arguments: [1.0, 0.7])
    func bisectionAgreesWithTheClosedForm(required: Double) throws {
        let runner = try QualificationFixture.noisy(required: required)
        let critical = runner.atSensitivity(50).run(threads: 2).criticalPeakV
        let closed = try #require(Calibration.lowestPassingSetting(criticalPeakV: critical, referenceThresholdV: 10e-6))
        for s in SensitivityLaw.range {
            let result = runner.atSensitivity(s).run(threads: 2)
            #expect(result.passed == (result.thresholdV < critical), "setting \(s)")
            #expect(result.passed == (s >= closed), "setting \(s)")
        }
        guard case .calibrated(let passing, _) = Calibration.calibrate(runner, threads: 2).outcome else {
            Issue.record("expected a calibrated setting")
            return
        }
        #expect(passing.sensitivity == closed)
        #expect(closed == (required == 1 ? 62 : 60))
    }

    /// The bundled protocol against its portal (the example run's): setting 55, decided
    /// at the left ankle, where the transmit panel's side meets the bottom of the coils.
    @Test func bundledProtocolCalibratesToFiftyFive() throws {
        let path = QualificationProtocolTests.repositoryRoot.appendingPathComponent("scenarios/protocols/nij-steel-sphere.yaml").path
        let file = try ProtocolFile.load(path: path)
        #expect(file.portal.name == "cw-multi-zone" && file.portal.zones.count == 6)   // the fixture's grid fits
        let runner = QualificationRunner(qualification: file.qualification, seed: file.seed,
                                         compiled: CompiledPortal(sharingGridOf: QualificationFixture.compiled, settings: file.detector))
        guard case .calibrated(let passing, let below) = Calibration.calibrate(runner, threads: 2).outcome else {
            Issue.record("expected a calibrated setting")
            return
        }
        #expect(passing.sensitivity == 55 && below.sensitivity == 54)
        #expect(passing.weakest?.point.name == "left-ankle")
        #expect(Calibration.lowestPassingSetting(criticalPeakV: passing.criticalPeakV, referenceThresholdV: 10e-6) == 55)
        // The sphere looks alike in every orientation: the spread is the tester's offset.
        for point in file.qualification.points {
            let peaks = passing.cases.filter { $0.point == point }.map(\.minPeakV)
            #expect(peaks.max()! < 1.2 * peaks.min()!, "\(point.name)")
        }
    }

    @Test func passesAtTheLeastSensitiveSetting() throws {
        // T₅₀ = 10 nV puts T(0) at 1 µV, far below a 25.4 mm steel sphere at the waist.
        let runner = try QualificationFixture.runner("sphere-steel-25.4mm", points: [QualificationFixture.waist],
                                                     settings: QualificationFixture.settings(referenceV: 10e-9))
        let (outcome, probes) = Calibration.calibrate(runner, threads: 1)
        guard case .passesAtLowest(let least) = outcome else {
            Issue.record("expected a pass at setting 0, got \(outcome)")
            return
        }
        #expect(least.sensitivity == 0 && least.passed && probes.count == 2)
        #expect(Calibration.lowestPassingSetting(criticalPeakV: least.criticalPeakV, referenceThresholdV: 10e-9) == 0)
    }

    @Test func failsAtTheMostSensitiveSetting() throws {
        // T₅₀ = 1 V puts T(99) at 11 mV: nothing carried is that loud.
        let runner = try QualificationFixture.runner("sphere-steel-25.4mm", points: [QualificationFixture.waist],
                                                     settings: QualificationFixture.settings(referenceV: 1))
        let (outcome, probes) = Calibration.calibrate(runner, threads: 1)
        guard case .failsAtHighest(let most) = outcome else {
            Issue.record("expected a failure at setting 99, got \(outcome)")
            return
        }
        #expect(most.sensitivity == 99 && !most.passed && most.cases.allSatisfy { $0.alarms == 0 } && probes.count == 1)
        #expect(Calibration.lowestPassingSetting(criticalPeakV: most.criticalPeakV, referenceThresholdV: 1) == nil)
    }
}
