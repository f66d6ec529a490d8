extension SymmetricTensor {
    /// The eigenvalues in ascending order, by cyclic Jacobi rotations.
    ///
    /// Jacobi's method is slower than the trigonometric closed form but keeps full
    /// relative accuracy for clustered and tiny eigenvalues, which thin foils (one large
    /// and two nearly zero principal values) produce all the time.
    public var eigenvalues: [Double] { eigensystem().values }

    /// Eigenvalues in ascending order and the matching orthonormal eigenvectors.
    public func eigensystem() -> (values: [Double], vectors: [Vector3]) {
        var a = [[xx, xy, xz], [xy, yy, yz], [xz, yz, zz]]
        var v = [[1.0, 0, 0], [0, 1.0, 0], [0, 0, 1.0]]
        let scale = maxMagnitude
        guard scale > 0 && scale.isFinite else {
            return ([xx, yy, zz], [.unitX, .unitY, .unitZ])
        }
        for _ in 0..<64 {
            let off = abs(a[0][1]) + abs(a[0][2]) + abs(a[1][2])
            if off <= 1e-300 || off <= 1e-17 * scale { break }
            for (p, q) in [(0, 1), (0, 2), (1, 2)] where a[p][q] != 0 {
                let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                let c = 1 / (t * t + 1).squareRoot(), s = t * c
                for k in 0..<3 {
                    let akp = a[k][p], akq = a[k][q]
                    a[k][p] = c * akp - s * akq
                    a[k][q] = s * akp + c * akq
                }
                for k in 0..<3 {
                    let apk = a[p][k], aqk = a[q][k]
                    a[p][k] = c * apk - s * aqk
                    a[q][k] = s * apk + c * aqk
                }
                for k in 0..<3 {
                    let vkp = v[k][p], vkq = v[k][q]
                    v[k][p] = c * vkp - s * vkq
                    v[k][q] = s * vkp + c * vkq
                }
            }
        }
        let order = [0, 1, 2].sorted { a[$0][$0] < a[$1][$1] }
        return (order.map { a[$0][$0] }, order.map { Vector3(v[0][$0], v[1][$0], v[2][$0]) })
    }
}
