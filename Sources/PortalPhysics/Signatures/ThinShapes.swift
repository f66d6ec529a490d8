import RealModule

/// A flat disk of radius a and thickness t (a coin, a foil disc), normal along its z, in
/// the fast approximation (``SignatureModel/ellipsoidEquivalent``; the default solves it
/// as a body of revolution, ``RevolvedConductor``).
///
/// Modelled as the oblate spheroid of the same radius and volume, semi-axes
/// (a, a, 3t/4): exact as t → 0, where the inductive limit tends to the thin disk's
/// −8a³/3, and growing in magnitude with thickness as a real disk's does.
public struct ThinDisk: Sendable {
    public let radiusM: Double
    public let thicknessM: Double
    public let material: Material

    public init(radiusM: Double, thicknessM: Double, material: Material) {
        self.radiusM = radiusM
        self.thicknessM = thicknessM
        self.material = material
    }

    public var equivalentEllipsoid: Ellipsoid {
        Ellipsoid(semiAxesM: Vector3(radiusM, radiusM, 0.75 * thicknessM), material: material)
    }
}

/// A rectangular sheet, length along its x, width along y, thickness along z: a
/// battery current-collector foil, a pouch laminate, a PCB copper layer, a metal plate —
/// in the fast approximation (``SignatureModel/ellipsoidEquivalent``; the default solves
/// it as a thin sheet, ``ThinSheetStack``).
///
/// Modelled as the elliptical plate of the same area, aspect ratio and volume,
/// semi-axes (L/√π, W/√π, 3t/4). A thin plate's inductive limit depends mostly on its
/// area (∝ area^{3/2}) and the ellipse keeps it; its eddy-current time constant
/// comes out ∝ μ₀σ × (in-plane size) × thickness, which is why micrometre foils,
/// with τ of nanoseconds to microseconds, are nearly invisible to a slow detector.
public struct RectangularPlate: Sendable {
    public let lengthM: Double
    public let widthM: Double
    public let thicknessM: Double
    public let material: Material

    public init(lengthM: Double, widthM: Double, thicknessM: Double, material: Material) {
        self.lengthM = lengthM
        self.widthM = widthM
        self.thicknessM = thicknessM
        self.material = material
    }

    public var equivalentEllipsoid: Ellipsoid {
        let s = 1 / Double.pi.squareRoot()
        return Ellipsoid(semiAxesM: Vector3(lengthM * s, widthM * s, 0.75 * thicknessM), material: material)
    }
}

/// A solid cylinder much longer than it is wide (a pin, a nail, a key blank, a shoe
/// shank's stiffener), axis along its z, in the fast approximation
/// (``SignatureModel/ellipsoidEquivalent``; the default is ``RevolvedConductor``).
///
/// Modelled as the prolate spheroid of the same length and volume, semi-axes
/// (r√(3/2), r√(3/2), L/2).
public struct Rod: Sendable {
    public let lengthM: Double
    public let radiusM: Double
    public let material: Material

    public init(lengthM: Double, radiusM: Double, material: Material) {
        self.lengthM = lengthM
        self.radiusM = radiusM
        self.material = material
    }

    public var equivalentEllipsoid: Ellipsoid {
        let r = radiusM * 1.5.squareRoot()
        return Ellipsoid(semiAxesM: Vector3(r, r, lengthM / 2), material: material)
    }
}
