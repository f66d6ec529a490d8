/// A symmetric positive definite band matrix and its Cholesky factorisation A = L Lᵀ,
/// in O(n b²) for half-bandwidth b: the solver of the meridional finite-element
/// systems, whose bandwidth is one grid row.
struct BandedCholesky: Sendable {
    let size: Int
    let halfBandwidth: Int
    /// Row i holds A[i, i − b … i] at offsets 0 … b (lower band, row-major).
    private(set) var band: [Double]
    private var factored = false

    init(size: Int, halfBandwidth: Int) {
        self.size = size
        self.halfBandwidth = halfBandwidth
        band = [Double](repeating: 0, count: size * (halfBandwidth + 1))
    }

    /// Adds to A[i, j] (and so to A[j, i]); |i − j| ≤ b.
    mutating func add(_ i: Int, _ j: Int, _ value: Double) {
        let (a, b) = i >= j ? (i, j) : (j, i)
        precondition(a - b <= halfBandwidth)
        band[a * (halfBandwidth + 1) + (halfBandwidth - (a - b))] += value
    }

    /// Factors in place; false when a pivot is not positive (A not positive definite).
    mutating func factor() -> Bool {
        let w = halfBandwidth + 1
        for i in 0..<size {
            let jStart = Swift.max(0, i - halfBandwidth)
            for j in jStart...i {
                // L[i, j] = (A[i, j] − Σₖ L[i, k] L[j, k]) / L[j, j], k from max(i, j) − b to j − 1.
                var sum = band[i * w + (halfBandwidth - (i - j))]
                let kStart = Swift.max(jStart, j - halfBandwidth)
                var k = kStart
                while k < j {
                    sum -= band[i * w + (halfBandwidth - (i - k))] * band[j * w + (halfBandwidth - (j - k))]
                    k += 1
                }
                if i == j {
                    guard sum > 0 && sum.isFinite else { return false }
                    band[i * w + halfBandwidth] = sum.squareRoot()
                } else {
                    band[i * w + (halfBandwidth - (i - j))] = sum / band[j * w + halfBandwidth]
                }
            }
        }
        factored = true
        return true
    }

    /// Solves A x = b after `factor()`.
    func solve(_ rhs: [Double]) -> [Double] {
        precondition(factored && rhs.count == size)
        let w = halfBandwidth + 1
        var y = rhs
        for i in 0..<size {
            var sum = y[i]
            for k in Swift.max(0, i - halfBandwidth)..<i { sum -= band[i * w + (halfBandwidth - (i - k))] * y[k] }
            y[i] = sum / band[i * w + halfBandwidth]
        }
        for i in stride(from: size - 1, through: 0, by: -1) {
            var sum = y[i]
            for k in (i + 1)..<Swift.min(size, i + halfBandwidth + 1) { sum -= band[k * w + (halfBandwidth - (k - i))] * y[k] }
            y[i] = sum / band[i * w + halfBandwidth]
        }
        return y
    }
}
