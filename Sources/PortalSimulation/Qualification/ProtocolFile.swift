import PortalPhysics

/// A protocol file: a scenario file with a `protocol:` section.
///
/// Everything but `protocol:` is read by the scenario decoder, so a protocol file
/// takes the scenario format's keys with the same checks — `name`, `seed`, `portal`
/// (required here) and `objects` are the ones qualification uses; the others are
/// accepted and ignored — and any key the scenario format gains later (`expect:`, say)
/// is accepted here too. All problems, in either part, are reported together.
public struct ProtocolFile: Sendable {
    public let path: String
    public let name: String
    public let seed: UInt64
    public let portal: Portal
    public let detector: DetectorSettings
    /// The `protocol:` section.
    public let qualification: QualificationProtocol
    /// The scenario's `output.folder`, if it gives one.
    public let outputFolder: String?
    /// `expect:`, thresholds on the protocol's cases for `portalsim check`.
    public let expectations: [RateExpectation]

    public static func load(path: String) throws(InputErrors) -> ProtocolFile {
        try decode(YAMLDocument(contentsOf: path))
    }

    public static func decode(_ document: YAMLDocument) throws(InputErrors) -> ProtocolFile {
        var diagnostics = DiagnosticCollector()
        var scenario: ScenarioFile?
        do {
            scenario = try ScenarioFile.decode(document.removingTopLevelKeys(["protocol"]))
        } catch {
            diagnostics.report(contentsOf: error)
        }
        var qualification: QualificationProtocol?
        if case .mapping = document.root.node, let top = document.root.mapping(reporting: &diagnostics) {
            if scenario != nil && scenario?.portal == nil {
                diagnostics.report(document.root.diagnostic("missing required key 'portal'"))
            }
            // When the scenario part failed, its objects are unknown; do not call them unknown again.
            let pending = scenario == nil ? Set(top.optional("objects")?.node.mapping?.keys.compactMap { $0.scalar?.string } ?? []) : []
            if let section = top.required("protocol", reporting: &diagnostics) {
                qualification = ProtocolDescription.decode(section, catalog: scenario?.catalog ?? ObjectCatalog(),
                                                            pendingObjects: pending, aperture: scenario?.portal?.aperture,
                                                            reporting: &diagnostics)
            }
        }
        try diagnostics.throwIfAny()
        guard let scenario, let portal = scenario.portal, let qualification else {
            // Unreachable: every way to get here has reported a problem.
            throw InputErrors(InputDiagnostic(file: document.file, message: "not a protocol file"))
        }
        return ProtocolFile(path: document.file, name: scenario.name ?? "protocol", seed: scenario.seed ?? 1, portal: portal,
                            detector: scenario.detector, qualification: qualification, outputFolder: scenario.outputFolder,
                            expectations: scenario.expectations)
    }
}
