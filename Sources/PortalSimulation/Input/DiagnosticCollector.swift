/// Gathers input problems so that a decoder can report all of them at once.
///
/// Decoding goes on after a problem (the bad value just comes back as nil), so one
/// run shows the author every mistake in the file. Pass it `inout`; it is a plain
/// value with no shared state.
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [InputDiagnostic] = []

    public init() {}

    public var isEmpty: Bool { diagnostics.isEmpty }

    /// Records a problem once: a section decoded for several configurations (the
    /// scenario's portal under each) reports its mistakes a single time.
    public mutating func report(_ diagnostic: InputDiagnostic) {
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    }

    public mutating func report(contentsOf errors: InputErrors) {
        diagnostics.append(contentsOf: errors.diagnostics)
    }

    /// All problems so far, sorted into reading order.
    public var errors: InputErrors { InputErrors(diagnostics) }

    /// Throws everything collected, if anything was; call once decoding is done.
    public func throwIfAny() throws(InputErrors) {
        if !diagnostics.isEmpty { throw errors }
    }
}
