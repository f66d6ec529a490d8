import Testing
@testable import PortalSimulation

/// The box-constrained Nelder–Mead against functions whose minima are known.
struct NelderMeadTests {
    /// A bowl centred outside the box: the minimum lies on the bound x = 2, at y = −0.5.
    @Test func bowlWithItsMinimumOnABound() {
        var calls = 0
        let result = NelderMead(maxEvaluations: 200).minimize(from: [0, 0.5], bounds: [-1...2, -1...1]) { x in
            calls += 1
            return (x[0] - 3) * (x[0] - 3) + 4 * (x[1] + 0.5) * (x[1] + 0.5)
        }
        #expect(abs(result.point[0] - 2) < 1e-4, "x = \(result.point[0])")
        #expect(abs(result.point[1] + 0.5) < 1e-3, "y = \(result.point[1])")
        #expect(abs(result.value - 1) < 1e-5)
        #expect(result.evaluations == calls && calls <= 200)
    }

    /// Rosenbrock's valley from its classic start (−1.2, 1): the minimum (1, 1), 0.
    @Test func rosenbrockWithinTolerance() {
        let result = NelderMead(maxEvaluations: 600, valueTolerance: 1e-12, pointTolerance: 1e-8)
            .minimize(from: [-1.2, 1], bounds: [-2...2, -2...2]) { x in
                100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]) + (1 - x[0]) * (1 - x[0])
            }
        #expect(abs(result.point[0] - 1) < 1e-3 && abs(result.point[1] - 1) < 2e-3, "\(result.point)")
        #expect(result.value < 1e-6)
        #expect(result.evaluations < 600, "stopped by its tolerance, not its budget: \(result.evaluations)")
    }

    /// A coordinate whose bounds coincide is held; the budget is a hard limit; NaN
    /// counts as the worst value.
    @Test func fixedCoordinateBudgetAndNaN() {
        var seen: [[Double]] = []
        let result = NelderMead(maxEvaluations: 25).minimize(from: [5, 0.3, 0], bounds: [1...1, 0...1, -1...1]) { x in
            seen.append(x)
            return x[2] > 0.5 ? .nan : (x[1] - 0.8) * (x[1] - 0.8) + x[2] * x[2]
        }
        #expect(seen.allSatisfy { $0[0] == 1 })
        #expect(seen.count == 25 && result.evaluations == 25)
        #expect(result.value.isFinite && result.value < (0.3 - 0.8) * (0.3 - 0.8))
        #expect(seen.allSatisfy { (0...1).contains($0[1]) && (-1...1).contains($0[2]) })
    }

    /// The same inputs give the same search, point for point.
    @Test func deterministic() {
        let f: ([Double]) -> Double = { x in abs(x[0] - 0.3) + abs(x[1] + 0.2) + (x[0] * 7).rounded() / 50 }
        let a = NelderMead(maxEvaluations: 80).minimize(from: [0.9, 0.9], bounds: [-1...1, -1...1], f)
        let b = NelderMead(maxEvaluations: 80).minimize(from: [0.9, 0.9], bounds: [-1...1, -1...1], f)
        #expect(a.point == b.point && a.value == b.value && a.evaluations == b.evaluations)
    }
}
