import RealModule

/// The geomagnetic field at the screening point: what magnetises the steel a walker
/// carries, so that a passive ferromagnetic detector sees it.
///
/// Given by its total intensity F and inclination I (the dip below the horizontal,
/// positive downwards as in the northern hemisphere). Its horizontal part F cos I points
/// to magnetic north; its vertical part F sin I points down. Declination does not
/// enter: the walking direction is given as an azimuth from magnetic north.
public struct EarthField: Hashable, Sendable {
    public var totalIntensityT: Double
    public var inclinationRad: Double

    public init(totalIntensityT: Double, inclinationRad: Double) {
        self.totalIntensityT = totalIntensityT
        self.inclinationRad = inclinationRad
    }

    /// 49 µT at 65° inclination: a round value for northern France, the Benelux,
    /// Germany and southern England, where the main field is 47–50 µT and dips 62–68°
    /// (World Magnetic Model, epoch 2025, from memory; a steel-framed building changes
    /// the local value by several µT and some degrees, which matters no more than this).
    public static let northernEurope = EarthField(totalIntensityT: 49e-6, inclinationRad: 65 * Double.pi / 180)

    /// F cos I, towards magnetic north.
    public var horizontalT: Double { totalIntensityT * Double.cos(inclinationRad) }
    /// F sin I, downwards.
    public var verticalDownT: Double { totalIntensityT * Double.sin(inclinationRad) }

    /// B (T) in the portal frame (x across, y the walking direction, z up) when people
    /// walk along the azimuth `walkingAzimuthRad`, measured from magnetic north towards
    /// east (0: walking north, π/2: walking east).
    ///
    /// The portal's y is (sin α, cos α, 0) in (east, north, up) and x = y × z is
    /// (cos α, −sin α, 0), so magnetic north is (−sin α, cos α, 0) in the portal frame:
    /// walking east, north lies to the walker's left.
    public func fluxDensityT(walkingAzimuthRad azimuth: Double) -> Vector3 {
        let h = horizontalT
        return Vector3(-h * Double.sin(azimuth), h * Double.cos(azimuth), -verticalDownT)
    }

    /// H = B / μ₀ (A/m) in the portal frame: the field a magnetic polarizability tensor
    /// multiplies. 49 µT is 39 A/m.
    public func fieldAPerM(walkingAzimuthRad azimuth: Double) -> Vector3 {
        fluxDensityT(walkingAzimuthRad: azimuth) / PhysicalConstants.mu0
    }
}
