/// The tool's version, printed by `--version` and recorded with results.
public enum PortalSimVersion {
    public static let string = "0.1.0"
}
