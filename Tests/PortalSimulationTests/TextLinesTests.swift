import Foundation
import Testing
@testable import PortalSimulation

/// Windows line ends and a UTF-8 BOM read exactly as LF text, in every text reader:
/// scenario YAML, `--points` files (and MPT imports, see MPTImportHardeningTests).
struct TextLinesTests {
    static func windows(_ text: String) -> String { "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n") }

    @Test func lines() {
        #expect(TextLines.lines(of: "\u{FEFF}a\r\nb\rc\n\nd\n") == ["a", "b", "c", "", "d"])
        #expect(TextLines.lines(of: "") == [])
    }

    @Test func pointsFileWithCRLFAndBOM() throws {
        let lf = "x,y,z\n0.1,0.2,0.3\n-1,0,2.5\n"
        let points = try PointsFile.parse(lf, file: "p.csv")
        #expect(try PointsFile.parse(Self.windows(lf), file: "p.csv") == points)
        #expect(points.count == 2 && points[1].z == 2.5)
        let folder = try makeScratchDirectory()
        try Data(Self.windows(lf).utf8).write(to: URL(fileURLWithPath: folder + "/p.csv"))
        #expect(try PointsFile.load(path: folder + "/p.csv") == points)
    }

    @Test func scenarioWithCRLFAndBOM() throws {
        let text = """
            name: crlf
            trials: 20
            portal:
              detector: {frequencies: [2 kHz, 8 kHz], sensitivity: 60}
            """ + "\n"
        let folder = try makeScratchDirectory()
        try Data(Self.windows(text).utf8).write(to: URL(fileURLWithPath: folder + "/w.yaml"))
        let windows = try ScenarioFile.load(path: folder + "/w.yaml")
        let unix = try ScenarioFile.decode(YAMLDocument(text: text, file: "u.yaml"))
        #expect(windows.name == "crlf" && windows.trials == 20)
        #expect(windows.portal == unix.portal && windows.detector == unix.detector)
        // Positions still count lines: an error on line 2 is reported on line 2.
        try Data(Self.windows(text.replacingOccurrences(of: "trials: 20", with: "trials: 020")).utf8)
            .write(to: URL(fileURLWithPath: folder + "/w.yaml"))
        let found = diagnostics { () throws(InputErrors) in _ = try ScenarioFile.load(path: folder + "/w.yaml") }
        #expect(found.first?.hasPrefix("\(folder)/w.yaml:2:9: trials:") == true, "\(found)")
    }
}
