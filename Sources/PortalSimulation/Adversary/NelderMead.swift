/// Nelder–Mead's downhill simplex, in a box: a derivative-free local minimiser for an
/// objective that is a Monte Carlo estimate (deterministic with common random numbers,
/// but flat in places and stepped, where gradients mean nothing).
///
/// The search runs in the unit cube of the box's free coordinates (a coordinate whose
/// bounds coincide is held there), so that one step size suits angles in degrees and
/// offsets in metres alike. Every trial point is clamped into the box, which lets the
/// simplex slide along a face where the minimum lies on a bound. The usual coefficients
/// (reflection 1, expansion 2, contraction ½, shrink ½). It stops when the simplex's
/// values lie within `valueTolerance` and its vertices within `pointTolerance` (of the
/// unit cube) of the best, then restarts around the best point while that gains, or
/// until `maxEvaluations` are spent; it returns the best point it evaluated. Ties keep the earlier vertex, so a run is a function of its
/// inputs alone.
public struct NelderMead: Sendable {
    public var maxEvaluations: Int
    /// The initial simplex's edge, as a fraction of each coordinate's range.
    public var initialStep: Double
    public var valueTolerance: Double
    public var pointTolerance: Double

    public init(maxEvaluations: Int, initialStep: Double = 0.25, valueTolerance: Double = 1e-9, pointTolerance: Double = 1e-6) {
        precondition(maxEvaluations >= 1 && initialStep > 0 && initialStep <= 1, "NelderMead: bad settings")
        self.maxEvaluations = maxEvaluations
        self.initialStep = initialStep
        self.valueTolerance = valueTolerance
        self.pointTolerance = pointTolerance
    }

    public struct Result: Sendable {
        /// The best point evaluated, in the objective's own coordinates.
        public var point: [Double]
        public var value: Double
        public var evaluations: Int
    }

    /// Minimises `objective` over the box `bounds` from `start` (clamped into it).
    public func minimize(from start: [Double], bounds: [ClosedRange<Double>],
                         _ objective: ([Double]) throws -> Double) rethrows -> Result {
        precondition(start.count == bounds.count, "NelderMead: the start and the bounds differ in dimension")
        let free = bounds.indices.filter { bounds[$0].upperBound > bounds[$0].lowerBound }
        let origin = zip(start, bounds).map { Swift.min(Swift.max($0, $1.lowerBound), $1.upperBound) }
        func point(_ u: [Double]) -> [Double] {
            var x = origin
            for (i, d) in free.enumerated() {
                x[d] = bounds[d].lowerBound + u[i] * (bounds[d].upperBound - bounds[d].lowerBound)
            }
            return x
        }
        var evaluations = 0
        var best: (u: [Double], value: Double)?
        func evaluate(_ u: [Double]) throws -> Double? {
            guard evaluations < maxEvaluations else { return nil }
            let raw = try objective(point(u))
            let value = raw.isNaN ? Double.infinity : raw
            evaluations += 1
            if best == nil || value < best?.value ?? .infinity { best = (u, value) }
            return value
        }
        // Restarts: clamping can flatten the simplex onto a face of the box, where it
        // converges short of the minimum within that face; a fresh simplex around the
        // best point restores every direction. Stop when a restart gains no more than
        // `valueTolerance`.
        var from = free.map { d in (origin[d] - bounds[d].lowerBound) / (bounds[d].upperBound - bounds[d].lowerBound) }
        var before = Double.infinity
        repeat {
            before = best?.value ?? .infinity
            try descend(from: from, evaluate)
            from = best?.u ?? from
        } while !free.isEmpty && evaluations < maxEvaluations && (best?.value ?? .infinity) < before - valueTolerance
        // `best` is set: the start is always evaluated (maxEvaluations ≥ 1).
        let found = best.map { (point($0.u), $0.value) } ?? (origin, .infinity)
        return Result(point: found.0, value: found.1, evaluations: evaluations)
    }

    /// One descent in the unit cube from a simplex around `u0`, until it converges or
    /// `evaluate` returns nil (the budget is spent).
    private func descend(from u0: [Double], _ evaluate: ([Double]) throws -> Double?) rethrows {
        func clamped(_ u: [Double]) -> [Double] { u.map { Swift.min(Swift.max($0, 0), 1) } }
        func along(_ from: [Double], _ to: [Double], _ t: Double) -> [Double] {
            clamped(zip(from, to).map { $0 + t * ($1 - $0) })
        }
        let n = u0.count
        guard let f0 = try evaluate(u0) else { return }
        var simplex: [(u: [Double], value: Double)] = [(u0, f0)]
        for i in 0..<n {
            var u = u0
            u[i] = u0[i] + initialStep <= 1 ? u0[i] + initialStep : u0[i] - initialStep
            guard let f = try evaluate(u) else { return }
            simplex.append((u, f))
        }
        while n > 0 {
            simplex = Self.ordered(simplex)
            let bestVertex = simplex[0], worst = simplex[n], secondWorst = simplex[n - 1]
            let spread = simplex.dropFirst().map { v in zip(v.u, bestVertex.u).map { abs($0 - $1) }.max() ?? 0 }.max() ?? 0
            if worst.value - bestVertex.value <= valueTolerance && spread <= pointTolerance { return }
            var centroid = Array(repeating: 0.0, count: n)
            for v in simplex.dropLast() { for i in 0..<n { centroid[i] += v.u[i] / Double(n) } }
            let reflected = along(centroid, worst.u, -1)
            guard let fr = try evaluate(reflected) else { return }
            if fr < bestVertex.value {
                let expanded = along(centroid, worst.u, -2)
                guard let fe = try evaluate(expanded) else { return }
                simplex[n] = fe < fr ? (expanded, fe) : (reflected, fr)
                continue
            }
            if fr < secondWorst.value { simplex[n] = (reflected, fr); continue }
            let outside = fr < worst.value
            let contracted = outside ? along(centroid, reflected, 0.5) : along(centroid, worst.u, 0.5)
            guard let fc = try evaluate(contracted) else { return }
            if outside ? fc <= fr : fc < worst.value {
                simplex[n] = (contracted, fc)
                continue
            }
            for i in 1...n {
                let u = along(bestVertex.u, simplex[i].u, 0.5)
                guard let f = try evaluate(u) else { return }
                simplex[i] = (u, f)
            }
        }
    }

    /// The vertices by value, ties in their present order (a stable sort).
    static func ordered(_ simplex: [(u: [Double], value: Double)]) -> [(u: [Double], value: Double)] {
        simplex.enumerated().sorted { a, b in
            a.element.value != b.element.value ? a.element.value < b.element.value : a.offset < b.offset
        }.map(\.element)
    }
}
