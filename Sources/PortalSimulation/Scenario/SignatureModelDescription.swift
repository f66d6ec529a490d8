import PortalPhysics

/// Decodes `signatures:`, how the primitives' spectra are computed:
///
/// ```yaml
/// signatures: {model: solver, cells: 24}     # or {model: ellipsoid}
/// ```
///
/// `solver` (the default) solves the eddy currents on a mesh of `cells` across each
/// body's larger dimension (4-64, default 16); `ellipsoid` is the fast equal-volume-
/// ellipsoid approximation of earlier versions.
enum SignatureModelDescription {
    static func decode(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> SignatureModel? {
        guard let m = value.mapping(allowedKeys: ["model", "cells"], reporting: &d) else { return nil }
        let kind = m.optional("model").map { $0.oneOf(["solver", "ellipsoid"], reporting: &d) } ?? "solver"
        let cells = m.optional("cells").map { $0.int(range: .within(4...64), reporting: &d) } ?? AxialEddyCurrents.defaultCellsAcross
        guard let kind, let cells else { return nil }
        if kind == "ellipsoid" {
            if let stray = m.optional("cells") { d.report(stray.diagnostic("'cells' sets the solver's mesh; the ellipsoid model has none")) }
            return .ellipsoidEquivalent
        }
        return .solver(cellsAcross: cells)
    }
}
