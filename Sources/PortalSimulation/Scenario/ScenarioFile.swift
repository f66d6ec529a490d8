import Foundation
import PortalPhysics

/// A scenario file as far as the tool reads it today: a name, a description, the portal
/// and user-defined objects. (The population, threats and outputs join it with
/// `portalsim run`.)
public struct ScenarioFile: Sendable {
    public let path: String
    public let name: String?
    public let portal: Portal?
    /// Objects defined in the file, in file order.
    public let objects: [ObjectEntry]

    static let topLevelKeys = ["name", "description", "portal", "objects"]

    public static func load(path: String) throws(InputErrors) -> ScenarioFile {
        try decode(YAMLDocument(contentsOf: path))
    }

    public static func decode(_ document: YAMLDocument) throws(InputErrors) -> ScenarioFile {
        var diagnostics = DiagnosticCollector()
        var name: String?, portal: Portal?, objects: [ObjectEntry] = []
        if let top = document.root.mapping(allowedKeys: topLevelKeys, reporting: &diagnostics) {
            name = top.optional("name").flatMap { $0.string(reporting: &diagnostics) }
            _ = top.optional("description").map { $0.string(reporting: &diagnostics) }
            portal = top.optional("portal").flatMap { PortalDescription.decode($0, reporting: &diagnostics) }
            if let section = top.optional("objects") {
                let folder = (document.file as NSString).deletingLastPathComponent
                objects = ObjectDescription.decode(section, relativeTo: folder, reporting: &diagnostics)
            }
        }
        try diagnostics.throwIfAny()
        return ScenarioFile(path: document.file, name: name, portal: portal, objects: objects)
    }

    /// The portal, or an error saying the file has none.
    public func requirePortal() throws(InputErrors) -> Portal {
        guard let portal else { throw InputErrors(InputDiagnostic(file: path, message: "the scenario has no 'portal' section")) }
        return portal
    }

    /// The built-in objects and this file's.
    public var catalog: ObjectCatalog { ObjectCatalog(userObjects: objects) }
}
