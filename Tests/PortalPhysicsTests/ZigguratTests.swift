import PortalPhysics
import RealModule
import Testing

@Suite struct ZigguratTests {
    /// The tables: Marsaglia and Tsang's r and v for 128 layers, the layers' edges from the
    /// base's virtual width down to 0, every layer of area v, the heights f(xᵢ).
    @Test func tablesAreTheConstruction() {
        let z = Ziggurat.standard
        #expect(abs(z.tailStart - 3.442619855899) < 1e-11, "\(z.tailStart) \(z.layerArea)")
        #expect(abs(z.layerArea - 9.91256303526217e-3) < 1e-12, "\(z.layerArea)")
        // The same construction solved in 40-digit arithmetic (mpmath): r = 3.44261985589665212…,
        // v = 9.91256303533646108…e-3.
        #expect(abs(z.tailStart - 3.442_619_855_896_652_12) < 1e-13 && abs(z.layerArea - 9.912_563_035_336_461_08e-3) < 1e-16)
        #expect(z.edges.count == 129 && z.edges[1] == z.tailStart && z.edges[128] == 0)
        let f = { (x: Double) in Double.exp(-x * x / 2) }
        // Base: rectangle to r plus the tail; layers 1…127 rectangles under f(x_{i+1}).
        #expect(abs(z.edges[0] * f(z.tailStart) - z.layerArea) < 1e-15)
        for i in 1..<128 {
            let area = z.edges[i] * (f(z.edges[i + 1]) - f(z.edges[i]))
            #expect(abs(area - z.layerArea) < 1e-9 * z.layerArea, "layer \(i): \(area)")
            #expect(z.edges[i + 1] < z.edges[i])
        }
        // The layers cover the area under f on the half-line, √(π/2), and overhang it.
        #expect(128 * z.layerArea > (Double.pi / 2).squareRoot() && 128 * z.layerArea < 1.02 * (Double.pi / 2).squareRoot())
        #expect(z.acceptBelow[127] == 0 && z.heights[128] == 1 && z.heights[0] == 0)
    }

    /// Draws at fixed seeds: the mean, variance and 4th moment, and the two-sided tail
    /// masses, against the exact values within four standard errors of n draws.
    @Test func momentsAndTailsAreTheNormals() {
        let n = 10_000_000
        var draws = [Double](repeating: 0, count: n)
        var stream = PhiloxStream(key: SIMD2(2026, 12), counter: SIMD4(0, 1, 2, 3))
        draws.withUnsafeMutableBufferPointer { stream.fillNormals($0, scale: 1, .standard) }
        var s1 = 0.0, s2 = 0.0, s4 = 0.0
        var beyond2 = 0, beyond4 = 0, above35 = 0, belowTail = 0
        for x in draws {
            let x2 = x * x
            s1 += x; s2 += x2; s4 += x2 * x2
            if abs(x) > 2 { beyond2 += 1 }
            if abs(x) > 4 { beyond4 += 1 }
            if x > 3.5 { above35 += 1 }
            if x < -Ziggurat.standard.tailStart { belowTail += 1 }
        }
        let count = Double(n), se = 1 / count.squareRoot()
        #expect(abs(s1 / count) < 4 * se, "mean \(s1 / count)")
        #expect(abs(s2 / count - 1) < 4 * 2.0.squareRoot() * se, "variance \(s2 / count)")        // Var Z² = 2
        #expect(abs(s4 / count - 3) < 4 * 96.0.squareRoot() * se, "4th moment \(s4 / count)")   // Var Z⁴ = 105 − 9
        func expectMass(_ hits: Int, _ p: Double, _ label: String) {
            let sd = (p * (1 - p) / count).squareRoot()
            #expect(abs(Double(hits) / count - p) < 4 * sd, "\(label): \(Double(hits) / count) vs \(p)")
        }
        expectMass(beyond2, Double.erfc(2 / 2.0.squareRoot()), "P(|Z| > 2)")
        expectMass(beyond4, Double.erfc(4 / 2.0.squareRoot()), "P(|Z| > 4)")
        // Beyond the base layer's r = 3.44 only the tail method reaches: its mass and shape.
        expectMass(above35, Double.erfc(3.5 / 2.0.squareRoot()) / 2, "P(Z > 3.5)")
        expectMass(belowTail, Double.erfc(Ziggurat.standard.tailStart / 2.0.squareRoot()) / 2, "P(Z < −r)")
    }

    /// The whole distribution: Kolmogorov–Smirnov against Φ on 10⁶ draws (the wedges,
    /// where a wrong table would show, are between the layers' edges).
    @Test func distributionIsNormal() {
        let n = 1_000_000
        var draws = [Double](repeating: 0, count: n)
        var stream = PhiloxStream(key: SIMD2(5, 6), counter: SIMD4(0, 7, 8, 9))
        draws.withUnsafeMutableBufferPointer { stream.fillNormals($0, scale: 1, .standard) }
        draws.sort()
        var d = 0.0
        for (i, x) in draws.enumerated() {
            let cdf = Double.erfc(-x / 2.0.squareRoot()) / 2
            d = Swift.max(d, abs(cdf - Double(i) / Double(n)), abs(cdf - Double(i + 1) / Double(n)))
        }
        // 1.95/√n: the KS statistic's 0.1 % point.
        #expect(d * Double(n).squareRoot() < 1.95, "D√n = \(d * Double(n).squareRoot())")
    }
}
