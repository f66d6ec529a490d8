/// A dense real symmetric n×n matrix, stored whole and row-major: the inductance and
/// resistance matrices of a discretised conductor.
///
/// Kept deliberately plain (an array and its size): the solvers fill it element by
/// element and hand it to GSL, which wants the full square anyway.
public struct SymmetricMatrix: Hashable, Sendable {
    public let size: Int
    public private(set) var elements: [Double]

    /// The zero matrix of the given size.
    public init(size: Int) {
        precondition(size >= 0)
        self.size = size
        self.elements = [Double](repeating: 0, count: size * size)
    }

    /// A diagonal matrix.
    public init(diagonal: [Double]) {
        self.init(size: diagonal.count)
        for (i, d) in diagonal.enumerated() { elements[i * size + i] = d }
    }

    /// Element (i, j); setting it sets (j, i) too.
    public subscript(i: Int, j: Int) -> Double {
        get { elements[i * size + j] }
        set {
            elements[i * size + j] = newValue
            elements[j * size + i] = newValue
        }
    }

    /// xᵀ A y.
    public func bilinear(_ x: [Double], _ y: [Double]) -> Double {
        var total = 0.0
        for i in 0..<size {
            var row = 0.0
            for j in 0..<size { row += elements[i * size + j] * y[j] }
            total += x[i] * row
        }
        return total
    }

    /// True when every element is finite.
    public var isFinite: Bool { elements.allSatisfy(\.isFinite) }
}
