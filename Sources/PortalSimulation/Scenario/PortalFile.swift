import PortalPhysics

/// Reads the portal of a scenario file (`portalsim field --scenario FILE`).
///
/// Until the full scenario format lands, the file may hold `name`, `description` and
/// `portal`; anything else is reported as an unknown key.
public enum PortalFile {
    static let topLevelKeys = ["name", "description", "portal"]

    public static func load(path: String) throws(InputErrors) -> Portal {
        try decode(YAMLDocument(contentsOf: path))
    }

    public static func decode(_ document: YAMLDocument) throws(InputErrors) -> Portal {
        var diagnostics = DiagnosticCollector()
        var portal: Portal?
        if let top = document.root.mapping(allowedKeys: topLevelKeys, reporting: &diagnostics) {
            _ = top.optional("name").map { $0.string(reporting: &diagnostics) }
            _ = top.optional("description").map { $0.string(reporting: &diagnostics) }
            if let section = top.required("portal", reporting: &diagnostics) {
                portal = PortalDescription.decode(section, reporting: &diagnostics)
            }
        }
        try diagnostics.throwIfAny()
        guard let portal else { throw InputErrors(InputDiagnostic(file: document.file, message: "no portal could be read")) }
        return portal
    }
}
