import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation
import RealModule

/// What the qualification tests share: the example portal compiled once (its grid is
/// the slow part) and protocols built in code.
enum QualificationFixture {
    /// The portal of scenarios/example-run.yaml: cw-multi-zone at 5 kHz, T₅₀ = 10 µV.
    static let compiled = CompiledPortal(portal: PortalClass.cwMultiZone.portal, settings: settings(), threads: 2)

    static func settings(noiseV: Double = 50e-9, referenceV: Double = 10e-6, thresholdV: Double? = nil) -> DetectorSettings {
        var s = DetectorSettings.standard
        s.noiseV = noiseV
        s.referenceThresholdV = referenceV
        s.thresholdOverrideV = thresholdV
        return s
    }

    static let waist = TestPoint(name: "waist", lateralM: 0, heightM: 1.0, frontBackM: 0)
    static let leftAnkle = TestPoint(name: "left-ankle", lateralM: -0.1, heightM: 0.1, frontBackM: 0)
    static let rightArmpit = TestPoint(name: "right-armpit", lateralM: 0.2, heightM: 1.35, frontBackM: 0)
    static let nearReceiver = TestPoint(name: "near-receiver", lateralM: 0.3, heightM: 1.0, frontBackM: 0)

    static func runner(_ objectName: String, points: [TestPoint], orientations: [TestOrientation] = TestOrientation.allCases,
                       passes: Int = 10, required: Double = 1, lateralOffsetSdM: Double = 0, seed: UInt64 = 1,
                       settings: DetectorSettings = settings()) throws -> QualificationRunner {
        let object = try ObjectEntry(try #require(ObjectLibrary.named(objectName)))
        let q = QualificationProtocol(object: object, passes: passes, requiredShare: required, orientations: orientations,
                                      walkingSpeedMPerS: 1, lateralOffsetSdM: lateralOffsetSdM, points: points)
        return QualificationRunner(qualification: q, seed: seed, compiled: CompiledPortal(sharingGridOf: compiled, settings: settings))
    }

    /// A protocol whose noise (1 µV per sample) is not small beside the signal of a
    /// 20 mm steel sphere near the threshold, so passes of one case differ and cases
    /// pass and fail at different settings.
    static func noisy(required: Double = 1, seed: UInt64 = 11) throws -> QualificationRunner {
        try runner("sphere-steel-20mm", points: [waist, leftAnkle, rightArmpit], orientations: [.x, .z], passes: 12,
                   required: required, lateralOffsetSdM: 0.03, seed: seed, settings: settings(noiseV: 1e-6))
    }
}

struct QualificationRunnerTests {
    /// Each case's stream depends on (seed, case, block) only: the same result, to the
    /// last bit, with one thread or several; another seed gives other draws.
    @Test func identicalWithAnyThreadCount() throws {
        let runner = try QualificationFixture.noisy()
        let one = runner.run(threads: 1)
        #expect(runner.run(threads: 2) == one)
        #expect(runner.run(threads: 3) == one)
        #expect(runner.run(threads: 1) == one)
        #expect(try QualificationFixture.noisy(seed: 12).run(threads: 2) != one)
        #expect(one.cases.count == 6 && one.cases.allSatisfy { $0.passes == 12 })
    }

    /// A flat phone edge-on to the field is its weak orientation: its battery foils and
    /// board see the field of the coils (across the aperture) through their faces only
    /// when the phone's normal lies along x. Near the receive panel, face-on, it is
    /// obviously strong and passes; lying flat (normal vertical) it is the weakest case.
    @Test func strongPointPassesAndTheWeakOrientationIsTheWeakest() throws {
        let result = try QualificationFixture.runner("mini-phone-3310", points: [QualificationFixture.nearReceiver, QualificationFixture.waist],
                                                     settings: QualificationFixture.settings(thresholdV: 1e-6)).run(threads: 2)
        #expect(result.sensitivity == nil && result.thresholdV == 1e-6)
        let strong = try #require(result.cases.first { $0.point.name == "near-receiver" && $0.orientation == .x })
        #expect(strong.passed && strong.alarms == 10 && strong.minPeakOverThreshold > 10)
        let weakest = try #require(result.weakest)
        #expect(weakest.orientation == .z && weakest.point.name == "waist")
        #expect(!weakest.passed && weakest.alarms == 0 && weakest.minPeakOverThreshold < 0.5)
        #expect(!result.passed)
        // Every face-on case beats every flat one.
        let faceOn = result.cases.filter { $0.orientation == .x }.map(\.minPeakOverThreshold)
        let flat = result.cases.filter { $0.orientation == .z }.map(\.minPeakOverThreshold)
        #expect(faceOn.min()! > 10 * flat.max()!)
    }

    /// The noise is added before the comparison and does not depend on the threshold:
    /// with the same seed every pass has the same peak in volts at every setting, so a
    /// case passes exactly when the threshold is below its critical peak, and raising
    /// the setting can only add alarms.
    @Test func peaksDoNotDependOnTheThreshold() throws {
        let runner = try QualificationFixture.noisy()
        let settings = [40, 48, 52, 56, 60, 70]
        let results = settings.map { runner.atSensitivity($0).run(threads: 2) }
        let reference = results[0]
        for (s, result) in zip(settings, results) {
            #expect(result.sensitivity == s)
            #expect(result.thresholdV.isApproximatelyEqual(to: SensitivityLaw.thresholdV(sensitivity: s, referenceV: 10e-6), relativeTolerance: 1e-12))
            for (c, r) in zip(result.cases, reference.cases) {
                #expect(c.minPeakV.isApproximatelyEqual(to: r.minPeakV, relativeTolerance: 1e-12) && c.criticalPeakV.isApproximatelyEqual(to: r.criticalPeakV, relativeTolerance: 1e-12))
                #expect(c.passed == (result.thresholdV < c.criticalPeakV), "\(c.point.name) \(c.orientation) at \(s)")
                #expect((c.minPeakOverThreshold * result.thresholdV).isApproximatelyEqual(to: c.minPeakV, relativeTolerance: 1e-12))
            }
        }
        for (lower, higher) in zip(results, results.dropFirst()) {
            for (a, b) in zip(lower.cases, higher.cases) { #expect(a.alarms <= b.alarms) }
        }
        // Not a vacuous check: the verdicts and alarm counts do change over these settings,
        // and some case alarms in some but not all of its passes.
        #expect(!results.first!.passed && results.last!.passed)
        #expect(results.contains { $0.cases.contains { $0.alarms > 0 && $0.alarms < $0.passes } })
    }
}

/// The tester's offset never carries a test object into a panel.
struct QualificationOffsetTests {
    @Test func offsetsKeepTheObjectInTheOpening() {
        #expect(QualificationRunner.offsetRange(lateralM: 0, halfWidthM: 0.38, largestOffsetM: 0.13) == -0.13...0.13)
        #expect(QualificationRunner.offsetRange(lateralM: 0.38, halfWidthM: 0.38, largestOffsetM: 0.13) == -0.13...0)
        let left = QualificationRunner.offsetRange(lateralM: -0.3, halfWidthM: 0.38, largestOffsetM: 0.13)
        #expect(abs(left.lowerBound + 0.08) < 1e-12 && left.upperBound == 0.13)
    }
}
