import PortalPhysics

/// Named metals with their conductivity and low-field relative permeability.
///
/// Values at room temperature. Sources: the IACS definition (100 % IACS =
/// 58.0 MS/m) and handbook tables (CRC Handbook of Chemistry and Physics, resistivity of
/// elements and common alloys) for σ; for steel and nickel μr is the initial
/// permeability, which varies by a factor of several with grade and working — the
/// values are typical, not certain, and a scenario can override them.
public enum MaterialLibrary {
    public static let all: [Material] = [
        Material(name: "copper", conductivitySPerM: 5.8e7),                      // 100 % IACS, annealed
        Material(name: "aluminium", conductivitySPerM: 3.5e7),                   // 1xxx foil grade, ~61 % IACS
        Material(name: "aluminium-alloy", conductivitySPerM: 2.5e7),             // 6061-T6, ~43 % IACS
        Material(name: "brass", conductivitySPerM: 1.5e7),                       // CuZn37, ~26 % IACS
        Material(name: "nickel", conductivitySPerM: 1.4e7, relativePermeability: 100), // μr 100–600 (uncertain)
        Material(name: "steel", conductivitySPerM: 6.0e6, relativePermeability: 100),  // low-carbon; μr 50–400
        Material(name: "stainless-steel", conductivitySPerM: 1.4e6, relativePermeability: 1.02), // 304 austenitic, annealed
        Material(name: "zinc", conductivitySPerM: 1.7e7),
        Material(name: "silver", conductivitySPerM: 6.3e7),
        Material(name: "gold", conductivitySPerM: 4.1e7),
        Material(name: "titanium", conductivitySPerM: 2.4e6),
        Material(name: "ndfeb", conductivitySPerM: 6.7e5, relativePermeability: 1.05), // sintered magnet, recoil μr
    ]

    public static func named(_ name: String) -> Material? {
        all.first { $0.name == name.lowercased() }
    }

    public static var names: [String] { all.map(\.name) }
}
