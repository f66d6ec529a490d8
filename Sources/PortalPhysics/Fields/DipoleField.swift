/// The field of a point magnetic dipole, H = (3 r̂ (r̂·m) − m) / (4π r³).
///
/// Any current loop looks like this from far away, with m = N I × (vector area); the
/// tests use it as the far-field limit of every coil.
public enum DipoleField {
    /// H (A/m) at `point` of a dipole of moment `momentAm2` placed at `sourceM`.
    public static func field(momentAm2 m: Vector3, at point: Vector3, sourceM: Vector3 = .zero) -> Vector3 {
        let r = point - sourceM
        let d = r.norm
        guard d > 0 else { return .zero }
        let n = r / d
        return (3 * n.dot(m) * n - m) / (4 * Double.pi * d * d * d)
    }

    /// The vector potential A = μ₀ m × r / (4π r³) in T·m.
    public static func vectorPotential(momentAm2 m: Vector3, at point: Vector3, sourceM: Vector3 = .zero) -> Vector3 {
        let r = point - sourceM
        let d = r.norm
        guard d > 0 else { return .zero }
        return (PhysicalConstants.mu0 / (4 * Double.pi * d * d * d)) * m.cross(r)
    }
}
