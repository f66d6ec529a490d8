import Foundation
import Testing

/// Issue #10 items 1 and 8 through the binary: a portal whose numbers overflow stops
/// the run with exit 2 instead of reporting "not detected"; a coil a googol of metres
/// away does not hang it.
@Suite struct OverflowingPortalCommandTests {
    static func scenario(_ portal: String) -> String {
        """
        name: overflow
        seed: 1
        trials: 20
        portal:
        \(portal)
        threats:
          objects: [smartphone]
          locations: [groin]
        """
    }

    /// Runs `portalsim run` on `text` in a scratch folder, killing it after `seconds`.
    static func run(_ text: String, seconds: Double = 60) throws -> (result: CommandResult?, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-overflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("s.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = PortalSimBinary.url
        process.arguments = ["run", file.path, "-o", folder.appendingPathComponent("out").path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return (nil, folder)
        }
        return (CommandResult(status: process.terminationStatus,
                              stdout: String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
                              stderr: String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)), folder)
    }

    /// The repro: cw-multi-zone's transmitter at weight 10³⁰⁸ gave pd 0 of 20,
    /// exit 0. Now exit 2, the transmitter named, no results written. (Once weights
    /// have a range checked at decode time, that check answers first, also with exit 2.)
    @Test func anOverflowingTransmitterWeightExitsTwo() throws {
        let (result, folder) = try Self.run(Self.scenario("""
              class: cw-multi-zone
              transmitter:
                - {shape: rectangle, width: 50 cm, height: 1.9 m, center: [-43 cm, 0 m, 1 m], normal: x, turns: 30, weight: 1e308}
            """))
        defer { try? FileManager.default.removeItem(at: folder) }
        let finished = try #require(result)
        #expect(finished.status == 2, "\(finished.stdout)\(finished.stderr)")
        #expect(finished.stderr.contains("transmitter"), "\(finished.stderr)")
        #expect(!finished.stdout.contains("0.00 [0.00"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/results.csv").path))
    }

    /// A zone coil centred at z = −10³⁰⁸ m spun for ever in GSL's R_F. Now it ends at
    /// once: the coil is so far away that its field is zero (or, with decode-time
    /// ranges, the coordinate is refused).
    @Test func aCoilAtAHugeCoordinateDoesNotHang() throws {
        let (result, folder) = try Self.run(Self.scenario("""
              class: cw-multi-zone
              zones:
                - name: far
                  coils:
                    - {shape: circle, radius: 22 cm, center: [43 cm, 0 m, -1e308 m], normal: x}
            """), seconds: 60)
        defer { try? FileManager.default.removeItem(at: folder) }
        let finished = try #require(result, "portalsim run did not finish within 60 s")
        #expect(finished.status == 0 || finished.status == 2, "\(finished.stderr)")
    }
}
