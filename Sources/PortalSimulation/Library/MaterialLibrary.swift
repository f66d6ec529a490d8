import PortalPhysics

/// A named metal as the library uses it: its electromagnetic properties, its density
/// (to report the mass of metal an object carries) and where the numbers come from.
public struct MaterialEntry: Hashable, Sendable {
    /// Conductivity σ and low-field relative permeability μr.
    public let material: Material
    public let densityKgPerM3: Double
    /// The source or the reasoning behind the values, and how sure they are.
    public let source: String

    public init(_ material: Material, densityKgPerM3: Double, source: String) {
        self.material = material
        self.densityKgPerM3 = densityKgPerM3
        self.source = source
    }

    public var name: String { material.name }
}

/// Named metals with conductivity, low-field relative permeability, density and source.
///
/// Values at room temperature. σ comes from the IACS definition (100 % IACS =
/// 58.0 MS/m) and handbook resistivities (CRC Handbook of Chemistry and Physics; ASM
/// and copper-industry alloy data sheets). For steels and nickel μr is the initial
/// permeability, which varies by a factor of several with grade, cold work and heat
/// treatment: those values are typical, not certain, and say so. Densities of alloys
/// without a data-sheet value are rules of mixtures (Σ wᵢ/ρᵢ)⁻¹ from the nominal
/// composition. A scenario can override any of it.
public enum MaterialLibrary {
    // MARK: Pure metals

    public static let copper = MaterialEntry(
        Material(name: "copper", conductivitySPerM: 5.8e7), densityKgPerM3: 8960,
        source: "IACS: 100 % = 58.0 MS/m (annealed); rolled and electrodeposited foils and PCB copper are within a few per cent")
    public static let aluminium = MaterialEntry(
        Material(name: "aluminium", conductivitySPerM: 3.5e7), densityKgPerM3: 2700,
        source: "1xxx/8xxx foil grades (current collectors, pouch laminate) ~61 % IACS; pure Al 37.7 MS/m (CRC)")
    public static let nickel = MaterialEntry(
        Material(name: "nickel", conductivitySPerM: 1.4e7, relativePermeability: 100), densityKgPerM3: 8900,
        source: "CRC: rho = 6.9 uOhm cm; initial mu_r of annealed Ni 100-600 (uncertain: lower end taken; plated films lower)")
    public static let zinc = MaterialEntry(
        Material(name: "zinc", conductivitySPerM: 1.7e7), densityKgPerM3: 7140,
        source: "CRC: rho = 5.9 uOhm cm")
    public static let silver = MaterialEntry(
        Material(name: "silver", conductivitySPerM: 6.3e7), densityKgPerM3: 10490,
        source: "CRC: rho = 1.59 uOhm cm")
    public static let gold = MaterialEntry(
        Material(name: "gold", conductivitySPerM: 4.1e7), densityKgPerM3: 19300,
        source: "bulk 45 MS/m (CRC); electroplated hard gold lower, ~41 MS/m taken")
    public static let titanium = MaterialEntry(
        Material(name: "titanium", conductivitySPerM: 2.4e6), densityKgPerM3: 4510,
        source: "CP titanium grade 1-2: rho = 42-56 uOhm cm; paramagnetic, mu_r = 1")

    // MARK: Copper alloys

    public static let brass = MaterialEntry(
        Material(name: "brass", conductivitySPerM: 1.5e7), densityKgPerM3: 8440,
        source: "CuZn37 (C27200): ~26 % IACS, data sheet")
    public static let nickelBrass = MaterialEntry(
        Material(name: "nickel-brass", conductivitySPerM: 8.0e6), densityKgPerM3: 8520,
        source: "CuZn20Ni5 (1 EUR ring, 2 EUR centre cladding): estimated ~14 % IACS from CuZn20 (~32 % IACS) plus 5 % Ni; uncertain +/-25 %; density by rule of mixtures")
    public static let cupronickel = MaterialEntry(
        Material(name: "cupronickel", conductivitySPerM: 2.9e6), densityKgPerM3: 8940,
        source: "CuNi25 (C71300): ~5 % IACS (rho ~ 34 uOhm cm); non-magnetic at room temperature (its Curie point is far below 0 C)")
    public static let nordicGold = MaterialEntry(
        Material(name: "nordic-gold", conductivitySPerM: 9.0e6), densityKgPerM3: 7920,
        source: "CuAl5Zn5Sn1 (10/20/50 c): estimated ~15 % IACS from aluminium bronze CuAl5 (~17-19 % IACS); uncertain +/-30 %; density by rule of mixtures")
    public static let phosphorBronze = MaterialEntry(
        Material(name: "phosphor-bronze", conductivitySPerM: 8.5e6), densityKgPerM3: 8800,
        source: "CuSn5-CuSn6 (C51000/C51900) contact springs: 14-15 % IACS, data sheet")
    public static let nickelSilver = MaterialEntry(
        Material(name: "nickel-silver", conductivitySPerM: 3.3e6), densityKgPerM3: 8700,
        source: "CuNi18Zn20 (C75200) shield cans and spring contacts: ~6 % IACS, data sheet; non-magnetic")

    // MARK: Steels

    public static let steel = MaterialEntry(
        Material(name: "steel", conductivitySPerM: 6.0e6, relativePermeability: 100), densityKgPerM3: 7850,
        source: "low-carbon steel: rho = 14-17 uOhm cm; typical; mu_r of steel varies 50-400 with grade and working")
    public static let copperPlatedSteel = MaterialEntry(
        Material(name: "copper-plated-steel", conductivitySPerM: 6.0e6, relativePermeability: 100), densityKgPerM3: 7850,
        source: "the low-carbon steel core of 1/2/5 c coins (94.35 % of the mass); the copper plating (5.65 %) is its own copper part; mu_r typical, uncertain")
    public static let springSteel = MaterialEntry(
        Material(name: "spring-steel", conductivitySPerM: 5.0e6, relativePermeability: 60), densityKgPerM3: 7850,
        source: "music wire / C75-C100 hardened: rho = 18-22 uOhm cm; hardened steel has lower mu_r than mild steel, 30-100 (uncertain)")
    public static let bearingSteel = MaterialEntry(
        Material(name: "bearing-steel", conductivitySPerM: 4.5e6, relativePermeability: 40), densityKgPerM3: 7810,
        source: "AISI 52100 hardened (calibration balls): rho = 21-25 uOhm cm; hardened mu_r 20-80 (uncertain)")
    public static let stainless304 = MaterialEntry(
        Material(name: "stainless-steel", conductivitySPerM: 1.4e6, relativePermeability: 1.02), densityKgPerM3: 7900,
        source: "austenitic 304 annealed: rho = 72 uOhm cm; mu_r 1.00-1.05 annealed, cold work raises it (deformation martensite)")
    public static let stainless316 = MaterialEntry(
        Material(name: "stainless-316", conductivitySPerM: 1.33e6, relativePermeability: 1.01), densityKgPerM3: 8000,
        source: "austenitic 316L (watch cases): rho = 74 uOhm cm; mu_r ~ 1.01")
    public static let stainless301Spring = MaterialEntry(
        Material(name: "stainless-301-spring", conductivitySPerM: 1.4e6, relativePermeability: 3), densityKgPerM3: 7900,
        source: "301 full-hard (keypad domes, springs): rho ~ 72 uOhm cm; cold work makes it partly martensitic, mu_r 2-10 (uncertain)")
    public static let stainless430 = MaterialEntry(
        Material(name: "stainless-430", conductivitySPerM: 1.67e6, relativePermeability: 150), densityKgPerM3: 7750,
        source: "ferritic 430: rho = 60 uOhm cm; ferromagnetic, initial mu_r 100-600 by finish (uncertain)")
    public static let stainless420 = MaterialEntry(
        Material(name: "stainless-420", conductivitySPerM: 1.8e6, relativePermeability: 80), densityKgPerM3: 7740,
        source: "martensitic 420 hardened (blades): rho = 55 uOhm cm; ferromagnetic, mu_r 40-150 when hardened (uncertain)")

    // MARK: Other alloys

    public static let aluminiumAlloy = MaterialEntry(
        Material(name: "aluminium-alloy", conductivitySPerM: 2.5e7), densityKgPerM3: 2700,
        source: "6061-T6 ~43 % IACS (ASM); 6013/7xxx phone frames 30-40 % IACS, uncertain")
    public static let zamak = MaterialEntry(
        Material(name: "zamak", conductivitySPerM: 1.57e7), densityKgPerM3: 6600,
        source: "zinc die-cast ZnAl4 (Zamak 3): ~27 % IACS, die-casting data sheet")
    public static let titanium6Al4V = MaterialEntry(
        Material(name: "titanium-6al-4v", conductivitySPerM: 5.8e5), densityKgPerM3: 4430,
        source: "Ti-6Al-4V (implants): rho = 170-178 uOhm cm; paramagnetic, mu_r = 1")
    public static let cobaltChrome = MaterialEntry(
        Material(name: "cobalt-chrome", conductivitySPerM: 1.05e6), densityKgPerM3: 8300,
        source: "CoCrMo (ASTM F75, femoral heads): rho ~ 90-100 uOhm cm (uncertain); non-magnetic")
    public static let ndfeb = MaterialEntry(
        Material(name: "ndfeb", conductivitySPerM: 6.7e5, relativePermeability: 1.05), densityKgPerM3: 7500,
        source: "sintered NdFeB magnet: rho = 140-160 uOhm cm, recoil mu_r ~ 1.05, B_r 1.1-1.4 T by grade (manufacturer data)")

    /// Every entry, one per name.
    public static let entries: [MaterialEntry] = [
        copper, aluminium, nickel, zinc, silver, gold, titanium,
        brass, nickelBrass, cupronickel, nordicGold, phosphorBronze, nickelSilver,
        steel, copperPlatedSteel, springSteel, bearingSteel,
        stainless304, stainless316, stainless301Spring, stainless430, stainless420,
        aluminiumAlloy, zamak, titanium6Al4V, cobaltChrome, ndfeb,
    ]

    /// The physics materials, in the table's order.
    public static let all: [Material] = entries.map(\.material)

    public static func named(_ name: String) -> Material? { entry(named: name)?.material }

    /// The full entry (density, source) for a name, case-insensitively.
    public static func entry(named name: String) -> MaterialEntry? {
        let key = name.lowercased()
        return entries.first { $0.name == key }
    }

    public static var names: [String] { entries.map(\.name) }
}
