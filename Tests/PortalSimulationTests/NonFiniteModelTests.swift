import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// Issue #10 item 1: a non-finite field, sensitivity, tensor or signal stops the run
/// with a message naming what overflowed; it never counts as "not detected". Portals
/// and objects are built through the Swift API with values a scenario file's range
/// checks would refuse, so that the engine's own guard is what is tested.
@Suite struct NonFiniteModelTests {
    /// A smartphone at the groin through `portal` (cw-multi-zone's settings), 20 passes.
    static func scenario(portal: Portal, objects: [ObjectEntry]? = nil) throws -> RunScenario {
        var run = try ScenarioFile.decode(YAMLDocument(text: """
            name: t
            seed: 1
            trials: 20
            portal: {class: cw-multi-zone}
            threats: {objects: [smartphone], locations: [groin]}
            """, file: "t.yaml")).runScenario()
        guard let settings = run.configurations[0].stages[0].portalStage?.settings else {
            Issue.record("no portal stage"); return run
        }
        run.configurations = [.portalOnly(name: "t", portal: portal, detector: settings)]
        if let objects { run.threats?.objects = objects }
        return run
    }

    /// cw-multi-zone with its transmitter coil's weight or turns replaced.
    static func multiZone(transmitterWeight: Double = 1, zoneWeight: Double = 1) -> Portal {
        let base = PortalClass.cwMultiZone.portal
        let tx = base.transmitter.coils.map { WeightedCoil($0.coil, weight: transmitterWeight * $0.weight) }
        var zones = base.zones
        zones[2] = CoilSet(name: zones[2].name, coils: zones[2].coils.map { WeightedCoil($0.coil, weight: zoneWeight * $0.weight) })
        return Portal(name: base.name, aperture: base.aperture, transmitter: CoilSet(name: "tx", coils: tx), zones: zones,
                      transmitterCurrentA: base.transmitterCurrentA, detector: base.detector)
    }

    static func expectStopped(_ run: RunScenario, mentioning words: [String]) {
        let engine = Engine(scenario: run, threads: 1)
        let problem = engine.nonFiniteModel
        #expect(problem != nil)
        for word in words { #expect(problem?.what.contains(word) == true, "\(problem?.what ?? "nil") lacks \(word)") }
        #expect(throws: ResultsError.self) { _ = try engine.run(threads: 1) }
        #expect(throws: ResultsError.self) { _ = try engine.runUntilPrecise(halfWidth: 0.1, maxTrials: 100, threads: 1) }
        #expect(throws: TraceError.self) { _ = try engine.trace(caseIndex: 0, pass: 0) }
        do {
            _ = try engine.run(threads: 1)
        } catch {
            #expect(error == .nonFiniteModel(problem ?? NonFiniteModel("")))
            #expect("\(error)".contains("not detected"))
        }
    }

    /// The issue's repro: weight 10³⁰⁸ makes the transmitter's field infinite; the run
    /// gave pd 0 of 20, exit 0.
    @Test func anInfiniteTransmitterFieldStopsTheRun() throws {
        Self.expectStopped(try Self.scenario(portal: Self.multiZone(transmitterWeight: 1e308)),
                           mentioning: ["transmitter coil 1", "portal.transmitter[0]", "not finite"])
    }

    /// (10³⁰⁸ times a zone coil's field of under 1 A/m stays finite: an infinite weight.)
    @Test func anInfiniteZoneFieldNamesTheZoneAndCoil() throws {
        let portal = Self.multiZone(zoneWeight: .infinity)
        Self.expectStopped(try Self.scenario(portal: portal),
                           mentioning: ["zone '\(portal.zones[2].name)'", "portal.zones[2].coils[0]", "not finite"])
    }

    /// Each field finite (10²⁰⁰ times a few A/m), their product not.
    @Test func anOverflowingSensitivityProductNamesTheZone() throws {
        Self.expectStopped(try Self.scenario(portal: Self.multiZone(transmitterWeight: 1e200, zoneWeight: 1e200)),
                           mentioning: ["sensitivity of zone", "portal.zones[", "overflows"])
    }

    /// An object whose spectrum holds an infinity (no part shape makes one any more:
    /// `Primitive` refuses them; an imported or composed spectrum could).
    @Test func anInfiniteObjectTensorNamesTheObject() throws {
        let spectrum = RelaxationSpectrum(staticPart: SymmetricTensor(xx: .infinity, yy: 0, zz: 0, xy: 0, xz: 0, yz: 0))
        let object = ObjectEntry(name: "absurd", kind: .everyday, summary: "", sizeM: nil, metalMassKg: nil,
                                 spectrum: spectrum, parts: [], origin: "test")
        Self.expectStopped(try Self.scenario(portal: PortalClass.cwMultiZone.portal, objects: [object]),
                           mentioning: ["object 'absurd'", "5000.0 Hz channel", "not finite"])
    }

    /// A finite tensor and finite sensitivities whose product overflows in a pass: the
    /// signal bound catches it before any pass. (A mode at ωτ = 1 shows in both the
    /// in-phase and the quadrature channel, whatever the demodulation phase.)
    @Test func aSignalThatWouldOverflowStopsTheRun() throws {
        let tau = 1 / (2 * Double.pi * 5000)
        let huge = SymmetricTensor(xx: -1e306, yy: -1e306, zz: -1e306, xy: 0, xz: 0, yz: 0)
        let object = ObjectEntry(name: "vast", kind: .everyday, summary: "", sizeM: nil, metalMassKg: nil,
                                 spectrum: RelaxationSpectrum(terms: [RelaxationTerm(weight: huge, timeConstantS: tau)]),
                                 parts: [], origin: "test")
        let run = try Self.scenario(portal: PortalClass.cwMultiZone.portal, objects: [object])
        let engine = Engine(scenario: run, threads: 1)
        #expect(engine.models[0][0].channelTensors.allSatisfy { $0.components.allSatisfy(\.isFinite) })
        Self.expectStopped(run, mentioning: ["could overflow", "object 'vast'"])
    }

    /// The bound does not refuse what is merely large: the bundled portal with a real
    /// object runs, and its peak ratios are finite.
    @Test func anOrdinaryRunIsNotStopped() throws {
        let engine = Engine(scenario: try Self.scenario(portal: PortalClass.cwMultiZone.portal), threads: 1)
        #expect(engine.nonFiniteModel == nil)
        let tallies = try engine.run(threads: 1)
        #expect(tallies.cases.values.allSatisfy { $0.trials == 20 })
    }
}
