import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation
import RealModule

/// Protocol files: the `protocol:` section, the scenario keys around it, and every
/// mistake reported at its line, column and key.
struct QualificationProtocolTests {
    static let portal = """
        portal:
          class: cw-multi-zone
          detector: {mode: cw, frequencies: [5 kHz], reference_threshold: 10 uV}

        """

    func decode(_ text: String) throws(InputErrors) -> ProtocolFile {
        try ProtocolFile.decode(YAMLDocument(text: text, file: "q.yaml"))
    }

    func problems(_ text: String) -> [String] {
        diagnostics { () throws(InputErrors) in _ = try decode(text) }
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func bundledProtocolDecodes() throws {
        let file = try ProtocolFile.load(path: Self.repositoryRoot.appendingPathComponent("scenarios/protocols/nij-steel-sphere.yaml").path)
        let q = file.qualification
        #expect(file.name == "nij-steel-sphere" && file.seed == 20250520)
        #expect(file.portal.zones.count == 6 && file.detector.referenceThresholdV == 1e-5 && file.detector.noiseV == 5e-8)
        #expect(q.object.name == "sphere-steel-25.4mm")
        #expect(q.points.count == 9 && q.orientations == [.x, .y, .z] && q.passes == 10 && q.caseCount == 27)
        #expect(q.requiredShare == 1 && q.requiredAlarms == 10)
        #expect(q.walkingSpeedMPerS == 1 && q.lateralOffsetSdM.isApproximatelyEqual(to: 0.02, relativeTolerance: 1e-12))
        let ankle = try #require(q.points.first { $0.name == "left-ankle" })
        #expect(ankle.lateralM.isApproximatelyEqual(to: -0.1, relativeTolerance: 1e-12) && ankle.heightM.isApproximatelyEqual(to: 0.1, relativeTolerance: 1e-12) && ankle.frontBackM == 0)
        let back = try #require(q.points.first { $0.name == "small-of-back" })
        #expect(back.frontBackM.isApproximatelyEqual(to: -0.12, relativeTolerance: 1e-12) && back.heightM.isApproximatelyEqual(to: 1.05, relativeTolerance: 1e-12))
    }

    @Test func defaultsAreTheNIJStructure() throws {
        let file = try decode(Self.portal + """
            protocol:
              object: key-steel
              points: [{name: waist, height: 1 m}]
            """)
        let q = file.qualification
        #expect(q.passes == 10 && q.requiredShare == 1 && q.orientations == [.x, .y, .z])
        #expect(q.walkingSpeedMPerS == 1 && q.lateralOffsetSdM == 0)
        #expect(q.points == [TestPoint(name: "waist", lateralM: 0, heightM: 1, frontBackM: 0)])
        #expect(file.name == "protocol" && file.seed == 1)
    }

    @Test func requiredShareRoundsUpToWholePasses() throws {
        func alarms(_ share: String, _ passes: Int) throws -> Int {
            try decode(Self.portal + """
                protocol: {object: key-steel, passes: \(passes), required: \(share), points: [{name: p, height: 1 m}]}
                """).qualification.requiredAlarms
        }
        #expect(try alarms("95 %", 20) == 19)      // 0.95 × 20 is 19.000000000000004 in doubles
        #expect(try alarms("95 %", 10) == 10)
        #expect(try alarms("0.5", 3) == 2)
        #expect(try alarms("1 %", 10) == 1)
    }

    /// The rest of a scenario file is read by the scenario decoder: its keys are
    /// accepted (a protocol file can be a full scenario), and its objects can be tested.
    @Test func scenarioKeysAndObjectsAreAccepted() throws {
        let file = try decode("""
            name: mine
            seed: 7
            trials: 100
            population: {lateral_offset: 3 cm}
            threats: {objects: [key-steel], locations: [ankle-sock]}
            output: {folder: out/mine}
            objects:
              steel-disk:
                parts: [{shape: disk, radius: 15 mm, thickness: 1 mm, material: steel}]
            """ + "\n" + Self.portal + """
            protocol:
              object: steel-disk
              orientations: [z, x]
              points: [{name: p, lateral: -38 cm, height: 2.03 m, front_back: 30 cm}]
            """)
        #expect(file.name == "mine" && file.seed == 7 && file.outputFolder == "out/mine")
        #expect(file.qualification.object.name == "steel-disk" && file.qualification.orientations == [.z, .x])
        #expect(file.qualification.points[0] == TestPoint(name: "p", lateralM: -0.38, heightM: 2.03, frontBackM: 0.3))
    }

    @Test func eachMistakeAtItsLineAndColumn() {
        let found = problems(Self.portal + """
            protocol:
              object: sphere-steel-25.4
              pases: 10
              passes: 0
              required: 120 %
              orientations: [x, x, w]
              walking_speed: 1
              lateral_offset: 50 cm
              points:
                - {name: head, height: 1.7}
                - {name: side, lateral: 45 cm, height: 1 m, front_back: 40 cm}
                - {name: top, height: 3 m, depth: 1 cm}
            """)
        #expect(found == [
            "q.yaml:5:11: protocol.object: unknown object 'sphere-steel-25.4'; did you mean 'sphere-steel-25.4mm'? (`portalsim objects list` shows them)",
            "q.yaml:6:3: protocol.pases: unknown key 'pases'; did you mean 'passes'? (expected one of: object, passes, required, orientations, walking_speed, lateral_offset, points)",
            "q.yaml:7:11: protocol.passes: must be between 1 and 100000, got 0",
            "q.yaml:8:13: protocol.required: must be > 0 and <= 1, got 120 %",
            "q.yaml:9:21: protocol.orientations[1]: 'x' is listed twice",
            "q.yaml:9:24: protocol.orientations[2]: unknown value 'w' (expected one of: x, y, z)",
            "q.yaml:10:18: protocol.walking_speed: missing unit: write e.g. \"1 m/s\"",
            "q.yaml:11:19: protocol.lateral_offset: must be between 0 m and 300 mm, got 50 cm",
            "q.yaml:13:28: protocol.points[0].height: missing unit: write e.g. \"1.7 mm\" or \"0.0017 m\"",
            "q.yaml:14:29: protocol.points[1].lateral: must be between -380 mm and 380 mm, got 45 cm",
            "q.yaml:14:61: protocol.points[1].front_back: must be between -300 mm and 300 mm, got 40 cm",
            "q.yaml:15:27: protocol.points[2].height: must be > 0 m and <= 2.03 m, got 3 m",
            "q.yaml:15:32: protocol.points[2].depth: unknown key 'depth' (expected one of: name, lateral, height, front_back)",
        ])
    }

    @Test func missingSectionsAndDuplicateNames() {
        #expect(problems("name: nothing\n") == [
            "q.yaml:1:1: missing required key 'portal'",
            "q.yaml:1:1: missing required key 'protocol'",
        ])
        // Mistakes in the scenario part and in the protocol come together.
        #expect(problems("""
            portal: {clas: cw-multi-zone}
            protocol: {object: key-steel, passes: ten, points: [{name: p, height: 1 m}]}
            """) == [
            "q.yaml:1:10: portal.clas: unknown key 'clas'; did you mean 'class'? (expected one of: class, aperture, transmitter_current, detector, transmitter, zones, zone_count)",
            "q.yaml:2:39: protocol.passes: expected a whole number, got a string (\"ten\")",
        ])
        #expect(problems(Self.portal + """
            protocol:
              object: key-steel
              orientations: []
              points:
                - {name: a, height: 1 m}
                - {name: a, height: 2 m}
            """) == [
            "q.yaml:6:17: protocol.orientations: give at least one of x, y, z",
            "q.yaml:9:14: protocol.points[1].name: the point name 'a' is used twice",
        ])
    }

    /// An object the file defines but gets wrong is reported once, where it is defined,
    /// not again where the protocol names it.
    @Test func aBrokenFileObjectIsReportedOnce() {
        let found = problems("""
            objects:
              my-disk:
                parts: [{shape: disk, radius: 15 mm, material: steel}]
            """ + "\n" + Self.portal + """
            protocol: {object: my-disk, points: [{name: p, height: 1 m}]}
            """)
        #expect(found == ["q.yaml:3:13: objects.my-disk.parts[0]: missing required key 'thickness'"])
    }

    @Test func orientationsTurnTheObjectsZAxisOntoThePortalAxis() {
        #expect(TestOrientation.x.rotation.apply(.unitZ) == .unitX)
        #expect(TestOrientation.y.rotation.apply(.unitZ) == .unitY)
        #expect(TestOrientation.z.rotation.apply(.unitZ) == .unitZ)
        for orientation in TestOrientation.allCases {
            let r = orientation.rotation
            // Proper rotations: x × y = z in the turned frame.
            #expect(r.apply(.unitX).cross(r.apply(.unitY)) == r.apply(.unitZ))
        }
    }
}
