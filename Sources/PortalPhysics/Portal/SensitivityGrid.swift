/// The zones' sensitivity products precomputed on a regular grid over the walking
/// volume, so that a pass costs an interpolation per sample instead of a Biot–Savart
/// sum over every coil segment.
///
/// Storage is node-major with y (the walking direction) varying fastest between nodes;
/// within a node the six components lie one after the other, and within a component
/// every zone, padded with zeros to a multiple of ``zoneBlock``. A channel's output
/// A : S for all zones at once is then six SIMD multiply-adds over contiguous memory,
/// and consecutive samples of a walk read neighbouring nodes.
///
/// Values are stored as `Float` divided by ``scale`` (a power of two, so the division is
/// exact): half the memory of `Double`, which matters because a pass streams its four
/// (x, z) columns out of a grid far larger than the caches. The rounding costs a relative
/// 6·10⁻⁸ per value, against the interpolation's own error: trilinear interpolation of
/// fields that vary on the scale d of the distance to the nearest wire errs by about
/// (h/d)²/8, with the default 2.5 cm step under 1 % for points at least 10 cm from any
/// wire, which every body location inside the aperture is. The scale keeps every finite
/// `Double` sensitivity inside `Float`'s range.
///
/// Points outside the grid read the nearest face: harmless along y, where the grid
/// extends past the walk and the fields are small, but in x and z the faces are the
/// aperture's edges, so callers keep points inside (walkers stay within the aperture).
///
/// See docs/physics.md#the-sensitivity-grid.
public struct SensitivityGrid: Sendable {
    /// Zones are padded to a multiple of this: the width of the SIMD vectors the
    /// interpolation works in.
    public static let zoneBlock = 8
    public typealias Block = SIMD8<Float>

    public let zoneCount: Int
    /// `zoneCount` rounded up to a multiple of ``zoneBlock``; the padding holds zeros.
    public let paddedZoneCount: Int
    public let originM: Vector3
    public let stepM: Double
    public let counts: (x: Int, y: Int, z: Int)
    /// Stored values times `scale` are the sensitivities, m⁻² (a power of two).
    public let scale: Double
    /// `[(node * 6 + component) * paddedZoneCount + zone]` with node `(iz * nx + ix) * ny + iy`,
    /// components in the order xx, yy, zz, xy, xz, yz; each is the sensitivity / `scale`.
    public let values: [Float]
    /// The largest |sensitivity| over the grid as stored (finite values), m⁻².
    public let largestMagnitude: Double
    /// The first node and zone (in storage order) whose sensitivity is not finite.
    public let firstNonFinite: (ix: Int, iy: Int, iz: Int, zone: Int)?

    /// Floats per node: six components of every (padded) zone.
    @inlinable public var nodeStride: Int { 6 * paddedZoneCount }

    /// Samples `portal` over x ∈ [−xHalf, xHalf], y ∈ [−yHalf, yHalf], z ∈ [0, zTop].
    /// `evaluate` runs the rows of constant height, possibly in parallel; it is given
    /// the number of height rows and a closure filling one.
    public init(portal: Portal, xHalfM: Double, yHalfM: Double, zTopM: Double, stepM: Double = 0.025,
                forEachRow: (Int, @Sendable @escaping (Int) -> [Double]) -> [[Double]] = { n, row in (0..<n).map(row) }) {
        let ((nx, ny, nz), origin) = Self.layout(xHalfM: xHalfM, yHalfM: yHalfM, zTopM: zTopM, stepM: stepM)
        let zones = portal.zones.count
        let padded = (zones + Self.zoneBlock - 1) / Self.zoneBlock * Self.zoneBlock
        // Rows in the final layout, in Double: the scale needs the whole grid's largest value.
        var rows = forEachRow(nz) { iz in
            var row = [Double](repeating: 0, count: nx * ny * 6 * padded)
            for ix in 0..<nx {
                for iy in 0..<ny {
                    let p = origin + stepM * Vector3(Double(ix), Double(iy), Double(iz))
                    let node = (ix * ny + iy) * 6 * padded
                    for (zone, s) in portal.sensitivities(at: p).enumerated() {
                        for (k, c) in [s.xx, s.yy, s.zz, s.xy, s.xz, s.yz].enumerated() { row[node + k * padded + zone] = c }
                    }
                }
            }
            return row
        }
        var largest = 0.0
        var firstNonFinite: (ix: Int, iy: Int, iz: Int, zone: Int)?
        for (iz, row) in rows.enumerated() {
            for v in row where v.isFinite { largest = Swift.max(largest, abs(v)) }
            guard firstNonFinite == nil, row.contains(where: { !$0.isFinite }) else { continue }
            // Node by node, zone by zone: the first the old point-major order would meet.
            search: for node in 0..<(nx * ny) {
                for zone in 0..<zones {
                    for k in 0..<6 where !row[(node * 6 + k) * padded + zone].isFinite {
                        firstNonFinite = (node / ny, node % ny, iz, zone)
                        break search
                    }
                }
            }
        }
        // A power of two above the largest value (1 for an all-zero grid): exact to divide by.
        let scale = largest > 0 ? Double(sign: .plus, exponent: Swift.min(largest.exponent + 1, Double.greatestFiniteMagnitude.exponent),
                                         significand: 1) : 1
        var values = [Float]()
        values.reserveCapacity(nx * ny * nz * 6 * padded)
        for iz in rows.indices {
            values.append(contentsOf: rows[iz].lazy.map { Float($0 / scale) })
            rows[iz] = []
        }
        self.zoneCount = zones
        self.paddedZoneCount = padded
        self.originM = origin
        self.stepM = stepM
        self.counts = (nx, ny, nz)
        self.scale = scale
        self.values = values
        self.largestMagnitude = values.reduce(0) { $1.isFinite ? Swift.max($0, abs(Double($1))) : $0 } * scale
        self.firstNonFinite = firstNonFinite
    }

    /// The node counts and the origin of a grid over x ∈ [−xHalf, xHalf], y ∈ [−yHalf,
    /// yHalf], z ∈ [0, zTop] at `stepM`.
    public static func layout(xHalfM: Double, yHalfM: Double, zTopM: Double, stepM: Double)
        -> (counts: (x: Int, y: Int, z: Int), originM: Vector3) {
        ((Int((2 * xHalfM / stepM).rounded(.up)) + 1, Int((2 * yHalfM / stepM).rounded(.up)) + 1,
          Int((zTopM / stepM).rounded(.up)) + 1), Vector3(-xHalfM, -yHalfM, 0))
    }

    /// A grid from its stored parts, as a computed grid left them (read back from disk):
    /// `values` in the layout of ``values``, all finite, `scale` a power of two.
    public init(zoneCount: Int, originM: Vector3, stepM: Double, counts: (x: Int, y: Int, z: Int), scale: Double,
                values: [Float], largestMagnitude: Double) {
        let padded = (zoneCount + Self.zoneBlock - 1) / Self.zoneBlock * Self.zoneBlock
        precondition(values.count == counts.x * counts.y * counts.z * 6 * padded, "SensitivityGrid: \(values.count) stored values for its counts")
        self.zoneCount = zoneCount
        self.paddedZoneCount = padded
        self.originM = originM
        self.stepM = stepM
        self.counts = counts
        self.scale = scale
        self.values = values
        self.largestMagnitude = largestMagnitude
        self.firstNonFinite = nil
    }

    /// The stored sensitivity of `zone` at a node, component `component` (xx, yy, zz, xy, xz, yz), m⁻².
    public func value(ix: Int, iy: Int, iz: Int, zone: Int, component: Int) -> Double {
        let node = (iz * counts.x + ix) * counts.y + iy
        return Double(values[(node * 6 + component) * paddedZoneCount + zone]) * scale
    }

    /// The interpolated sensitivity of every zone at `point`, written into `output`
    /// (`zoneCount * 6` values, `[zone * 6 + component]`), m⁻². No allocation. For
    /// checks and single points; passes use ``trilinear(_:at:block:)``.
    public func interpolate(at point: Vector3, into output: UnsafeMutableBufferPointer<Double>) {
        values.withUnsafeBufferPointer { v in
            guard let base = v.baseAddress else { return }
            for b in 0..<(paddedZoneCount / Self.zoneBlock) {
                let s = trilinear(base, at: point, block: b)
                for zone in (b * Self.zoneBlock)..<Swift.min(zoneCount, (b + 1) * Self.zoneBlock) {
                    let l = zone - b * Self.zoneBlock
                    for (k, c) in [s.xx, s.yy, s.zz, s.xy, s.xz, s.yz].enumerated() { output[zone * 6 + k] = Double(c[l]) * scale }
                }
            }
        }
    }

    /// The y-node index of a coordinate, clamped to the grid.
    @inlinable
    public func yNode(_ y: Double) -> Double {
        Swift.min(Swift.max((y - originM.y) / stepM, 0), Double(counts.y - 1))
    }
}
