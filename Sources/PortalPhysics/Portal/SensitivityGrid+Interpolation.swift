/// The six components of the sensitivity tensors of one block of ``SensitivityGrid/zoneBlock``
/// zones: what the interpolation hands to a channel's contraction.
public struct ZoneBlockTensors {
    public var xx, yy, zz, xy, xz, yz: SensitivityGrid.Block

    @inlinable @inline(__always)
    public init(xx: SensitivityGrid.Block, yy: SensitivityGrid.Block, zz: SensitivityGrid.Block,
                xy: SensitivityGrid.Block, xz: SensitivityGrid.Block, yz: SensitivityGrid.Block) {
        (self.xx, self.yy, self.zz, self.xy, self.xz, self.yz) = (xx, yy, zz, xy, xz, yz)
    }
}

/// The inner loops of a pass: interpolation straight from the stored values through a raw
/// pointer (no bounds checks), inlined into the caller's loop. Index arithmetic wraps:
/// every index is a node of the grid, its components and zones, so it is below
/// `values.count`, itself an `Int`.
extension SensitivityGrid {
    /// The four (x, z) columns around a point, as the offsets of their node iy = 0 in
    /// `values`, and their bilinear weights.
    public struct Columns {
        public var c00, c10, c01, c11: Int
        public var w00, w10, w01, w11: Float

        @inlinable @inline(__always)
        init(c00: Int, c10: Int, c01: Int, c11: Int, w00: Float, w10: Float, w01: Float, w11: Float) {
            (self.c00, self.c10, self.c01, self.c11) = (c00, c10, c01, c11)
            (self.w00, self.w10, self.w01, self.w11) = (w00, w10, w01, w11)
        }
    }

    /// The cell holding `coordinate` (from the origin) along an axis of `n` nodes, and the
    /// fraction across it; clamped to the grid.
    @inlinable @inline(__always)
    public func cell(_ coordinate: Double, _ n: Int) -> (index: Int, fraction: Double) {
        let u = Swift.min(Swift.max(coordinate / stepM, 0), Double(n - 1))
        let i = Swift.min(Int(u), n - 2)
        return (i, u - Double(i))
    }

    @inlinable @inline(__always)
    public func columns(x: Double, z: Double) -> Columns {
        let (ix, fx) = cell(x - originM.x, counts.x)
        let (iz, fz) = cell(z - originM.z, counts.z)
        let nx = counts.x, ny = counts.y, stride = nodeStride
        let c00 = (iz &* nx &+ ix) &* ny &* stride, c10 = c00 &+ ny &* stride
        let c01 = c00 &+ nx &* ny &* stride, c11 = c01 &+ ny &* stride
        return Columns(c00: c00, c10: c10, c01: c01, c11: c11,
                       w00: Float((1 - fx) * (1 - fz)), w10: Float(fx * (1 - fz)),
                       w01: Float((1 - fx) * fz), w11: Float(fx * fz))
    }

    @inlinable @inline(__always)
    static func load(_ v: UnsafePointer<Float>, _ offset: Int) -> Block {
        UnsafeRawPointer(v + offset).loadUnaligned(as: Block.self)
    }

    /// Block `block` of the zones' tensors at y node `node`, interpolated in x and z
    /// between `columns`. `v` is `values`' base address.
    @inlinable @inline(__always)
    public func blend(_ v: UnsafePointer<Float>, _ columns: Columns, node: Int, block: Int) -> ZoneBlockTensors {
        let o = node &* nodeStride &+ block &* Self.zoneBlock, padded = paddedZoneCount
        @inline(__always) func component(_ k: Int) -> Block {
            let ok = o &+ k &* padded
            let a = columns.w00 * Self.load(v, columns.c00 &+ ok) + columns.w10 * Self.load(v, columns.c10 &+ ok)
            let b = columns.w01 * Self.load(v, columns.c01 &+ ok) + columns.w11 * Self.load(v, columns.c11 &+ ok)
            return a + b
        }
        return ZoneBlockTensors(xx: component(0), yy: component(1), zz: component(2),
                                xy: component(3), xz: component(4), yz: component(5))
    }

    /// Block `block` of the zones' tensors at `point`, interpolated trilinearly: linearly
    /// along y in each of the four (x, z) columns around it, then bilinearly between them.
    @inlinable @inline(__always)
    public func trilinear(_ v: UnsafePointer<Float>, at point: Vector3, block: Int) -> ZoneBlockTensors {
        let columns = columns(x: point.x, z: point.z)
        let (iy, fyD) = cell(point.y - originM.y, counts.y)
        let fy = Float(fyD)
        let stride = nodeStride, padded = paddedZoneCount
        let o = iy &* stride &+ block &* Self.zoneBlock
        @inline(__always) func along(_ c: Int) -> Block {
            let a = Self.load(v, c), b = Self.load(v, c &+ stride)
            return a + fy * (b - a)
        }
        @inline(__always) func component(_ k: Int) -> Block {
            let ok = o &+ k &* padded
            let a = columns.w00 * along(columns.c00 &+ ok) + columns.w10 * along(columns.c10 &+ ok)
            let b = columns.w01 * along(columns.c01 &+ ok) + columns.w11 * along(columns.c11 &+ ok)
            return a + b
        }
        return ZoneBlockTensors(xx: component(0), yy: component(1), zz: component(2),
                                xy: component(3), xz: component(4), yz: component(5))
    }
}
