/// The tool's version, printed by `--version` and recorded with results.
enum PortalSimVersion {
    static let string = "0.1.0"
}
