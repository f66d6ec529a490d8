import RealModule

/// Flat conductors of any outline — one, or several stacked in parallel planes — and
/// their eddy-current relaxation spectrum from a thin-sheet integral equation: a
/// battery's current-collector foils, a pouch laminate, PCB copper layers, a phone's
/// mid-plate and display backing, solved together.
///
/// **Equation.** Each sheet carries a divergence-free surface current J = ∇ψ × ẑ with
/// ψ = 0 on its outer edge and a free constant on each hole (see ``SheetMesh``). With a
/// uniform applied field H ẑ, the moment is m = Σ ∫ψ dA and, in the e^{−iωt}
/// convention, Faraday's law on the stream-function basis reads (R − iωL) ψ = iωμ₀ a H
/// with
///
///     Rᵢⱼ = (1/σt) ∫ ∇ψᵢ·∇ψⱼ dA,    Lᵢⱼ = (μ₀/4π) ∫∫ (∇ψᵢ × ẑ)·(∇′ψⱼ × ẑ) / |r − r′| dA dA′,    aᵢ = ∫ψᵢ dA,
///
/// L coupling every pair of sheets through their separation in z (``SheetKernels``).
/// ``EddyCurrentCircuit`` turns it into exact modes Tₖ = −μ₀(aᵀxₖ)²/τₖ, so the whole
/// spectrum comes from one generalised eigenproblem.
///
/// **Stacks: a Galerkin reduction.** A phone battery has ~25 foils of ~400 unknowns
/// each; the dense coupled problem (10⁴ unknowns) is far too large for a signature. Each
/// distinct outline is solved alone first (L xₖ = τₖ R xₖ); each sheet's current is
/// then sought in the span of
///
/// - its `modesPerSheet` slowest single-sheet modes among those the uniform field
///   excites (then, if fewer, the slowest unexcited ones), and
/// - the remainders, outside those modes, of its own d.c. response R⁻¹a and its own
///   perfectly conducting response L⁻¹a (two vectors, R-orthonormalised),
///
/// and the coupled problem is solved in that basis (R = identity there). What is exact:
/// the low-frequency slope (at low frequency the sheets do not interact, and each
/// sheet's R⁻¹a is in its basis), and with identical outlines at zero gap the slowest
/// modes and both limits. What converges: the rest, in `modesPerSheet` (measured in
/// the tests); the coupled inductive limit is approached from below in magnitude (a
/// Galerkin restriction of a minimum principle). A single sheet is always solved whole.
///
/// **In-plane fields are neglected.** A sheet thinner than the skin depth carries no
/// net eddy current from a field in its own plane to first order: such a field drives
/// opposite currents in the two faces, a moment O(t/size) relative to the normal
/// response (and the demagnetising moment of a non-magnetic sheet is zero). The weight
/// tensor of every mode is therefore ẑẑᵀ Tₖ in the stack's frame, whose z is the
/// sheets' common normal.
///
/// **Validity.** Sheets thin against the skin depth and against the gaps' lateral
/// scale (σt, not σ and t separately); non-magnetic; gaps ≥ 0 (zero: coincident
/// sheets, legal); all sheets parallel.
///
/// Validation and cost: docs/signatures.md#4-thin-sheets-and-stacks-of-sheets.
public struct ThinSheetStack: Sendable {
    public let sheets: [ConductingSheet]
    /// The single-sheet modes kept per sheet in the reduction of a stack (nil: solve
    /// the full coupled problem, only for small stacks and checks).
    public let modesPerSheet: Int?
    /// The meshes, one per distinct outline, and which one each sheet uses.
    let meshes: [SheetMesh]
    let meshOfSheet: [Int]

    /// Default mesh: about 400 nodes per distinct outline. A 20 mm disk then has 360
    /// unknowns, its spectrum takes 0.23 s (release, one core), the low-frequency slope
    /// is within 0.5 % and the inductive limit within 3.4 % of the closed forms (the
    /// latter converging as O(h): refine for better).
    public static let defaultNodesPerSheet = 400
    /// Default reduction: 16 single-sheet modes per sheet (plus the two remainder
    /// vectors). On a 25-foil 46 × 21 mm battery stack (0.2 mm pitch) 16 against 32
    /// modes moves the slowest τ by 8·10⁻⁷, the fourth by 2.3·10⁻⁴ and the inductive
    /// limit by 2.7·10⁻⁴; the whole spectrum takes 2.3 s.
    public static let defaultModesPerSheet = 16

    /// A stack meshed at about `nodesPerSheet` nodes per outline.
    public init(sheets: [ConductingSheet], nodesPerSheet: Int = ThinSheetStack.defaultNodesPerSheet,
                modesPerSheet: Int? = ThinSheetStack.defaultModesPerSheet) throws(EddyCurrentError) {
        guard nodesPerSheet >= 8 else { throw .invalidGeometry("a sheet mesh needs at least 8 nodes (got \(nodesPerSheet))") }
        try self.init(sheets: sheets, spacing: { SheetMesh.spacing(for: $0, nodes: nodesPerSheet) }, modesPerSheet: modesPerSheet)
    }

    /// A stack meshed at node spacing `edgeLengthM` (m) on every sheet.
    public init(sheets: [ConductingSheet], edgeLengthM: Double,
                modesPerSheet: Int? = ThinSheetStack.defaultModesPerSheet) throws(EddyCurrentError) {
        try self.init(sheets: sheets, spacing: { _ in edgeLengthM }, modesPerSheet: modesPerSheet)
    }

    private init(sheets: [ConductingSheet], spacing: (SheetOutline) -> Double, modesPerSheet: Int?) throws(EddyCurrentError) {
        guard !sheets.isEmpty else { throw .invalidGeometry("a sheet stack needs at least one sheet") }
        for (k, s) in sheets.enumerated() {
            guard s.sheetConductanceS.isFinite, s.sheetConductanceS > 0 else {
                throw .invalidGeometry("sheet \(k + 1) needs a finite positive sheet conductance (got \(s.sheetConductanceS) S)")
            }
            guard s.heightM.isFinite, abs(s.heightM) < 1e3 else { throw .invalidGeometry("sheet \(k + 1) has a non-finite or absurd height") }
        }
        if let k = modesPerSheet, k < 1 { throw .invalidGeometry("keep at least one mode per sheet (got \(k))") }
        var outlines: [SheetOutline] = []
        var indexOf: [SheetOutline: Int] = [:]
        var meshOfSheet: [Int] = []
        var meshes: [SheetMesh] = []
        for s in sheets {
            if let i = indexOf[s.outline] { meshOfSheet.append(i); continue }
            let mesh = try SheetMesh(outline: s.outline, spacingM: spacing(s.outline))
            indexOf[s.outline] = outlines.count
            meshOfSheet.append(outlines.count)
            outlines.append(s.outline)
            meshes.append(mesh)
        }
        self.sheets = sheets
        self.modesPerSheet = modesPerSheet
        self.meshes = meshes
        self.meshOfSheet = meshOfSheet
    }

    /// Mesh nodes and unknowns of each sheet.
    public var nodeCounts: [Int] { meshOfSheet.map { meshes[$0].nodeCount } }
    public var unknownCounts: [Int] { meshOfSheet.map { meshes[$0].unknownCount } }

    // MARK: - Spectrum

    /// The relaxation spectrum for a field along the stack's normal z (weights ẑẑᵀTₖ).
    public func relaxationSpectrum() throws(EddyCurrentError) -> RelaxationSpectrum {
        let terms = try modes().map { RelaxationTerm(weight: .outer(.unitZ, scale: $0.weightM3), timeConstantS: $0.timeConstantS) }
        return RelaxationSpectrum(terms: terms)
    }

    /// The modes, slowest first.
    public func modes() throws(EddyCurrentError) -> [EddyCurrentCircuit.Mode] {
        try Self.modes(of: circuit())
    }

    /// The circuit solved: the whole problem for one sheet or `modesPerSheet == nil`,
    /// else the reduced one (R the identity, L and a in the reduced basis).
    public func circuit() throws(EddyCurrentError) -> EddyCurrentCircuit {
        var blocks = BlockCache(meshes: meshes)
        if sheets.count == 1 || modesPerSheet == nil { return try fullCircuit(&blocks) }
        return try reducedCircuit(&blocks)
    }

    /// The modes of L x = τ R x. Unlike ``EddyCurrentCircuit/modes()`` this accepts a
    /// positive semidefinite L: coincident sheets (zero gap) make L singular, and
    /// their opposed-current combinations come out with τ ≈ 0 (±rounding) and no
    /// weight; modes with τ below 10⁻¹² of the slowest are dropped as such. A clearly
    /// negative τ still throws.
    static func modes(of circuit: EddyCurrentCircuit) throws(EddyCurrentError) -> [EddyCurrentCircuit.Mode] {
        let problem = try GeneralizedEigenproblem(circuit.inductanceH, circuit.resistanceOhm)
        guard let tauMax = problem.eigenvalues.last, tauMax > 0 else { throw .notPositiveDefinite(status: 0) }
        var modes: [EddyCurrentCircuit.Mode] = []
        for (tau, x) in zip(problem.eigenvalues, problem.eigenvectors) {
            if tau <= 1e-12 * tauMax {
                guard tau > -1e-9 * tauMax else { throw .notPositiveDefinite(status: 0) }
                continue
            }
            var projection = 0.0
            for i in 0..<x.count { projection += circuit.areaM2[i] * x[i] }
            modes.append(EddyCurrentCircuit.Mode(timeConstantS: tau, weightM3: -PhysicalConstants.mu0 * projection * projection / tau))
        }
        let total = modes.reduce(0) { $0 + $1.weightM3 }
        guard total.isFinite, modes.allSatisfy({ $0.timeConstantS.isFinite && $0.weightM3.isFinite }) else { throw .nonFiniteMatrix }
        return modes.filter { abs($0.weightM3) > 1e-15 * abs(total) }.sorted { $0.timeConstantS > $1.timeConstantS }
    }

    // MARK: - Exact limits (checks, without the eigenproblem)

    /// The low-frequency loss slope Im M/ω → μ₀ Σ_sheets aᵀR⁻¹a (m³·s), exact for the
    /// mesh and independent of the reduction (at low frequency the sheets do not
    /// interact). Conjugate gradients on the sparse resistance: fine meshes are cheap.
    public func lowFrequencySlopeM3S() throws(EddyCurrentError) -> Double {
        var perMesh: [Double?] = Array(repeating: nil, count: meshes.count)
        var total = 0.0
        for (k, sheet) in sheets.enumerated() {
            let m = meshOfSheet[k]
            if perMesh[m] == nil {
                let mesh = meshes[m]
                let n = mesh.unknownCount
                let diagonal = mesh.unitResistanceDiagonal()
                let x = try ConjugateGradient.solve(diagonal: diagonal, mesh.momentAreaM2) { mesh.applyUnitResistance($0) }
                var s = 0.0
                for i in 0..<n { s += mesh.momentAreaM2[i] * x[i] }
                perMesh[m] = s
            }
            total += PhysicalConstants.mu0 * sheet.sheetConductanceS * (perMesh[m] ?? 0)
        }
        guard total.isFinite else { throw .nonFiniteMatrix }
        return total
    }

    /// The perfectly conducting limit M(∞) = −μ₀ aᵀL⁻¹a (m³) of the whole coupled
    /// problem, unreduced (conjugate gradients on the dense L; for single sheets and
    /// small stacks: checks of the reduction and of mesh convergence).
    public func perfectConductorLimitM3() throws(EddyCurrentError) -> Double {
        var blocks = BlockCache(meshes: meshes)
        let offsets = unknownOffsets()
        let n = offsets[offsets.count - 1]
        var a = [Double](repeating: 0, count: n)
        for k in 0..<sheets.count {
            let mesh = meshes[meshOfSheet[k]]
            for i in 0..<mesh.unknownCount { a[offsets[k] + i] = mesh.momentAreaM2[i] }
        }
        var pairBlocks: [[[Double]]] = []
        for i in 0..<sheets.count {
            var row: [[Double]] = []
            for j in 0..<sheets.count { row.append(blocks.block(meshOfSheet[i], meshOfSheet[j], dz: sheets[i].heightM - sheets[j].heightM)) }
            pairBlocks.append(row)
        }
        var diagonal = [Double](repeating: 0, count: n)
        for k in 0..<sheets.count {
            let nk = meshes[meshOfSheet[k]].unknownCount
            for i in 0..<nk { diagonal[offsets[k] + i] = pairBlocks[k][k][i * nk + i] }
        }
        let counts = sheets.indices.map { meshes[meshOfSheet[$0]].unknownCount }
        let x = try ConjugateGradient.solve(diagonal: diagonal, tolerance: 1e-11, a) { v in
            var y = [Double](repeating: 0, count: n)
            for i in 0..<counts.count {
                for j in 0..<counts.count {
                    let b = pairBlocks[i][j], ni = counts[i], nj = counts[j], oi = offsets[i], oj = offsets[j]
                    b.withUnsafeBufferPointer { b in
                        for r in 0..<ni {
                            var s = 0.0
                            for c in 0..<nj { s += b[r * nj + c] * v[oj + c] }
                            y[oi + r] += s
                        }
                    }
                }
            }
            return y
        }
        var s = 0.0
        for i in 0..<n { s += a[i] * x[i] }
        let limit = -PhysicalConstants.mu0 * s
        guard limit.isFinite else { throw .nonFiniteMatrix }
        return limit
    }

    // MARK: - Assembly

    private func unknownOffsets() -> [Int] {
        var offsets = [0]
        for k in 0..<sheets.count { offsets.append(offsets[k] + meshes[meshOfSheet[k]].unknownCount) }
        return offsets
    }

    private func fullCircuit(_ blocks: inout BlockCache) throws(EddyCurrentError) -> EddyCurrentCircuit {
        let offsets = unknownOffsets()
        let n = offsets[offsets.count - 1]
        guard n <= 6000 else { throw .allocationFailed(n) }
        var l = SymmetricMatrix(size: n), r = SymmetricMatrix(size: n)
        var a = [Double](repeating: 0, count: n)
        var unitR: [Int: [Double]] = [:]
        for i in 0..<sheets.count {
            let mi = meshOfSheet[i], ni = meshes[mi].unknownCount, oi = offsets[i]
            if unitR[mi] == nil { unitR[mi] = meshes[mi].unitResistance() }
            let ru = unitR[mi] ?? []
            for p in 0..<ni {
                a[oi + p] = meshes[mi].momentAreaM2[p]
                for q in p..<ni { r[oi + p, oi + q] = ru[p * ni + q] / sheets[i].sheetConductanceS }
            }
            for j in i..<sheets.count {
                let mj = meshOfSheet[j], nj = meshes[mj].unknownCount, oj = offsets[j]
                let b = blocks.block(mi, mj, dz: sheets[i].heightM - sheets[j].heightM)
                for p in 0..<ni { for q in (i == j ? p : 0)..<nj { l[oi + p, oj + q] = b[p * nj + q] } }
            }
        }
        return EddyCurrentCircuit(inductanceH: l, resistanceOhm: r, areaM2: a)
    }

    private func reducedCircuit(_ blocks: inout BlockCache) throws(EddyCurrentError) -> EddyCurrentCircuit {
        let keep = modesPerSheet ?? Int.max
        // The reduced basis of each distinct outline, for σt = 1 (scaled by √σt per sheet).
        var bases: [[[Double]]] = []
        for (m, mesh) in meshes.enumerated() {
            bases.append(try Self.reducedBasis(mesh, selfInductance: blocks.block(m, m, dz: 0), keep: keep))
        }
        var offsets = [0]
        for k in 0..<sheets.count { offsets.append(offsets[k] + bases[meshOfSheet[k]].count) }
        let n = offsets[offsets.count - 1]
        var l = SymmetricMatrix(size: n)
        var a = [Double](repeating: 0, count: n)
        var projected: [BlockCache.Key: [Double]] = [:]
        for i in 0..<sheets.count {
            let mi = meshOfSheet[i], wi = bases[mi], si = sheets[i].sheetConductanceS.squareRoot()
            for p in 0..<wi.count {
                var s = 0.0
                for q in 0..<meshes[mi].unknownCount { s += wi[p][q] * meshes[mi].momentAreaM2[q] }
                a[offsets[i] + p] = si * s
            }
            for j in i..<sheets.count {
                let mj = meshOfSheet[j], wj = bases[mj], sj = sheets[j].sheetConductanceS.squareRoot()
                let key = BlockCache.key(mi, mj, dz: sheets[i].heightM - sheets[j].heightM)
                let unit: [Double]
                if let cached = projected[key] {
                    unit = cached
                } else {
                    unit = Self.project(wi, blocks.block(mi, mj, dz: sheets[i].heightM - sheets[j].heightM), wj)
                    projected[key] = unit
                }
                let nj = wj.count
                for p in 0..<wi.count {
                    for q in (i == j ? p : 0)..<nj { l[offsets[i] + p, offsets[j] + q] = si * sj * unit[p * nj + q] }
                }
            }
        }
        return EddyCurrentCircuit(inductanceH: l, resistanceOhm: SymmetricMatrix(diagonal: [Double](repeating: 1, count: n)), areaM2: a)
    }

    /// Wᵀ L V (rows of `w` and `v` are basis vectors over the two meshes' unknowns).
    private static func project(_ w: [[Double]], _ block: [Double], _ v: [[Double]]) -> [Double] {
        let na = w.first?.count ?? 0, nb = v.first?.count ?? 0
        var out = [Double](repeating: 0, count: w.count * v.count)
        var lv = [Double](repeating: 0, count: na)
        block.withUnsafeBufferPointer { b in
            for (q, vq) in v.enumerated() {
                for r in 0..<na {
                    var s = 0.0
                    for c in 0..<nb { s += b[r * nb + c] * vq[c] }
                    lv[r] = s
                }
                for (p, wp) in w.enumerated() {
                    var s = 0.0
                    for r in 0..<na { s += wp[r] * lv[r] }
                    out[p * v.count + q] = s
                }
            }
        }
        return out
    }

    /// The reduced basis of one outline (σt = 1): the kept single-sheet modes, then the
    /// R-orthonormalised remainders of R⁻¹a and L⁻¹a. In the modal coordinates of the
    /// full single-sheet solution (R = identity there) R⁻¹a = Σ cₖxₖ and
    /// L⁻¹a = Σ (cₖ/τₖ)xₖ with cₖ = xₖᵀa, so the remainders are the same sums over the
    /// modes not kept.
    static func reducedBasis(_ mesh: SheetMesh, selfInductance: [Double], keep: Int) throws(EddyCurrentError) -> [[Double]] {
        let n = mesh.unknownCount
        var l = SymmetricMatrix(size: n), r = SymmetricMatrix(size: n)
        let ru = mesh.unitResistance()
        for i in 0..<n { for j in i..<n { l[i, j] = selfInductance[i * n + j]; r[i, j] = ru[i * n + j] } }
        let problem = try GeneralizedEigenproblem(l, r)
        let taus = problem.eigenvalues, xs = problem.eigenvectors
        guard let tauMax = taus.last, tauMax > 0, taus.allSatisfy({ $0 > 0 }) else { throw .notPositiveDefinite(status: 0) }
        let c = xs.map { x in zip(x, mesh.momentAreaM2).reduce(0) { $0 + $1.0 * $1.1 } }
        let weights = zip(c, taus).map { $0 * $0 / $1 }
        let maxWeight = weights.max() ?? 0
        // Excited modes (slowest first), then the others (slowest first).
        let order = taus.indices.sorted { i, j in
            let ei = weights[i] > 1e-10 * maxWeight, ej = weights[j] > 1e-10 * maxWeight
            return ei != ej ? ei : taus[i] > taus[j]
        }
        let kept = Array(order.prefix(keep))
        var basis = kept.map { xs[$0] }
        let rest = Array(order.dropFirst(keep))
        guard !rest.isEmpty else { return basis }
        // Remainders in modal coordinates, Gram–Schmidt (Euclidean there).
        var u = rest.map { c[$0] }
        var v = rest.map { c[$0] / taus[$0] }
        func norm(_ z: [Double]) -> Double { z.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        var modal: [[Double]] = []
        let nu = norm(u)
        if nu > 1e-12 * norm(c) { u = u.map { $0 / nu }; modal.append(u) }
        let vNorm0 = norm(v)
        if let e = modal.first {
            let d = zip(e, v).reduce(0) { $0 + $1.0 * $1.1 }
            v = zip(v, e).map { $0 - d * $1 }
        }
        let nv = norm(v)
        if nv > 1e-8 * vNorm0, vNorm0 > 0 { modal.append(v.map { $0 / nv }) }
        for coefficients in modal {
            var w = [Double](repeating: 0, count: n)
            for (k, idx) in rest.enumerated() where coefficients[k] != 0 {
                let x = xs[idx], f = coefficients[k]
                for i in 0..<n { w[i] += f * x[i] }
            }
            basis.append(w)
        }
        return basis
    }
}

/// The inductance blocks between meshes, computed once per (mesh, mesh, |Δz|): a stack
/// of identical foils at equal pitch needs one block per distinct gap.
struct BlockCache {
    struct Key: Hashable { let a: Int, b: Int, dz: Int64 }
    let meshes: [SheetMesh]
    var blocks: [Key: [Double]] = [:]

    init(meshes: [SheetMesh]) { self.meshes = meshes }

    /// Gaps are keyed to 0.1 nm, far below any geometry here.
    static func key(_ a: Int, _ b: Int, dz: Double) -> Key {
        Key(a: a, b: b, dz: Int64((abs(dz) / 1e-10).rounded()))
    }

    /// The block with rows on mesh `a`, columns on mesh `b`.
    mutating func block(_ a: Int, _ b: Int, dz: Double) -> [Double] {
        let key = Self.key(a, b, dz: dz)
        if let cached = blocks[key] { return cached }
        if a > b, let swapped = blocks[Self.key(b, a, dz: dz)] {
            let na = meshes[a].unknownCount, nb = meshes[b].unknownCount
            var t = [Double](repeating: 0, count: na * nb)
            for i in 0..<nb { for j in 0..<na { t[j * nb + i] = swapped[i * na + j] } }
            blocks[key] = t
            return t
        }
        let gap = Double(key.dz) * 1e-10
        let value = SheetKernels.inductanceBlock(meshes[a], meshes[b], dz: gap, symmetric: a == b)
        blocks[key] = value
        return value
    }
}
