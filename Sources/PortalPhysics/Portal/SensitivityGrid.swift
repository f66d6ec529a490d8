/// The zones' sensitivity products precomputed on a regular grid over the walking
/// volume, so that a pass costs an interpolation per sample instead of a Biot–Savart
/// sum over every coil segment.
///
/// Storage is point-major, with y (the walking direction) varying fastest: at each grid
/// node the six components of every zone lie together, and consecutive samples of a
/// walk read neighbouring memory, which keeps the interpolation out of main memory. Trilinear
/// interpolation of fields that vary on the scale d of the distance to the nearest
/// wire errs by about (h/d)²/8: with the default 2.5 cm step, under 1 % for points at
/// least 10 cm from any wire, which every body location inside the aperture is.
/// Points outside the grid read the nearest face: harmless along y, where the grid
/// extends past the walk and the fields are small, but in x and z the faces are the
/// aperture's edges, so callers keep points inside (walkers stay within the aperture).
public struct SensitivityGrid: Sendable {
    public let zoneCount: Int
    public let originM: Vector3
    public let stepM: Double
    public let counts: (x: Int, y: Int, z: Int)
    /// `[((iz * nx + ix) * ny + iy) * stride + zone * 6 + component]`, components in
    /// the order xx, yy, zz, xy, xz, yz.
    public let values: [Double]
    var stride: Int { zoneCount * 6 }

    /// Samples `portal` over x ∈ [−xHalf, xHalf], y ∈ [−yHalf, yHalf], z ∈ [0, zTop].
    /// `evaluate` runs the rows of constant height, possibly in parallel; it is given
    /// the number of height rows and a closure filling one.
    public init(portal: Portal, xHalfM: Double, yHalfM: Double, zTopM: Double, stepM: Double = 0.025,
                forEachRow: (Int, @Sendable @escaping (Int) -> [Double]) -> [[Double]] = { n, row in (0..<n).map(row) }) {
        let nx = Int((2 * xHalfM / stepM).rounded(.up)) + 1
        let ny = Int((2 * yHalfM / stepM).rounded(.up)) + 1
        let nz = Int((zTopM / stepM).rounded(.up)) + 1
        let origin = Vector3(-xHalfM, -yHalfM, 0)
        let zones = portal.zones.count
        let rows = forEachRow(nz) { iz in
            var row = [Double]()
            row.reserveCapacity(nx * ny * zones * 6)
            for ix in 0..<nx {
                for iy in 0..<ny {
                    let p = origin + stepM * Vector3(Double(ix), Double(iy), Double(iz))
                    for s in portal.sensitivities(at: p) {
                        row.append(contentsOf: [s.xx, s.yy, s.zz, s.xy, s.xz, s.yz])
                    }
                }
            }
            return row
        }
        self.zoneCount = zones
        self.originM = origin
        self.stepM = stepM
        self.counts = (nx, ny, nz)
        self.values = rows.flatMap { $0 }
    }

    /// The interpolated sensitivity of every zone at `point`, written into `output`
    /// (`zoneCount * 6` values, the grid's component order). No allocation.
    @inlinable
    public func interpolate(at point: Vector3, into output: UnsafeMutableBufferPointer<Double>) {
        func cell(_ coordinate: Double, _ n: Int) -> (Int, Double) {
            let u = Swift.min(Swift.max(coordinate / stepM, 0), Double(n - 1))
            let i = Swift.min(Int(u), n - 2)
            return (i, u - Double(i))
        }
        let (ix, fx) = cell(point.x - originM.x, counts.x)
        let (iy, fy) = cell(point.y - originM.y, counts.y)
        let (iz, fz) = cell(point.z - originM.z, counts.z)
        let stride = zoneCount * 6
        let nx = counts.x, ny = counts.y
        // The four (x, z) columns around the point; along each, nodes iy and iy + 1 are
        // `stride` apart, so one pass over the components reads eight contiguous runs.
        func column(_ dx: Int, _ dz: Int) -> Int { (((iz + dz) * nx + (ix + dx)) * ny + iy) * stride }
        let c00 = column(0, 0), c10 = column(1, 0), c01 = column(0, 1), c11 = column(1, 1)
        let w00 = (1 - fx) * (1 - fz), w10 = fx * (1 - fz), w01 = (1 - fx) * fz, w11 = fx * fz
        values.withUnsafeBufferPointer { v in
            for k in 0..<stride {
                let a00 = v[c00 + k] + fy * (v[c00 + stride + k] - v[c00 + k])
                let a10 = v[c10 + k] + fy * (v[c10 + stride + k] - v[c10 + k])
                let a01 = v[c01 + k] + fy * (v[c01 + stride + k] - v[c01 + k])
                let a11 = v[c11 + k] + fy * (v[c11 + stride + k] - v[c11 + k])
                output[k] = w00 * a00 + w10 * a10 + w01 * a01 + w11 * a11
            }
        }
    }

    /// The y-node index of a coordinate, clamped to the grid.
    @inlinable
    public func yNode(_ y: Double) -> Double {
        Swift.min(Swift.max((y - originM.y) / stepM, 0), Double(counts.y - 1))
    }

    /// For a walk at fixed x and z: the sensitivities of every zone, interpolated in x
    /// and z, at each y node in `nodes`, written to `output[(j − nodes.lowerBound) *
    /// zoneCount * 6 + …]`. A pass then needs only a linear interpolation along y per
    /// sample (see `PassSimulator`). No allocation.
    @inlinable
    public func blendColumns(x: Double, z: Double, nodes: ClosedRange<Int>, into output: UnsafeMutableBufferPointer<Double>) {
        func cell(_ coordinate: Double, _ n: Int) -> (Int, Double) {
            let u = Swift.min(Swift.max(coordinate / stepM, 0), Double(n - 1))
            let i = Swift.min(Int(u), n - 2)
            return (i, u - Double(i))
        }
        let (ix, fx) = cell(x - originM.x, counts.x)
        let (iz, fz) = cell(z - originM.z, counts.z)
        let stride = zoneCount * 6
        let nx = counts.x, ny = counts.y
        func column(_ dx: Int, _ dz: Int) -> Int { (((iz + dz) * nx + (ix + dx)) * ny) * stride }
        let c00 = column(0, 0), c10 = column(1, 0), c01 = column(0, 1), c11 = column(1, 1)
        let w00 = (1 - fx) * (1 - fz), w10 = fx * (1 - fz), w01 = (1 - fx) * fz, w11 = fx * fz
        values.withUnsafeBufferPointer { v in
            for j in nodes {
                let o = (j - nodes.lowerBound) * stride, node = j * stride
                for k in 0..<stride {
                    output[o + k] = w00 * v[c00 + node + k] + w10 * v[c10 + node + k]
                        + w01 * v[c01 + node + k] + w11 * v[c11 + node + k]
                }
            }
        }
    }
}
