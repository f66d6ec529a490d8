/// A general real 3×3 matrix, stored by rows. Used for rotations (attitudes of objects,
/// orientations of coils); symmetric quantities use ``SymmetricTensor``.
public struct Matrix3: Hashable, Sendable {
    public var r0: Vector3
    public var r1: Vector3
    public var r2: Vector3

    @inlinable
    public init(rows r0: Vector3, _ r1: Vector3, _ r2: Vector3) {
        self.r0 = r0
        self.r1 = r1
        self.r2 = r2
    }

    /// The matrix whose columns are `c0`, `c1`, `c2`.
    @inlinable
    public init(columns c0: Vector3, _ c1: Vector3, _ c2: Vector3) {
        self.init(rows: Vector3(c0.x, c1.x, c2.x), Vector3(c0.y, c1.y, c2.y), Vector3(c0.z, c1.z, c2.z))
    }

    public static let identity = Matrix3(rows: .unitX, .unitY, .unitZ)

    @inlinable public var c0: Vector3 { Vector3(r0.x, r1.x, r2.x) }
    @inlinable public var c1: Vector3 { Vector3(r0.y, r1.y, r2.y) }
    @inlinable public var c2: Vector3 { Vector3(r0.z, r1.z, r2.z) }

    @inlinable public var transposed: Matrix3 { Matrix3(rows: c0, c1, c2) }

    @inlinable public static func * (m: Matrix3, v: Vector3) -> Vector3 {
        Vector3(m.r0.dot(v), m.r1.dot(v), m.r2.dot(v))
    }

    @inlinable public static func * (a: Matrix3, b: Matrix3) -> Matrix3 {
        let (b0, b1, b2) = (b.c0, b.c1, b.c2)
        return Matrix3(rows: Vector3(a.r0.dot(b0), a.r0.dot(b1), a.r0.dot(b2)),
                       Vector3(a.r1.dot(b0), a.r1.dot(b1), a.r1.dot(b2)),
                       Vector3(a.r2.dot(b0), a.r2.dot(b1), a.r2.dot(b2)))
    }

    @inlinable public var determinant: Double { r0.dot(r1.cross(r2)) }

    /// Largest absolute element difference: for comparisons within a tolerance.
    @inlinable public func maxDifference(_ other: Matrix3) -> Double {
        Swift.max((r0 - other.r0).maxMagnitude, (r1 - other.r1).maxMagnitude, (r2 - other.r2).maxMagnitude)
    }
}
