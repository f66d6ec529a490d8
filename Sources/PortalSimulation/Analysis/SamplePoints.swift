import PortalPhysics

/// Where to sample a field: along a line, on a plane across the portal, or at listed points.
public enum SamplePoints: Sendable {
    case line(from: Vector3, to: Vector3, count: Int)
    /// A plane normal to an axis at a fixed coordinate, sampled on a regular grid over
    /// the given ranges of the two other coordinates (in x, y, z order).
    case plane(axis: Axis, atM: Double, first: ClosedRange<Double>, second: ClosedRange<Double>, counts: (Int, Int))
    case list([Vector3])

    public enum Axis: String, CaseIterable, Sendable { case x, y, z }

    /// A plane through the portal covering the aperture, the panels and a margin
    /// around them: what one wants to see of a portal by default.
    public static func plane(axis: Axis, atM: Double, around aperture: Aperture, counts: (Int, Int)) -> SamplePoints {
        let across = -(aperture.widthM / 2 + 0.1)...(aperture.widthM / 2 + 0.1)
        let along = -(aperture.panelDepthM / 2 + 0.3)...(aperture.panelDepthM / 2 + 0.3)
        let height = 0.0...(aperture.heightM + 0.05)
        switch axis {
        case .x: return .plane(axis: axis, atM: atM, first: along, second: height, counts: counts)
        case .y: return .plane(axis: axis, atM: atM, first: across, second: height, counts: counts)
        case .z: return .plane(axis: axis, atM: atM, first: across, second: along, counts: counts)
        }
    }

    /// The points, in a fixed order (the second in-plane coordinate varies slowest, so
    /// gnuplot's blank-line-separated blocks are rows of constant height).
    public var points: [Vector3] {
        switch self {
        case .line(let a, let b, let count):
            guard count > 1 else { return [a] }
            return (0..<count).map { a + (Double($0) / Double(count - 1)) * (b - a) }
        case .plane(let axis, let c, let first, let second, let counts):
            var result: [Vector3] = []
            for j in 0..<counts.1 {
                let v = Self.step(second, j, counts.1)
                for i in 0..<counts.0 {
                    let u = Self.step(first, i, counts.0)
                    switch axis {
                    case .x: result.append(Vector3(c, u, v))
                    case .y: result.append(Vector3(u, c, v))
                    case .z: result.append(Vector3(u, v, c))
                    }
                }
            }
            return result
        case .list(let points):
            return points
        }
    }

    static func step(_ range: ClosedRange<Double>, _ i: Int, _ n: Int) -> Double {
        n > 1 ? range.lowerBound + (range.upperBound - range.lowerBound) * Double(i) / Double(n - 1) : range.lowerBound
    }
}
