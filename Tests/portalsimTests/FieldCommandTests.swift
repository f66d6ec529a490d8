import Foundation
import Testing

@Suite struct FieldCommandTests {
    /// On the walking line through the centre the transmit field of a rectangle in the
    /// left panel is symmetric in y and points across the aperture at y = 0.
    @Test func transmitFieldOnALine() throws {
        let result = try PortalSimBinary.run(["field", "--portal", "cw-single-zone", "--quantity", "transmit",
                                              "--line", "0,-1,1:0,1,1", "--count", "5"])
        #expect(result.status == 0, "\(result.stderr)")
        let (header, rows) = csvRows(result.stdout)
        #expect(header == ["x_m", "y_m", "z_m", "zone", "hx_per_m", "hy_per_m", "hz_per_m", "h_per_m"])
        #expect(rows.count == 5)
        let middle = rows[2].compactMap(Double.init)
        #expect(middle[1] == 0 && middle[5] == 0 && middle[4] > 0)
        // 30 turns of a 0.5 m × 1.9 m rectangle at 0.43 m: about 10.49 A/m per A.
        #expect(abs(middle[4] - 10.4938) < 1e-3)
        #expect(Double(rows[0][5]) == -Double(rows[4][5])!)
    }

    /// The table is held in memory: a grid of millions of points (2000x2000 took 14 GB)
    /// is refused, naming the flag (#10 item 11).
    @Test func aHugeGridIsRefused() throws {
        let result = try PortalSimBinary.run(["field", "--plane", "y=0", "--grid", "1000x1000"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--grid: 1000x1000 is 1000000 points; at most 250000 in all"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func sensitivityPlaneHasOneRowPerPointAndZone() throws {
        let result = try PortalSimBinary.run(["field", "--plane", "y=0", "--grid", "4x3"])
        #expect(result.status == 0, "\(result.stderr)")
        let (header, rows) = csvRows(result.stdout)
        #expect(header.last == "s_norm_per_m2" && header.count == 11)
        #expect(rows.count == 4 * 3 * 6)
        #expect(Set(rows.map { $0[3] }) == Set((1...6).map(String.init)))
        #expect(rows.allSatisfy { $0.count == 11 && $0.dropFirst(4).allSatisfy { Double($0)?.isFinite == true } })
    }

    @Test func pointsFromAFileAndAtomicOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-field-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "x,y,z\n0,0,1\n0.1,0.2,0.3\n".write(to: folder.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)
        let result = try PortalSimBinary.run(["field", "--points", "p.csv", "--zone", "2", "--output", "out/field.csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("out/field.csv"), encoding: .utf8)
        #expect(csvRows(written).rows.map { $0[3] } == ["2", "2"])
        // Only the finished files: no temporary left behind, and the coils next to the field.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted() == ["field-coils.csv", "field.csv"])
    }

    @Test func scenarioPortal() throws {
        let scenario = PortalSimBinary.repositoryRoot.appendingPathComponent("scenarios/portal-custom-coils.yaml").path
        let result = try PortalSimBinary.run(["field", "--scenario", scenario, "--quantity", "receive", "--line", "0,0,0.2:0,0,1.8", "--count", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(csvRows(result.stdout).rows.count == 3 * 2)
    }

    /// The coils written next to a map: one closed polyline per coil, transmitter first;
    /// a circle as a 64-gon on its radius.
    @Test func coilsNextToTheMap() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-coils-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = PortalSimBinary.repositoryRoot.appendingPathComponent("scenarios/portal-custom-coils.yaml").path
        let result = try PortalSimBinary.run(["field", "--scenario", scenario, "--plane", "z=1", "--grid", "3x3",
                                              "--output", folder.appendingPathComponent("map.csv").path])
        #expect(result.status == 0, "\(result.stderr)")
        let (header, rows) = csvRows(try String(contentsOf: folder.appendingPathComponent("map-coils.csv"), encoding: .utf8))
        #expect(header == ["coil", "zone", "vertex", "x_m", "y_m", "z_m"])
        let coils = Dictionary(grouping: rows, by: { $0[0] })
        for (_, loop) in coils {
            #expect(loop.first?.dropFirst(3) == loop.last?.dropFirst(3), "closed")
            #expect(loop.map { Int($0[2])! } == Array(1...loop.count))
        }
        #expect(rows.first?[1] == "0", "the transmitter first")
        // Zone 1 of the custom portal: two circles of 22 cm at x = ±0.43 m, height 0.45 m.
        let circles = coils.values.filter { $0.count == 65 && $0[0][1] == "1" }
        #expect(circles.count == 2)
        for circle in circles {
            let radii = circle.map { row -> Double in
                let (y, z) = (Double(row[4])!, Double(row[5])! - 0.45)
                return (y * y + z * z).squareRoot()
            }
            #expect(radii.allSatisfy { abs($0 - 0.22) < 1e-12 })
            #expect(circle.allSatisfy { abs(abs(Double($0[3])!) - 0.43) < 1e-12 })
        }
    }

    @Test func outputMayNotTakeTheCoilFilesName() throws {
        let result = try PortalSimBinary.run(["field", "--output", "/tmp/portalsim-never/a-coils.csv"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("names ending in -coils.csv are for the coil file"), "\(result.stderr)")
    }

    /// Bad input: a message naming the flag or the file position, exit status 2, no output file.
    @Test(arguments: [
        (["field", "--portal", "cw-multizone"], "--portal: unknown portal class 'cw-multizone'"),
        (["field", "--zone", "9"], "--zone: expected 'all' or a zone from 1 to 6, got '9'"),
        (["field", "--line", "0,0:1,1,1"], "--line: expected a point 'x,y,z' of three numbers, got '0,0'"),
        (["field", "--plane", "w=3"], "--plane: expected AXIS=VALUE such as y=0 or z=1.2, got 'w=3'"),
        (["field", "--unit", "kHz"], "--unit: '1 kHz' is a frequency"),
        (["field", "--points", "/nonexistent.csv"], "/nonexistent.csv: cannot read the file"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let result = try PortalSimBinary.run(arguments + ["--output", "/tmp/portalsim-should-not-exist.csv"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/portalsim-should-not-exist.csv"))
    }

    @Test func badScenarioNamesFileLineAndKey() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try "portal:\n  class: cw-multi-zone\n  detector: {mode: cw, frequencies: [5 kHz, 12]}\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try PortalSimBinary.run(["field", "--scenario", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path):3:45: portal.detector.frequencies[1]: missing unit"), "\(result.stderr)")
    }
}
