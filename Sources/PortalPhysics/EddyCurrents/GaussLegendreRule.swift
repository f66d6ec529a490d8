import RealModule

/// The n-point Gauss–Legendre rule on [0, 1]: exact for polynomials of degree 2n − 1,
/// and for an integrand analytic inside the Bernstein ellipse of parameter ρ about the
/// interval, in error O(ρ^{−2n}).
///
/// Nodes from Newton's iteration on Pₙ from the Chebyshev-like first guess
/// cos(π(i − ¼)/(n + ½)); the weights 2/((1 − x²)Pₙ′(x)²), halved for [0, 1]. Accurate
/// to a few ulps for the n ≤ 64 used here.
struct GaussLegendreRule: Sendable {
    let nodes: [Double]
    let weights: [Double]

    init(count n: Int) {
        precondition(n >= 1 && n <= 64)
        var x = [Double](repeating: 0, count: n), w = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var t = Double.cos(Double.pi * (Double(i) + 0.75) / (Double(n) + 0.5))
            var derivative = 1.0
            if n == 1 { x[0] = 0.5; w[0] = 1; break }
            for _ in 0..<100 {
                var p0 = 1.0, p1 = t
                for k in 2...n {
                    let p2 = ((2 * Double(k) - 1) * t * p1 - (Double(k) - 1) * p0) / Double(k)
                    p0 = p1; p1 = p2
                }
                // p1 = Pₙ(t), p0 = Pₙ₋₁(t)
                derivative = Double(n) * (t * p1 - p0) / (t * t - 1)
                let step = p1 / derivative
                t -= step
                if abs(step) < 1e-16 { break }
            }
            x[i] = 0.5 * (1 - t)
            w[i] = 1 / ((1 - t * t) * derivative * derivative)
        }
        nodes = x
        weights = w
    }

    static let points2 = GaussLegendreRule(count: 2)
    static let points4 = GaussLegendreRule(count: 4)
    static let points5 = GaussLegendreRule(count: 5)
    static let points8 = GaussLegendreRule(count: 8)
    static let points16 = GaussLegendreRule(count: 16)
    static let points24 = GaussLegendreRule(count: 24)
}
