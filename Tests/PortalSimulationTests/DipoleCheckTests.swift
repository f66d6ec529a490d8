import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// The engine's dipole check: a pass is flagged when a carried object's largest
/// dimension exceeds half its distance to the nearest coil wire at some sample.
@Suite struct DipoleCheckTests {
    static let portal = PortalClass.cwMultiZone.portal

    /// Cases that flag always, sometimes and never, with clean carriers: a 30 cm tray at
    /// the waistband (0.6 m limit, and no wire is that far from the middle of the
    /// opening), a smartphone in a shoe (0.294 m limit; the shoe passes ~0.3 m from the
    /// bottom wires, nearer on the side the walker strays to), a nano-SIM at the groin
    /// and in the shoe (24 mm limit, 16 cm or more from every wire).
    static let scenario = """
        name: t
        seed: 7
        trials: 600
        portal:
          class: cw-multi-zone
          detector: {mode: cw, frequencies: [5 kHz], sensitivity: 50, reference_threshold: 10 uV, noise: 50 nV}
        population:
          lateral_offset: 8 cm
        objects:
          tray:
            kind: everyday
            size: [300 mm, 200 mm, 5 mm]
            parts: [{shape: plate, length: 300 mm, width: 200 mm, thickness: 1 mm, material: aluminium}]
        threats:
          objects: [tray, smartphone, nano-sim]
          locations: [waistband-front, shoe, groin]
        """

    static func key(_ object: String, _ location: String) -> CaseKey {
        .threat(configuration: "t", device: object, location: location)
    }

    @Test func largeObjectsNearAWireAreFlaggedAndSmallOnesInTheMiddleAreNot() throws {
        let run = try ScenarioFile.decode(YAMLDocument(text: Self.scenario, file: "t.yaml")).runScenario()
        let tallies = try Engine(scenario: run, threads: 2).run(threads: 2)
        func flagged(_ object: String, _ location: String) throws -> Int {
            try #require(tallies.cases[Self.key(object, location)]).dipoleFlagged
        }
        #expect(try flagged("tray", "waistband-front") == 600)
        let phoneInShoe = try flagged("smartphone", "shoe")
        #expect(phoneInShoe > 30 && phoneInShoe < 570, "\(phoneInShoe)")
        #expect(try flagged("nano-sim", "groin") == 0)
        #expect(try flagged("nano-sim", "shoe") == 0)
        // The innocent population carries nothing here.
        #expect(try #require(tallies.cases[.innocent(configuration: "t", population: "visitors")]).dipoleFlagged == 0)
    }

    /// The engine's count against brute force: every sample of every pass, the same
    /// walkers and placements, distances from the coils themselves rather than from the
    /// precomputed wires and the skipping the check does.
    @Test func theCountIsTheSamplesNearerThanTwiceTheSize() throws {
        let run = try ScenarioFile.decode(YAMLDocument(text: Self.scenario, file: "t.yaml")).runScenario()
        let engine = Engine(scenario: run, threads: 1)
        let tallies = try engine.run(threads: 1)
        let sampler = PersonSampler(population: run.populations[0], apertureHalfWidthM: 0.38)
        let fs = try #require(engine.portals.first).settings.sampleRateHz
        let person = RandomStream()
        var carried: [CarriedItem] = []
        var checked = 0
        for runCase in engine.cases where !runCase.isInnocent {
            var expected = 0
            for pass in 0..<run.trials {
                person.reseed(seed: run.seed, caseID: runCase.identity, pass: pass, stream: 0)
                let walker = engine.drawPerson(runCase, sampler: sampler, random: person, into: &carried)
                let n = PassSimulator.sampleCount(halfLengthM: 0.9, speedMPerS: walker.speedMPerS, sampleRateHz: fs)
                let near = carried.contains { item in
                    guard let size = engine.objects[item.objectIndex].largestDimensionM else { return false }
                    let p = item.placement
                    return (0..<n).contains { k in
                        let t = Double(k) / fs
                        let rise = p.movesWithGait ? Gait.footRiseM(timeS: t, speedMPerS: walker.speedMPerS, stridePhase: walker.stridePhase) : 0
                        let point = Vector3(walker.lateralOffsetM + p.lateralM, -0.9 + p.frontBackM + walker.speedMPerS * t, p.heightM + rise)
                        return size > 0.5 * Self.portal.distanceToNearestWireM(from: point)
                    }
                }
                if near { expected += 1 }
            }
            let key = runCase.key(configuration: "t")
            #expect(try #require(tallies.cases[key]).dipoleFlagged == expected, "\(key)")
            checked += expected
        }
        #expect(checked > 600)         // the comparison is not of zeros
    }

    /// The check itself against every sample, on paths through the whole opening, a foot's
    /// included, with limits at and around the nearest approach: the skipping never
    /// jumps over the sample that is too near.
    @Test func skippingSamplesNeverMissesTheNearestOne() {
        let wires = PortalWires(portal: Self.portal)
        var flaggedCount = 0, total = 0
        for i in 0..<400 {
            let u = Double(i)
            let path = DipoleCheck.Path(xM: 0.37 * sin(u * 0.71), yStartM: -0.9 + 0.3 * sin(u * 0.37),
                                        heightM: 1.0 + 0.98 * sin(u * 0.53), movesWithGait: i % 3 == 0,
                                        speedMPerS: 0.5 + abs(sin(u * 0.29)), stridePhase: abs(sin(u * 0.11)),
                                        sampleRateHz: i % 2 == 0 ? 40 : 100, samples: 0)
            let fullPath = DipoleCheck.Path(xM: path.xM, yStartM: path.yStartM, heightM: path.heightM,
                                            movesWithGait: path.movesWithGait, speedMPerS: path.speedMPerS,
                                            stridePhase: path.stridePhase, sampleRateHz: path.sampleRateHz,
                                            samples: PassSimulator.sampleCount(halfLengthM: 0.9, speedMPerS: path.speedMPerS,
                                                                               sampleRateHz: path.sampleRateHz))
            // The check's own distances: what is tested here is the skipping.
            let distances = (0..<fullPath.samples).map { wires.distanceM(from: fullPath.positionM(sample: $0)) }
            let nearest = distances.min() ?? .infinity
            for limit in [nearest * 0.5, nearest, nearest * (1 + 1e-12), nearest * 1.01, nearest * 2] {
                let brute = distances.contains { $0 < limit }
                #expect(DipoleCheck.isFlagged(fullPath, limitM: limit, wires: wires) == brute, "path \(i), limit \(limit)")
                if brute { flaggedCount += 1 }
                total += 1
            }
            #expect(!DipoleCheck.isFlagged(path, limitM: 10, wires: wires))      // no samples, nothing flagged
        }
        #expect(flaggedCount > total / 3 && flaggedCount < total)
    }

    @Test func sizesComeFromTheDeclaredBoxElseTheParts() throws {
        // The library's declared box: its longest side.
        let phone = try ObjectEntry(try #require(ObjectLibrary.named("mini-phone-3310")))
        #expect(phone.largestDimensionM == 0.068)
        let text = """
            name: t
            trials: 1
            portal: {class: cw-multi-zone}
            objects:
              boxed:
                size: [10 mm, 40 mm, 5 mm]
                parts: [{shape: sphere, radius: 30 mm, material: steel}]
              spread:
                parts:
                  - {shape: sphere, radius: 5 mm, material: steel, offset: [-20 mm, 0 mm, 0 mm]}
                  - {shape: rod, length: 30 mm, radius: 1 mm, material: steel, offset: [40 mm, 0 mm, 0 mm]}
                  - {object: nano-sim}
            threats: {objects: [boxed, spread], locations: [groin]}
            """
        let run = try ScenarioFile.decode(YAMLDocument(text: text, file: "t.yaml")).runScenario()
        let objects = try #require(run.threats?.objects)
        // The declared box wins over the parts.
        #expect(objects[0].largestDimensionM == 0.04)
        // Sphere (10 mm) at −20 mm to rod (30 mm) at +40 mm: 60 + 5 + 15 = 80 mm.
        let spread = try #require(objects[1].largestDimensionM)
        #expect(abs(spread - 0.08) < 1e-15)
        #expect(ObjectExtent.partsExtentM([(.zero, 0.01), (Vector3(0, 0, 0.1), nil)]) == nil)
        #expect(ObjectExtent.partsExtentM([]) == nil)
        #expect(DipoleCheck.limitM(largestDimensionM: nil) == nil)
        #expect(DipoleCheck.limitM(largestDimensionM: 0.068) == 0.136)
    }
}
