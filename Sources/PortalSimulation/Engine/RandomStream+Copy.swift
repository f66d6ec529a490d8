import CGSL

extension RandomStream {
    /// A second stream in this one's exact state: it draws the same numbers this one is
    /// about to draw. A trace uses it to see the noise a pass adds without changing the
    /// pass's own draws.
    func copy() -> RandomStream? {
        guard let twin = RandomStream() else { return nil }
        guard gsl_rng_memcpy(twin.rng, rng) == GSL_SUCCESS else { return nil }
        return twin
    }
}
