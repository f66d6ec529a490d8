import Foundation
import Testing
@testable import PortalSimulation

struct AtomicFileTests {
    func contents(of directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    @Test func writesReplacesAndLeavesNothingElse() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/rates.csv"
        try AtomicFile.write("first\n", to: path)
        try AtomicFile.write("second\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect(try contents(of: directory) == ["rates.csv"])
    }

    @Test func createsMissingParentDirectories() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var table = CSVTable(header: ["a"])
        try table.append([1.5])
        try table.write(to: directory + "/out/run 1/table.csv")
        #expect(try String(contentsOfFile: directory + "/out/run 1/table.csv", encoding: .utf8) == "a\n1.5\n")
    }

    @Test func failureWhenTheParentIsAFileNamesThePath() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try AtomicFile.write("x", to: directory + "/plain")
        let target = directory + "/plain/rates.csv"
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write("data", to: target) }
        #expect(error.path == target)
        #expect(error.description.hasPrefix("cannot write \(target): "))
        #expect(try contents(of: directory) == ["plain"])
    }

    @Test func failedRenameRemovesTheTemporaryFile() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The target is a non-empty directory: the temporary file is written, the rename fails.
        let target = directory + "/rates.csv"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        try AtomicFile.write("keep", to: target + "/inner")
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write("data", to: target) }
        #expect(error.path == target)
        #expect(try contents(of: directory) == ["rates.csv"])
        #expect(try contents(of: target) == ["inner"])
    }
}
