import Foundation
@testable import PortalSimulation

/// A fresh empty directory under the system temporary directory.
func makeScratchDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("PortalSimulationTests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The diagnostics `body` throws, as printed (`file:line:column: key: message`), or
/// none if it succeeds.
func diagnostics(of body: () throws(InputErrors) -> Void) -> [String] {
    do {
        try body()
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}
