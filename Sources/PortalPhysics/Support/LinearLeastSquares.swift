internal import CGSL

/// Linear least squares through GSL's truncated-SVD solver: min ‖X c − y‖ for several
/// right-hand sides sharing one design matrix.
///
/// Truncation drops singular values below `tolerance` × the largest, which keeps an
/// ill-conditioned basis (closely spaced relaxation times) from producing huge
/// cancelling coefficients.
enum LinearLeastSquares {
    /// The coefficients for each right-hand side, or nil if GSL reports an error.
    /// `design` is row-major, `rows` × `columns`.
    static func solve(design: [Double], rows: Int, columns: Int, rightHandSides: [[Double]],
                      tolerance: Double) -> [[Double]]? {
        GSLRuntime.start()
        guard rows >= columns, columns > 0, design.count == rows * columns,
              let x = gsl_matrix_alloc(rows, columns) else { return nil }
        defer { gsl_matrix_free(x) }
        for i in 0..<rows { for j in 0..<columns { gsl_matrix_set(x, i, j, design[i * columns + j]) } }
        guard let work = gsl_multifit_linear_alloc(rows, columns),
              let y = gsl_vector_alloc(rows), let c = gsl_vector_alloc(columns),
              let cov = gsl_matrix_alloc(columns, columns) else { return nil }
        defer { gsl_multifit_linear_free(work); gsl_vector_free(y); gsl_vector_free(c); gsl_matrix_free(cov) }
        var results: [[Double]] = []
        for rhs in rightHandSides {
            guard rhs.count == rows else { return nil }
            for i in 0..<rows { gsl_vector_set(y, i, rhs[i]) }
            var chisq = 0.0
            var rank = 0
            guard gsl_multifit_linear_tsvd(x, y, tolerance, c, cov, &chisq, &rank, work) == GSL_SUCCESS else { return nil }
            results.append((0..<columns).map { gsl_vector_get(c, $0) })
        }
        return results
    }
}
