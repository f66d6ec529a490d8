import PortalSimulation

extension PortalSimCommand {
    /// Reads the built-in library's files (materials, body locations) before any command,
    /// which all name its metals or places: a missing or faulty file is reported as a
    /// scenario's problems are (file:line: key path: message, exit status 2), and no
    /// command later meets it half-way.
    static func checkLibrary() throws {
        try reportingErrors { _ = try BuiltInLibrary.check() }
    }
}
