import RealModule

/// A mesh of a ``MeridionalSection`` into cells of rectangular section in (r, z): each
/// cell, revolved about the axis, is a ring that carries one azimuthal current.
///
/// Grid lines pass through every rectangle edge, so rectangles are meshed exactly; the
/// spacing inside is at most `cellSizeM`, graded geometrically toward the edges of
/// each interval when `grading` > 1 (eddy currents crowd at the surface at high
/// frequency). A curved region (an ellipse) cuts through cells: each such cell keeps
/// its place and takes the share of it that is metal (`fill`, from 8 × 8 sample
/// points), so the metal's volume is right to O(h²) while its outline is staircased.
public struct MeridionalMesh: Sendable {
    /// One ring of rectangular section.
    public struct Cell: Hashable, Sendable {
        public let rInnerM: Double
        public let rOuterM: Double
        public let zLowM: Double
        public let zHighM: Double
        /// Index of the grid column (r) and row (z), for neighbours.
        public let column: Int
        public let row: Int
        /// The share of the cell that is metal, in (0, 1].
        public let fill: Double
        /// Index of the section's region it belongs to.
        public let regionIndex: Int
        public let material: Material

        public var widthM: Double { rOuterM - rInnerM }
        public var heightM: Double { zHighM - zLowM }
        public var centreRM: Double { 0.5 * (rInnerM + rOuterM) }
        public var centreZM: Double { 0.5 * (zLowM + zHighM) }
        /// σ × fill: the conductivity the cell's current sees.
        public var effectiveConductivitySPerM: Double { material.conductivitySPerM * fill }
    }

    public let cells: [Cell]
    /// The grid lines in r and in z.
    public let rLinesM: [Double]
    public let zLinesM: [Double]

    /// Meshes `section` with cells no larger than `cellSizeM` on a side, every region on
    /// one grid (curved regions by fill fractions): the mesh a finite-element method
    /// with shared nodes needs.
    public init(_ section: MeridionalSection, cellSizeM: Double, grading: Double = 1) throws(EddyCurrentError) {
        try self.init(section, cellSizeRM: cellSizeM, cellSizeZM: cellSizeM, grading: grading, conformingCurves: false)
    }

    /// Meshes `section` with cells at most `cellSizeRM` wide and `cellSizeZM` high.
    ///
    /// With `conformingCurves`, an ellipse is meshed row by row instead of on the grid:
    /// each row of height h is a disk whose radius ρ keeps the row's exact volume,
    /// ρ² = a²(1 − ⟨(z − z₀)²⟩/c²), split into cells of its own. The outline is then
    /// followed to O(h²) (the grid's staircase only to O(h)): what a circuit of
    /// independent rings (the axial solver) can use, and a shared-node method cannot.
    public init(_ section: MeridionalSection, cellSizeRM: Double, cellSizeZM: Double, grading: Double = 1,
                conformingCurves: Bool) throws(EddyCurrentError) {
        if let problem = section.problem { throw .invalidGeometry(problem) }
        guard cellSizeRM.isFinite && cellSizeRM > 0 && cellSizeZM.isFinite && cellSizeZM > 0 else {
            throw .invalidGeometry("the cell size must be finite and positive")
        }
        var rBreaks: [Double] = [0], zBreaks: [Double] = []
        for region in section.regions {
            switch region.shape {
            case .rectangle(let r0, let r1, let z0, let z1):
                rBreaks += [r0, r1]; zBreaks += [z0, z1]
            case .ellipse(let a, let c, let z0):
                rBreaks += [a]; zBreaks += [z0 - c, z0 + c]
            }
        }
        // Gaps that hold no metal (a ring's bore, the space between a cup's wall and its
        // base) are not subdivided: they would only add empty grid cells.
        let rSpans = section.regions.map { region -> ClosedRange<Double> in
            switch region.shape {
            case .rectangle(let r0, let r1, _, _): return r0...r1
            case .ellipse(let a, _, _): return 0...a
            }
        }
        let zSpans = section.regions.map { region -> ClosedRange<Double> in
            switch region.shape {
            case .rectangle(_, _, let z0, let z1): return z0...z1
            case .ellipse(_, let c, let z0): return (z0 - c)...(z0 + c)
            }
        }
        rLinesM = Self.lines(through: rBreaks, maxStepM: cellSizeRM, grading: grading, spans: rSpans)
        zLinesM = Self.lines(through: zBreaks, maxStepM: cellSizeZM, grading: grading, spans: zSpans)
        let count = (rLinesM.count - 1) * (zLinesM.count - 1)
        guard count <= 40_000 else {
            throw .invalidGeometry("a body of revolution meshed into \(count) cells is too fine (at most 40000): "
                                   + "choose fewer cells across it (signatures: {cells: N}, or --cells)")
        }
        let isCurved = section.regions.map { region -> Bool in
            if case .ellipse = region.shape { return conformingCurves }
            return false
        }
        var cells: [Cell] = []
        for row in 0..<(zLinesM.count - 1) {
            let z0 = zLinesM[row], z1 = zLinesM[row + 1]
            for column in 0..<(rLinesM.count - 1) {
                let r0 = rLinesM[column], r1 = rLinesM[column + 1]
                // The share of metal and the region that holds most of it, from 8 × 8 points
                // (a cell inside one rectangle is all of it).
                var hits = [Int: Int]()
                let n = 8
                for i in 0..<n {
                    for j in 0..<n {
                        let r = r0 + (Double(i) + 0.5) / Double(n) * (r1 - r0)
                        let z = z0 + (Double(j) + 0.5) / Double(n) * (z1 - z0)
                        if let k = section.regionIndex(rM: r, zM: z), !isCurved[k] { hits[k, default: 0] += 1 }
                    }
                }
                guard let (region, _) = hits.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { continue }
                let fill = Double(hits.values.reduce(0, +)) / Double(n * n)
                cells.append(Cell(rInnerM: r0, rOuterM: r1, zLowM: z0, zHighM: z1, column: column, row: row, fill: fill,
                                  regionIndex: region, material: section.regions[region].material))
            }
            for (k, region) in section.regions.enumerated() where isCurved[k] {
                guard case .ellipse(let a, let c, let zc) = region.shape, z0 >= zc - c, z1 <= zc + c else { continue }
                let u0 = z0 - zc, u1 = z1 - zc
                let meanSquare = (u1 * u1 * u1 - u0 * u0 * u0) / (3 * (u1 - u0))
                let rho = a * Swift.max(0, 1 - meanSquare / (c * c)).squareRoot()
                guard rho > 0 else { continue }
                let steps = Swift.max(1, Int((rho / cellSizeRM - 1e-9).rounded(.up)))
                let radii = Self.gradedPoints(from: 0, to: rho, count: steps, grading: grading)
                for column in 0..<steps {
                    cells.append(Cell(rInnerM: radii[column], rOuterM: radii[column + 1], zLowM: z0, zHighM: z1,
                                      column: column, row: row, fill: 1, regionIndex: k, material: region.material))
                }
            }
        }
        guard !cells.isEmpty else { throw .invalidGeometry("the mesh holds no metal: choose a smaller cell size") }
        self.cells = cells
    }

    /// Sorted, distinct break points with every gap split into equal (or graded) steps
    /// of at most `maxStepM`.
    static func lines(through breaks: [Double], maxStepM: Double, grading: Double,
                      spans: [ClosedRange<Double>] = []) -> [Double] {
        let sorted = Array(Set(breaks)).sorted()
        var lines: [Double] = []
        for (a, b) in zip(sorted, sorted.dropFirst()) where b - a > 1e-12 * Swift.max(abs(a), abs(b), maxStepM) {
            let middle = 0.5 * (a + b)
            let empty = !spans.isEmpty && !spans.contains { $0.contains(middle) }
            let n = empty ? 1 : Swift.max(1, Int(((b - a) / maxStepM - 1e-9).rounded(.up)))
            lines += Self.gradedPoints(from: a, to: b, count: n, grading: grading).dropLast()
        }
        if let last = sorted.last { lines.append(last) }
        return lines
    }

    /// n steps from a to b, symmetric, each step toward the ends shorter by `grading`.
    static func gradedPoints(from a: Double, to b: Double, count n: Int, grading g: Double) -> [Double] {
        guard g > 1 && n > 2 else { return (0...n).map { a + (b - a) * Double($0) / Double(n) } }
        // Step sizes rise as g^k toward the middle and fall again.
        let weights = (0..<n).map { k in Double.pow(g, Double(Swift.min(k, n - 1 - k)) / Double(n / 2)) }
        let total = weights.reduce(0, +)
        var points = [a], x = a
        for w in weights.dropLast() { x += (b - a) * w / total; points.append(x) }
        points.append(b)
        return points
    }
}
