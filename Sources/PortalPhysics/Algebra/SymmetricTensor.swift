/// A real symmetric 3×3 tensor, stored as its six independent components.
///
/// Used for the real and imaginary parts of magnetic polarizability tensors (m³) and
/// for the symmetric sensitivity products of receive and transmit fields.
public struct SymmetricTensor: Hashable, Sendable {
    public var xx: Double, yy: Double, zz: Double
    public var xy: Double, xz: Double, yz: Double

    @inlinable
    public init(xx: Double, yy: Double, zz: Double, xy: Double = 0, xz: Double = 0, yz: Double = 0) {
        self.xx = xx; self.yy = yy; self.zz = zz
        self.xy = xy; self.xz = xz; self.yz = yz
    }

    public static let zero = SymmetricTensor(xx: 0, yy: 0, zz: 0)
    public static let identity = SymmetricTensor(xx: 1, yy: 1, zz: 1)

    /// `diag(a, b, c)`: a tensor in its principal frame.
    @inlinable public static func diagonal(_ a: Double, _ b: Double, _ c: Double) -> SymmetricTensor {
        SymmetricTensor(xx: a, yy: b, zz: c)
    }

    /// The projector `n nᵀ` onto a direction, scaled by `scale`.
    @inlinable public static func outer(_ n: Vector3, scale: Double = 1) -> SymmetricTensor {
        SymmetricTensor(xx: scale * n.x * n.x, yy: scale * n.y * n.y, zz: scale * n.z * n.z,
                        xy: scale * n.x * n.y, xz: scale * n.x * n.z, yz: scale * n.y * n.z)
    }

    /// The symmetric part of the outer product, `(a bᵀ + b aᵀ) / 2`.
    ///
    /// For a symmetric `M`, `aᵀ M b = M : sym(a bᵀ)`: this is how a receive field `a`
    /// and a transmit field `b` combine into one six-component sensitivity.
    @inlinable public static func symmetricOuter(_ a: Vector3, _ b: Vector3) -> SymmetricTensor {
        SymmetricTensor(xx: a.x * b.x, yy: a.y * b.y, zz: a.z * b.z,
                        xy: 0.5 * (a.x * b.y + a.y * b.x),
                        xz: 0.5 * (a.x * b.z + a.z * b.x),
                        yz: 0.5 * (a.y * b.z + a.z * b.y))
    }

    /// The six components in the order xx, yy, zz, xy, xz, yz (the CSV order).
    public var components: [Double] { [xx, yy, zz, xy, xz, yz] }

    @inlinable public var trace: Double { xx + yy + zz }

    @inlinable public var isFinite: Bool {
        xx.isFinite && yy.isFinite && zz.isFinite && xy.isFinite && xz.isFinite && yz.isFinite
    }

    /// The full matrix.
    @inlinable public var matrix: Matrix3 {
        Matrix3(rows: Vector3(xx, xy, xz), Vector3(xy, yy, yz), Vector3(xz, yz, zz))
    }

    @inlinable public static func + (a: SymmetricTensor, b: SymmetricTensor) -> SymmetricTensor {
        SymmetricTensor(xx: a.xx + b.xx, yy: a.yy + b.yy, zz: a.zz + b.zz,
                        xy: a.xy + b.xy, xz: a.xz + b.xz, yz: a.yz + b.yz)
    }
    @inlinable public static func - (a: SymmetricTensor, b: SymmetricTensor) -> SymmetricTensor { a + (-1) * b }
    @inlinable public static func += (a: inout SymmetricTensor, b: SymmetricTensor) { a = a + b }
    @inlinable public static func * (s: Double, a: SymmetricTensor) -> SymmetricTensor {
        SymmetricTensor(xx: s * a.xx, yy: s * a.yy, zz: s * a.zz, xy: s * a.xy, xz: s * a.xz, yz: s * a.yz)
    }

    /// `M v`.
    @inlinable public static func * (m: SymmetricTensor, v: Vector3) -> Vector3 {
        Vector3(m.xx * v.x + m.xy * v.y + m.xz * v.z,
                m.xy * v.x + m.yy * v.y + m.yz * v.z,
                m.xz * v.x + m.yz * v.y + m.zz * v.z)
    }

    /// The bilinear form `aᵀ M b`.
    @inlinable public func bilinear(_ a: Vector3, _ b: Vector3) -> Double { a.dot(self * b) }

    /// The double contraction `M : S = Σᵢⱼ Mᵢⱼ Sᵢⱼ` of two symmetric tensors.
    @inlinable public func contracted(with s: SymmetricTensor) -> Double {
        xx * s.xx + yy * s.yy + zz * s.zz + 2 * (xy * s.xy + xz * s.xz + yz * s.yz)
    }

    /// The Frobenius norm `√(M : M)`.
    @inlinable public var frobeniusNorm: Double { contracted(with: self).squareRoot() }

    /// `R M Rᵀ`: the tensor of a body-frame quantity seen in the fixed frame.
    @inlinable public func rotated(by rotation: Rotation) -> SymmetricTensor {
        let r = rotation.matrix
        // (R M Rᵀ)ᵢⱼ = rᵢ · (M rⱼ) with rᵢ the rows of R.
        let m0 = self * r.r0, m1 = self * r.r1, m2 = self * r.r2
        return SymmetricTensor(xx: r.r0.dot(m0), yy: r.r1.dot(m1), zz: r.r2.dot(m2),
                               xy: r.r0.dot(m1), xz: r.r0.dot(m2), yz: r.r1.dot(m2))
    }

    /// Largest absolute component difference.
    @inlinable public func maxDifference(_ o: SymmetricTensor) -> Double {
        Swift.max(abs(xx - o.xx), abs(yy - o.yy), abs(zz - o.zz),
                  abs(xy - o.xy), abs(xz - o.xz), abs(yz - o.yz))
    }

    /// Largest absolute component.
    @inlinable public var maxMagnitude: Double { maxDifference(.zero) }
}
