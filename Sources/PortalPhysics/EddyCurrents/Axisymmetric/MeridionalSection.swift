/// A body of revolution about its own z axis, described by its meridional section: the
/// half-plane r ≥ 0 (r the distance from the axis, z along it), made of regions of one
/// material each.
///
/// Coins (core and ring of different alloys, clad layers), washers, rings of
/// rectangular section, cylinders, rods along their axis and cups are unions of
/// axis-aligned rectangles; spheres and spheroids centred on the axis are ellipses. The
/// regions must not overlap; where they touch, they conduct into each other.
public struct MeridionalSection: Hashable, Sendable {
    /// One region of the section.
    public enum Shape: Hashable, Sendable {
        /// rInnerM ≤ r ≤ rOuterM, zLowM ≤ z ≤ zHighM (rInnerM = 0 for a solid body).
        case rectangle(rInnerM: Double, rOuterM: Double, zLowM: Double, zHighM: Double)
        /// (r/a)² + ((z − z₀)/c)² ≤ 1: a spheroid of equatorial semi-axis a and polar
        /// semi-axis c centred on the axis at z₀ (a sphere when a = c).
        case ellipse(semiAxisRM: Double, semiAxisZM: Double, centreZM: Double)
    }

    public struct Region: Hashable, Sendable {
        public let shape: Shape
        public let material: Material

        public init(_ shape: Shape, material: Material) {
            self.shape = shape
            self.material = material
        }
    }

    public let regions: [Region]

    public init(regions: [Region]) { self.regions = regions }

    /// A solid cylinder (a coin, a disk, a rod along its axis), centred at z = 0.
    public static func cylinder(radiusM: Double, lengthM: Double, material: Material) -> MeridionalSection {
        MeridionalSection(regions: [Region(.rectangle(rInnerM: 0, rOuterM: radiusM, zLowM: -lengthM / 2, zHighM: lengthM / 2),
                                           material: material)])
    }

    /// A ring of rectangular section (a washer, a coin's outer ring), centred at z = 0.
    public static func ring(innerRadiusM: Double, outerRadiusM: Double, thicknessM: Double,
                            material: Material) -> MeridionalSection {
        MeridionalSection(regions: [Region(.rectangle(rInnerM: innerRadiusM, rOuterM: outerRadiusM,
                                                      zLowM: -thicknessM / 2, zHighM: thicknessM / 2), material: material)])
    }

    /// A sphere centred at z = 0.
    public static func sphere(radiusM: Double, material: Material) -> MeridionalSection {
        MeridionalSection(regions: [Region(.ellipse(semiAxisRM: radiusM, semiAxisZM: radiusM, centreZM: 0), material: material)])
    }

    /// The regions' bounding box: (largest r, lowest z, highest z).
    public var extent: (rMaxM: Double, zMinM: Double, zMaxM: Double) {
        var rMax = 0.0, zMin = Double.infinity, zMax = -Double.infinity
        for region in regions {
            switch region.shape {
            case .rectangle(_, let r1, let z0, let z1):
                rMax = Swift.max(rMax, r1); zMin = Swift.min(zMin, z0); zMax = Swift.max(zMax, z1)
            case .ellipse(let a, let c, let z0):
                rMax = Swift.max(rMax, a); zMin = Swift.min(zMin, z0 - c); zMax = Swift.max(zMax, z0 + c)
            }
        }
        return (rMax, zMin, zMax)
    }

    /// The volume of metal, m³ (exact for each shape).
    public var volumeM3: Double {
        regions.reduce(0) { total, region in
            switch region.shape {
            case .rectangle(let r0, let r1, let z0, let z1): return total + Double.pi * (r1 * r1 - r0 * r0) * (z1 - z0)
            case .ellipse(let a, let c, _): return total + 4 / 3 * Double.pi * a * a * c
            }
        }
    }

    /// The region holding the point (r, z), if any, and the fraction of a small square
    /// around it that is metal is left to the mesh.
    func regionIndex(rM r: Double, zM z: Double) -> Int? {
        regions.firstIndex { region in
            switch region.shape {
            case .rectangle(let r0, let r1, let z0, let z1):
                return r >= r0 && r <= r1 && z >= z0 && z <= z1
            case .ellipse(let a, let c, let z0):
                let u = r / a, v = (z - z0) / c
                return u * u + v * v <= 1
            }
        }
    }

    /// Why this section cannot be meshed, or nil.
    public var problem: String? {
        if regions.isEmpty { return "a body of revolution needs at least one region" }
        for region in regions {
            let sigma = region.material.conductivitySPerM
            guard sigma.isFinite && sigma > 0 else { return "region of \(region.material.name): conductivity must be finite and positive" }
            switch region.shape {
            case .rectangle(let r0, let r1, let z0, let z1):
                guard [r0, r1, z0, z1].allSatisfy(\.isFinite), r0 >= 0, r1 > r0, z1 > z0 else {
                    return "a rectangle needs 0 <= r_inner < r_outer and z_low < z_high, all finite"
                }
            case .ellipse(let a, let c, let z0):
                guard a.isFinite && c.isFinite && z0.isFinite && a > 0 && c > 0 else {
                    return "an ellipse needs finite positive semi-axes"
                }
            }
        }
        return nil
    }
}
