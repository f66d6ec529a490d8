/// The electromagnetic properties of a metal that decide its signature.
public struct Material: Hashable, Sendable {
    public let name: String
    /// Electrical conductivity σ in S/m.
    public let conductivitySPerM: Double
    /// Relative (initial, low-field) permeability μr; 1 for non-magnetic metals.
    public let relativePermeability: Double

    public init(name: String, conductivitySPerM: Double, relativePermeability: Double = 1) {
        self.name = name
        self.conductivitySPerM = conductivitySPerM
        self.relativePermeability = relativePermeability
    }

    /// Absolute permeability μ = μr μ₀ in H/m.
    public var permeabilityHPerM: Double { relativePermeability * PhysicalConstants.mu0 }
}
