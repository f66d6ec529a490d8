import ComplexModule
import RealModule

/// Fits a relaxation spectrum to a tabulated tensor M(ω): how measured or computed
/// signatures (MPT-Calculator's output) join the library.
///
/// The time constants are fixed on a logarithmic grid, `modesPerDecade` per decade (8 fit an exact sphere to 1e-8 between the rows),
/// spanning a decade beyond the table's frequencies on each side; the static part and
/// the weights of each of the six components then enter linearly and come from one
/// least-squares solve over the real and imaginary parts (GSL's truncated SVD; a
/// truncation of 1e-9 keeps the weights small without losing accuracy: an exact sphere
/// is reproduced to 1e-8 with weights summing to 2–6 times the table). The
/// result interpolates smoothly between the tabulated frequencies, keeps the table's
/// limits, and serves pulse detectors too — as well as the table allows: a time
/// constant far outside 1/ω of the table is not determined by it.
///
/// How imported tensors use it: docs/physics.md#solvers.
public struct RelaxationFit: Sendable {
    public let spectrum: RelaxationSpectrum
    /// The largest component error at a tabulated frequency, relative to the largest
    /// component of the table: how faithfully the spectrum reproduces the table.
    public let largestRelativeResidual: Double
    /// Σₖ max|Tₖ components| relative to the table's largest component. A smooth,
    /// physical table needs modest weights (a few times the table with the default
    /// truncation); a table that is not
    /// a relaxation response at all (noise, the wrong convention) is matched only with
    /// huge cancelling weights, millions — which is how such input is recognised.
    public let weightAmplification: Double

    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case tooFewFrequencies(Int)
        case nonPositiveFrequency(Double)
        case nonFiniteValue(row: Int)
        case solverFailed

        public var description: String {
            switch self {
            case .tooFewFrequencies(let n): return "at least 3 frequencies are needed, got \(n)"
            case .nonPositiveFrequency(let f): return "frequencies must be positive and finite, got \(f)"
            case .nonFiniteValue(let row): return "row \(row + 1) holds a value that is not a finite number"
            case .solverFailed: return "the least-squares solver failed"
            }
        }
    }

    public init(angularFrequenciesRadPerS omegas: [Double], tensors: [ComplexSymmetricTensor],
                modesPerDecade: Int = 8, truncation: Double = 1e-9) throws(Failure) {
        guard omegas.count >= 3, omegas.count == tensors.count else { throw .tooFewFrequencies(omegas.count) }
        if let bad = omegas.first(where: { !($0 > 0 && $0.isFinite) }) { throw .nonPositiveFrequency(bad) }
        if let row = tensors.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(row: row) }
        let low = omegas.min() ?? 1, high = omegas.max() ?? 1
        // τ from 1/(10 ω_max) to 10/ω_min.
        let first = Double.log10(0.1 / high), last = Double.log10(10 / low)
        // At most 2n − 2 modes for n frequencies (2n equations, one static part), so a
        // short table gets a coarser grid rather than an underdetermined fit.
        let count = Swift.min(2 * omegas.count - 2, Swift.max(2, Int(((last - first) * Double(modesPerDecade)).rounded(.up)) + 1))
        let taus = (0..<count).map { Double.pow(10, first + (last - first) * Double($0) / Double(count - 1)) }

        // Rows: Re and Im at each frequency; columns: N⁰ then one weight per τ.
        let columns = 1 + taus.count, rows = 2 * omegas.count
        var design = [Double](repeating: 0, count: rows * columns)
        for (i, omega) in omegas.enumerated() {
            design[(2 * i) * columns] = 1                    // N⁰ is real
            for (k, tau) in taus.enumerated() {
                let y = omega * tau, d = 1 + y * y
                design[(2 * i) * columns + 1 + k] = y * y / d
                design[(2 * i + 1) * columns + 1 + k] = -y / d
            }
        }
        let scale = tensors.map(\.maxMagnitude).max() ?? 0
        guard scale > 0 else {
            spectrum = .empty
            largestRelativeResidual = 0
            weightAmplification = 0
            return
        }
        let componentsOf: (SymmetricTensor) -> [Double] = { $0.components }
        let rhs = (0..<6).map { c in
            tensors.flatMap { [componentsOf($0.real)[c] / scale, componentsOf($0.imaginary)[c] / scale] }
        }
        guard let solution = LinearLeastSquares.solve(design: design, rows: rows, columns: columns,
                                                      rightHandSides: rhs, tolerance: truncation) else { throw .solverFailed }
        func tensor(_ column: Int) -> SymmetricTensor {
            let v = solution.map { scale * $0[column] }
            return SymmetricTensor(xx: v[0], yy: v[1], zz: v[2], xy: v[3], xz: v[4], yz: v[5])
        }
        let fitted = RelaxationSpectrum(staticPart: tensor(0),
                                        terms: taus.enumerated().map { RelaxationTerm(weight: tensor($0.offset + 1), timeConstantS: $0.element) })
        spectrum = fitted
        weightAmplification = fitted.terms.reduce(0) { $0 + $1.weight.maxMagnitude } / scale
        largestRelativeResidual = zip(omegas, tensors).map { omega, table in
            fitted.tensor(angularFrequencyRadPerS: omega).maxDifference(table) / scale
        }.max() ?? 0
    }
}
