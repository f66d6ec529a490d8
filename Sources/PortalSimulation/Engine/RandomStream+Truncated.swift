internal import CGSL

extension RandomStream {
    /// A normal draw cut below at `minimum`, by inverting the upper tail: always exactly
    /// one uniform draw, so that the draws after it stay where they are whatever the
    /// parameters (rejection takes a number of draws that depends on them, and would
    /// shift every later draw of the stage between two configurations).
    ///
    /// With a = (minimum − mean)/sd, x = mean + sd Q⁻¹((1 − u) Q(a)): the upper tail Q
    /// keeps its precision where a cut far above the mean leaves little mass.
    func gaussian(mean: Double, sd: Double, atLeast minimum: Double) -> Double {
        let u = uniform()
        guard sd > 0 else { return Swift.max(mean, minimum) }
        let q = (1 - u) * gsl_cdf_ugaussian_Q((minimum - mean) / sd)
        guard q > 0 else { return minimum }
        return Swift.max(minimum, mean + sd * gsl_cdf_ugaussian_Qinv(q))
    }
}
