/// Physical constants in SI units.
public enum PhysicalConstants {
    /// Vacuum permeability μ₀ in H/m. The 2019 SI value differs from 4π×10⁻⁷ by
    /// about 1e-10 relative, far below anything this model resolves; the classical
    /// value keeps published closed forms exact.
    public static let mu0: Double = 4e-7 * Double.pi
}
