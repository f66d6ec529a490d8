/// Preconditioned conjugate gradients for A x = b, A symmetric positive definite and
/// given only as a product: the exact-limit checks on meshes too fine for a dense
/// factorisation. Jacobi (diagonal) preconditioner; stops at ‖r‖ ≤ `tolerance`·‖b‖.
enum ConjugateGradient {
    static func solve(diagonal: [Double], tolerance: Double = 1e-12, maxIterations: Int = 5000,
                      _ b: [Double], apply: ([Double]) -> [Double]) throws(EddyCurrentError) -> [Double] {
        let n = b.count
        guard diagonal.count == n, diagonal.allSatisfy({ $0 > 0 && $0.isFinite }) else { throw .notPositiveDefinite(status: 0) }
        func dot(_ u: [Double], _ v: [Double]) -> Double { var s = 0.0; for i in 0..<n { s += u[i] * v[i] }; return s }
        var x = [Double](repeating: 0, count: n)
        var r = b
        var z = (0..<n).map { r[$0] / diagonal[$0] }
        var p = z
        var rz = dot(r, z)
        let target = tolerance * dot(b, b).squareRoot()
        for _ in 0..<maxIterations {
            if dot(r, r).squareRoot() <= target { return x }
            let ap = apply(p)
            let pap = dot(p, ap)
            guard pap > 0, pap.isFinite else { throw .notPositiveDefinite(status: 0) }
            let alpha = rz / pap
            for i in 0..<n { x[i] += alpha * p[i]; r[i] -= alpha * ap[i] }
            z = (0..<n).map { r[$0] / diagonal[$0] }
            let rzNew = dot(r, z)
            let beta = rzNew / rz
            rz = rzNew
            for i in 0..<n { p[i] = z[i] + beta * p[i] }
        }
        guard dot(r, r).squareRoot() <= 1e3 * target else { throw .nonFiniteMatrix }
        return x
    }
}
