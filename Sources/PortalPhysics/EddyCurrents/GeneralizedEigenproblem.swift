internal import CGSL

/// The symmetric-definite generalised eigenproblem A x = λ B x (A symmetric, B symmetric
/// positive definite), through GSL's `gsl_eigen_gensymmv` (a Cholesky reduction of B
/// to a standard symmetric problem).
///
/// The eigenvectors are returned B-normalised, xₖᵀ B xₖ = 1, which is the normalisation
/// the modal expansion (A − s B)⁻¹ = Σ xₖxₖᵀ/(λₖ − s) needs; GSL itself returns them of
/// unit length.
public struct GeneralizedEigenproblem: Sendable {
    /// Eigenvalues, ascending.
    public let eigenvalues: [Double]
    /// `eigenvectors[k]` belongs to `eigenvalues[k]`, normalised so that xᵀ B x = 1.
    public let eigenvectors: [[Double]]

    /// Solves A x = λ B x. Throws when B is not positive definite, a matrix holds a
    /// non-finite number, or GSL fails.
    public init(_ a: SymmetricMatrix, _ b: SymmetricMatrix) throws(EddyCurrentError) {
        let n = a.size
        guard b.size == n, n > 0 else { throw .emptyOrMismatched(a.size, b.size) }
        guard a.isFinite, b.isFinite else { throw .nonFiniteMatrix }
        GSLRuntime.start()
        guard let ma = gsl_matrix_alloc(n, n), let mb = gsl_matrix_alloc(n, n),
              let values = gsl_vector_alloc(n), let vectors = gsl_matrix_alloc(n, n),
              let work = gsl_eigen_gensymmv_alloc(n) else { throw .allocationFailed(n) }
        defer {
            gsl_matrix_free(ma); gsl_matrix_free(mb); gsl_vector_free(values)
            gsl_matrix_free(vectors); gsl_eigen_gensymmv_free(work)
        }
        a.elements.withUnsafeBufferPointer { p in
            for i in 0..<n { for j in 0..<n { gsl_matrix_set(ma, i, j, p[i * n + j]) } }
        }
        b.elements.withUnsafeBufferPointer { p in
            for i in 0..<n { for j in 0..<n { gsl_matrix_set(mb, i, j, p[i * n + j]) } }
        }
        let status = gsl_eigen_gensymmv(ma, mb, values, vectors, work)
        guard status == GSL_SUCCESS else { throw .notPositiveDefinite(status: Int(status)) }
        gsl_eigen_gensymmv_sort(values, vectors, GSL_EIGEN_SORT_VAL_ASC)

        var lambdas: [Double] = []
        var xs: [[Double]] = []
        lambdas.reserveCapacity(n)
        xs.reserveCapacity(n)
        for k in 0..<n {
            var x = (0..<n).map { gsl_matrix_get(vectors, $0, k) }
            let norm = b.bilinear(x, x)
            guard norm > 0, norm.isFinite else { throw .notPositiveDefinite(status: 0) }
            let scale = 1 / norm.squareRoot()
            for i in 0..<n { x[i] *= scale }
            lambdas.append(gsl_vector_get(values, k))
            xs.append(x)
        }
        guard lambdas.allSatisfy(\.isFinite) else { throw .nonFiniteMatrix }
        eigenvalues = lambdas
        eigenvectors = xs
    }
}
