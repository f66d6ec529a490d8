/// The two-sided 97.5 % point of Student's t, for the interval of a mean over a few
/// independent replications (with 20 replications the normal's 1.96 would be 7 % too
/// narrow).
enum StudentT {
    /// t such that P(|T| > t) = 0.05 for `degreesOfFreedom` ≥ 1, by bisection on
    /// P(|T| > t) = I_{ν/(ν+t²)}(ν/2, ½).
    static func quantile975(degreesOfFreedom nu: Int) -> Double {
        precondition(nu >= 1, "StudentT: need at least one degree of freedom")
        let v = Double(nu)
        var low = 1.9, high = 13.0                     // t(∞) = 1.96, t(1) = 12.71
        for _ in 0..<60 {
            let t = 0.5 * (low + high)
            let tail = IncompleteBeta.lowerTail(v / (v + t * t), v / 2, 0.5)
            if tail > 0.05 { low = t } else { high = t }
        }
        return 0.5 * (low + high)
    }
}
