internal import CGSL

/// GSL's process-wide state, set once: its default error handler aborts the process on
/// a domain error, so PortalSim switches it off and every wrapper checks GSL's status
/// codes (or NaN) instead. The tool calls ``start()`` first thing; each wrapper calls it
/// too, so that a library user (or a test) who did not is still never aborted. A
/// `static let` runs its initialiser exactly once, whatever the threads.
public enum GSLRuntime {
    private static let handlerOff: Void = { _ = gsl_set_error_handler_off() }()

    /// Switches GSL's abort-on-error handler off (once; later calls do nothing).
    public static func start() {
        _ = handlerOff
    }
}
