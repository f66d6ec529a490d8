/// Why an eddy-current solution could not be computed. Every solver throws these rather
/// than return a non-finite spectrum: a NaN signature would later read as "not detected".
public enum EddyCurrentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A matrix of size zero, or two that do not match.
    case emptyOrMismatched(Int, Int)
    /// An inductance or resistance came out non-finite (an absurd size or conductivity).
    case nonFiniteMatrix
    /// GSL could not allocate a problem of this size.
    case allocationFailed(Int)
    /// The resistance (or inductance) matrix is not positive definite: a mesh with a
    /// cell of zero size or zero conductivity, or lost precision.
    case notPositiveDefinite(status: Int)
    /// The geometry or material cannot be meshed: the reason in words.
    case invalidGeometry(String)

    public var description: String {
        switch self {
        case .emptyOrMismatched(let a, let b): return "eddy-current matrices of sizes \(a) and \(b)"
        case .nonFiniteMatrix: return "an eddy-current matrix holds a non-finite number"
        case .allocationFailed(let n): return "could not allocate an eddy-current problem of \(n) unknowns"
        case .notPositiveDefinite: return "an eddy-current matrix is not positive definite"
        case .invalidGeometry(let why): return why
        }
    }
}
