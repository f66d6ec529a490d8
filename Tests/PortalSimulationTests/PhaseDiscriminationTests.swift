import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// Phase-sector discrimination: a ferrous and a non-ferrous sphere of the same |M|.
struct PhaseDiscriminationTests {
    static func compiled(_ detector: String) throws -> CompiledPortal {
        let file = try ScenarioFile.decode(YAMLDocument(text: "portal:\n  detector: \(detector)\n", file: "p.yaml"))
        return CompiledPortal(portal: try file.requirePortal(), settings: file.detector)
    }

    /// An isotropic object whose 5 kHz response is |M| e^{iθ}, in the lanes a portal
    /// carries: (R, X) with discrimination, the projection at 90° (the loss part) without.
    static func sphere(magnitude: Double, phaseDeg: Double, for compiled: CompiledPortal) -> CarriedObjectModel {
        let omega = 2 * Double.pi * 5000
        let k = omega * PhysicalConstants.mu0 * compiled.portal.transmitterCurrentA * magnitude
        let (re, im) = (k * cos(phaseDeg * Double.pi / 180), k * sin(phaseDeg * Double.pi / 180))
        let tensors = compiled.discriminates ? [re * SymmetricTensor.identity, im * SymmetricTensor.identity]
                                             : [im * SymmetricTensor.identity]
        return CarriedObjectModel(name: "sphere", channelTensors: tensors, largestDimensionM: nil)
    }

    static func alarms(_ compiled: CompiledPortal, magnitude: Double, phaseDeg: Double, passes: Int = 200) throws -> (Int, Double) {
        let simulator = PassSimulator(compiled: compiled, minimumSpeedMPerS: 1.1)
        let random = try #require(RandomStream())
        let placement = Placement(lateralM: 0, frontBackM: 0, heightM: 1.0, attitude: .identity, movesWithGait: false)
        let model = sphere(magnitude: magnitude, phaseDeg: phaseDeg, for: compiled)
        var alarms = 0, ratio = 0.0
        for pass in 0..<passes {
            random.reseed(seed: 5, caseID: 1, pass: pass, stream: 2)
            let outcome = simulator.pass(speedMPerS: 1.1, lateralOffsetM: 0, stridePhase: 0, objects: [(model, placement)], random: random)
            if outcome.alarmed { alarms += 1 }
            ratio = Swift.max(ratio, outcome.peakOverThreshold)
        }
        return (alarms, ratio)
    }

    @Test func rejectsTheFerrousSphereAndKeepsTheNonFerrousOne() throws {
        let plain = try Self.compiled("{mode: cw, frequencies: [5 kHz], threshold: 1 uV, noise: 20 nV}")
        let rejecting = try Self.compiled("{mode: cw, frequencies: [5 kHz], threshold: 1 uV, noise: 20 nV, discrimination: {reject_phase: [0 deg, 90 deg]}}")
        #expect(!plain.discriminates && rejecting.discriminates && rejecting.laneChannelCount == 2)
        // Scale |M| so that the loss channel peaks at about 10 T.
        let (_, unit) = try Self.alarms(plain, magnitude: 1e-6, phaseDeg: 40, passes: 1)
        let magnitude = 1e-6 * 10 / unit
        // Without discrimination the loss channel sees the two alike (sin 40° = sin 140°).
        let (plainFerrous, _) = try Self.alarms(plain, magnitude: magnitude, phaseDeg: 40)
        let (plainOther, _) = try Self.alarms(plain, magnitude: magnitude, phaseDeg: 140)
        #expect(plainFerrous == 200 && plainOther == 200)
        let (ferrous, ferrousRatio) = try Self.alarms(rejecting, magnitude: magnitude, phaseDeg: 40)
        let (other, otherRatio) = try Self.alarms(rejecting, magnitude: magnitude, phaseDeg: 140)
        #expect(ferrous == 0, "ferrous: \(ferrous) alarms, peak/T \(ferrousRatio)")
        #expect(other == 200 && abs(otherRatio - 10) < 0.5, "non-ferrous: \(other) alarms, peak/T \(otherRatio)")
    }

    @Test func theFoldedPhaseIgnoresTheSignOfS() {
        for (r, x, expected) in [(1.0, 1.0, 45.0), (-1.0, -1.0, 45.0), (-1.0, 1.0, 135.0), (1.0, -1.0, 135.0), (0.0, 1.0, 90.0), (-2.0, 0.0, 0.0)] {
            #expect(abs(PhaseDiscrimination.phaseRad(r: r, x: x) * 180 / Double.pi - expected) < 1e-9, "\(r), \(x)")
        }
    }

    @Test func mistakesAreReported() {
        func problems(_ detector: String) -> [String] {
            diagnostics { () throws(InputErrors) in
                _ = try ScenarioFile.decode(YAMLDocument(text: "portal:\n  detector: \(detector)\n", file: "p.yaml")).requirePortal()
            }
        }
        #expect(problems("{mode: pi, gate_start: 20 us, gate_end: 120 us, discrimination: {reject_phase: [0 deg, 90 deg]}}").first?
                    .contains("portal.detector.discrimination: phase discrimination needs a CW detector") == true)
        #expect(problems("{discrimination: {reject_phase: [90 deg, 10 deg]}}").first?.contains("reject_phase[1]: must be above") == true)
        #expect(problems("{discrimination: {reject_phase: [10 deg, 200 deg]}}").first?.contains("reject_phase[1]") == true)
        #expect(problems("{discrimination: {reject_phase: [10 deg]}}").first?.contains("two angles") == true)
    }
}
