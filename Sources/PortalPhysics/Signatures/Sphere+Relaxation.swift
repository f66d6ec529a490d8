import RealModule

extension Sphere {
    /// The sphere's relaxation spectrum: its first `modeCount` eddy-current modes exactly,
    /// and one lumped mode standing for all the rest.
    ///
    /// - μr = 1: weights 6/(n²π²) of −2πa³ and τₙ = μ₀σa²/(n²π²).
    /// - μr ≠ 1: τₖ = μσa²/δₖ² with δₖ the positive roots of
    ///   tan δ = (μr−1)δ/(μr−1+δ²); the weights are the residues of the closed form at
    ///   its poles x² = −δₖ²: Tₖ = 2πa³ · 3μr / ((μr−1)² q′(−δₖ²) δₖ²).
    ///
    /// The lumped tail mode carries exactly the weight and the first moment
    /// Σ Tₖτₖ the truncated modes miss (both known in closed form), so the spectrum
    /// keeps the exact limits at ω → 0 and ω → ∞ and the exact low-frequency slope;
    /// with the default 1000 modes it matches the closed form to about 1e-11 relative
    /// for ωτ₁ ≤ 100.
    public func relaxationSpectrum(modeCount: Int = 1000) -> RelaxationSpectrum {
        let mur = material.relativePermeability
        let a3 = radiusM * radiusM * radiusM
        let diffusion = material.permeabilityHPerM * material.conductivitySPerM * radiusM * radiusM  // μσa²
        var modes: [(weight: Double, tau: Double)] = []
        if material.conductivitySPerM > 0 && modeCount > 0 {
            if mur == 1 {
                modes = (1...modeCount).map { n in
                    let n2pi2 = Double(n * n) * Double.pi * Double.pi
                    return (-2 * Double.pi * a3 * 6 / n2pi2, diffusion / n2pi2)
                }
            } else {
                modes = Sphere.permeableRoots(relativePermeability: mur, count: modeCount).map { d in
                    let qPrime = -(d / (Double.sin(d) * Double.sin(d)) - 1 / Double.tan(d)) / (2 * d * d * d)
                        - (d / Double.tan(d) - 1) / (d * d * d * d)
                    return (2 * Double.pi * a3 * 3 * mur / ((mur - 1) * (mur - 1) * qPrime * d * d), diffusion / (d * d))
                }
            }
            // Exact totals: ΣTₖ = M(∞) − M(0), and ΣTₖτₖ = −2πa³ μσa² · 3μr/(5(μr+2)²).
            let totalWeight = inductiveScalar - staticScalar
            let totalMoment = -2 * Double.pi * a3 * diffusion * 3 * mur / (5 * (mur + 2) * (mur + 2))
            let missingWeight = totalWeight - modes.reduce(0) { $0 + $1.weight }
            let missingMoment = totalMoment - modes.reduce(0) { $0 + $1.weight * $1.tau }
            if missingWeight < 0 && missingMoment < 0 {
                modes.append((missingWeight, missingMoment / missingWeight))
            }
        }
        return RelaxationSpectrum(
            staticPart: staticScalar * SymmetricTensor.identity,
            terms: modes.map { RelaxationTerm(weight: $0.weight * SymmetricTensor.identity, timeConstantS: $0.tau) })
    }

    /// The first `count` positive roots of f(δ) = (μr−1+δ²) sin δ − (μr−1) δ cos δ
    /// (tan δ = (μr−1)δ/(μr−1+δ²) without tan's poles), bracketed on a grid of π/64 and
    /// refined by bisection to the last bit.
    static func permeableRoots(relativePermeability mur: Double, count: Int) -> [Double] {
        let c = mur - 1
        func f(_ d: Double) -> Double { (c + d * d) * Double.sin(d) - c * d * Double.cos(d) }
        var roots: [Double] = []
        roots.reserveCapacity(count)
        let step = Double.pi / 64
        var lo = step, flo = f(lo)
        while roots.count < count {
            let hi = lo + step, fhi = f(hi)
            if flo == 0 { roots.append(lo) } else if flo * fhi < 0 {
                var (a, b, fa) = (lo, hi, flo)
                while true {
                    let m = 0.5 * (a + b)
                    if m <= a || m >= b { break }
                    let fm = f(m)
                    if fm == 0 { a = m; b = m; break }
                    if (fm < 0) == (fa < 0) { a = m; fa = fm } else { b = m }
                }
                roots.append(0.5 * (a + b))
            }
            lo = hi; flo = fhi
        }
        return roots
    }
}
