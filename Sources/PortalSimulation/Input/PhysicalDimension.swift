/// The physical dimension a scenario value must have.
///
/// Scenario files are written by people, so every dimensional value carries its unit
/// ("12 mm", "5 kHz"). The dimension says which units are acceptable and how each one
/// converts to SI, which is all the rest of the program ever sees.
public enum PhysicalDimension: String, Sendable, CaseIterable {
    case length
    case frequency
    case angularFrequency
    case time
    case speed
    case conductivity
    case current
    case angle
    case mass
    case magneticFluxDensity
    case voltage
    /// A rate of change of a voltage (a baseline's drift), V/s.
    case voltageRate
    /// Mass per volume, of a material (`density: 8960 kg/m3`).
    case density
    /// An electric charge: a cell's capacity (`capacity: 200 mAh`), C.
    case charge
    /// Charge per area: a cell electrode's capacity per coated side (`2.5 mAh/cm2`), C/m².
    case arealCharge
    case dimensionless

    /// The SI unit symbol values are converted to ("" for dimensionless numbers).
    public var siUnitSymbol: String {
        switch self {
        case .length: "m"
        case .frequency: "Hz"
        case .angularFrequency: "rad/s"
        case .time: "s"
        case .speed: "m/s"
        case .conductivity: "S/m"
        case .current: "A"
        case .angle: "rad"
        case .mass: "kg"
        case .magneticFluxDensity: "T"
        case .voltage: "V"
        case .voltageRate: "V/s"
        case .density: "kg/m3"
        case .charge: "C"
        case .arealCharge: "C/m2"
        case .dimensionless: ""
        }
    }

    /// A human name with its article, for messages: "a length", "an angle".
    public var nameWithArticle: String {
        switch self {
        case .length: "a length"
        case .frequency: "a frequency"
        case .angularFrequency: "an angular frequency"
        case .time: "a time"
        case .speed: "a speed"
        case .conductivity: "a conductivity"
        case .current: "a current"
        case .angle: "an angle"
        case .mass: "a mass"
        case .magneticFluxDensity: "a magnetic flux density"
        case .voltage: "a voltage"
        case .voltageRate: "a voltage rate"
        case .density: "a density"
        case .charge: "a charge"
        case .arealCharge: "a charge per area"
        case .dimensionless: "a dimensionless number"
        }
    }

    /// Every unit symbol accepted for this dimension, with its factor to SI
    /// (`valueSI = number * factorToSI`). Symbols are case-sensitive because SI
    /// prefixes are ("mS" and "MS" differ by 10⁹). Micro is accepted as "u", "µ"
    /// (micro sign) and "μ" (Greek mu), since all three turn up in typed text.
    public var acceptedUnits: [UnitDefinition] {
        switch self {
        case .length:
            [.init("m", 1), .init("cm", 1e-2), .init("mm", 1e-3),
             .init("um", 1e-6, aliases: ["µm", "μm"]), .init("nm", 1e-9), .init("km", 1e3),
             .init("in", 0.0254), .init("ft", 0.3048)]
        case .frequency:
            [.init("Hz", 1), .init("kHz", 1e3), .init("MHz", 1e6)]
        case .angularFrequency:
            // Deliberately no Hz here: a frequency is not an angular frequency, and a
            // silent 2π would hide a real mistake in the scenario.
            [.init("rad/s", 1), .init("krad/s", 1e3)]
        case .time:
            [.init("s", 1), .init("ms", 1e-3), .init("us", 1e-6, aliases: ["µs", "μs"]),
             .init("ns", 1e-9), .init("min", 60), .init("h", 3600)]
        case .speed:
            [.init("m/s", 1), .init("km/h", 1000.0 / 3600.0), .init("cm/s", 1e-2)]
        case .conductivity:
            [.init("S/m", 1), .init("MS/m", 1e6), .init("kS/m", 1e3)]
        case .current:
            [.init("A", 1), .init("mA", 1e-3)]
        case .angle:
            [.init("deg", Double.pi / 180, aliases: ["°"]), .init("rad", 1)]
        case .mass:
            [.init("kg", 1), .init("g", 1e-3), .init("mg", 1e-6)]
        case .magneticFluxDensity:
            [.init("T", 1), .init("mT", 1e-3), .init("uT", 1e-6, aliases: ["µT", "μT"]),
             .init("nT", 1e-9)]
        case .voltage:
            [.init("V", 1), .init("mV", 1e-3), .init("uV", 1e-6, aliases: ["µV", "μV"]), .init("nV", 1e-9)]
        case .voltageRate:
            [.init("V/s", 1), .init("mV/s", 1e-3), .init("uV/s", 1e-6, aliases: ["µV/s", "μV/s"]), .init("nV/s", 1e-9)]
        case .density:
            [.init("kg/m3", 1, aliases: ["kg/m^3", "kg/m³"]), .init("g/cm3", 1e3, aliases: ["g/cm^3", "g/cm³"])]
        case .charge:
            [.init("C", 1), .init("mAh", 3.6), .init("Ah", 3600)]
        case .arealCharge:
            [.init("C/m2", 1, aliases: ["C/m^2", "C/m²"]), .init("mAh/cm2", 36_000, aliases: ["mAh/cm^2", "mAh/cm²"])]
        case .dimensionless:
            [.init("%", 1e-2)]
        }
    }

    /// The widest range any scenario value of this dimension may take, in SI: every
    /// quantity read from a file is checked against it (and against its key's own,
    /// usually narrower, range), so that an absurd magnitude (a coil centre at 1e308 m,
    /// 9.2e21 Hz, a 1e14 s gate) is refused at decode time, naming the key, rather than
    /// overflowing somewhere in the physics. The bounds are a walk-through portal's world:
    /// a hall is tens of metres, eddy-current detectors and wands run at tens of Hz to
    /// MHz, a screening stage takes seconds to hours. docs/scenario-format.md lists them.
    public var physicalRange: AllowedRange {
        switch self {
        case .length: .within(-100...100)
        case .frequency: .within(0...1e7)
        case .angularFrequency: .within(0...2 * Double.pi * 1e7)
        case .time: .within(0...86_400)
        case .speed: .within(0...10)
        case .conductivity: .within(0...1e8)
        case .current: .within(-1000...1000)
        // One turn either way; a hair wider than 2π so that "360 deg" itself is allowed.
        case .angle: .within(-Self.fullTurnRad...Self.fullTurnRad)
        case .mass: .within(0...1000)
        case .magneticFluxDensity: .within(-10...10)
        case .voltage: .within(-1000...1000)
        case .voltageRate: .within(-1000...1000)
        // Osmium, the densest element, is 22.6 g/cm3.
        case .density: .within(0...30_000)
        // A phone cell holds thousands of mAh; 100 Ah is a car battery's.
        case .charge: .within(0...360_000)
        // Lithium-ion electrodes carry 1–6 mAh/cm² per side.
        case .arealCharge: .within(0...36_000 * 20)
        case .dimensionless: .any
        }
    }

    /// 360°, with room for the rounding of 360 × π/180.
    static let fullTurnRad = 2 * Double.pi * (1 + 1e-12)

    /// The unit a person would most likely mean, used to suggest a fix for a bare
    /// number ("12" as a length → "12 mm").
    var typicalUnit: UnitDefinition? {
        switch self {
        case .length: acceptedUnits.first { $0.symbol == "mm" }
        case .frequency: acceptedUnits.first { $0.symbol == "kHz" }
        case .time: acceptedUnits.first { $0.symbol == "ms" }
        case .conductivity: acceptedUnits.first { $0.symbol == "MS/m" }
        case .angle: acceptedUnits.first { $0.symbol == "deg" }
        case .magneticFluxDensity: acceptedUnits.first { $0.symbol == "uT" }
        case .voltage: acceptedUnits.first { $0.symbol == "uV" }
        case .voltageRate: acceptedUnits.first { $0.symbol == "uV/s" }
        case .density: acceptedUnits.first { $0.symbol == "kg/m3" }
        case .charge: acceptedUnits.first { $0.symbol == "mAh" }
        case .arealCharge: acceptedUnits.first { $0.symbol == "mAh/cm2" }
        case .angularFrequency, .speed, .current, .mass, .dimensionless: nil
        }
    }

    /// Units used when printing a value: SI prefixes only, smallest first, so that a
    /// summary reads "12 mm" rather than "0.012 m" (see `QuantityParser.format`).
    var displayUnits: [UnitDefinition] {
        switch self {
        case .length:
            [.init("nm", 1e-9), .init("µm", 1e-6), .init("mm", 1e-3), .init("m", 1), .init("km", 1e3)]
        case .frequency:
            [.init("Hz", 1), .init("kHz", 1e3), .init("MHz", 1e6)]
        case .angularFrequency:
            [.init("rad/s", 1), .init("krad/s", 1e3)]
        case .time:
            [.init("ns", 1e-9), .init("µs", 1e-6), .init("ms", 1e-3), .init("s", 1)]
        case .speed:
            [.init("m/s", 1)]
        case .conductivity:
            [.init("S/m", 1), .init("kS/m", 1e3), .init("MS/m", 1e6)]
        case .current:
            [.init("mA", 1e-3), .init("A", 1)]
        case .angle:
            [.init("deg", Double.pi / 180)]
        case .mass:
            [.init("mg", 1e-6), .init("g", 1e-3), .init("kg", 1)]
        case .magneticFluxDensity:
            [.init("nT", 1e-9), .init("µT", 1e-6), .init("mT", 1e-3), .init("T", 1)]
        case .voltage:
            [.init("nV", 1e-9), .init("µV", 1e-6), .init("mV", 1e-3), .init("V", 1)]
        case .voltageRate:
            [.init("nV/s", 1e-9), .init("µV/s", 1e-6), .init("mV/s", 1e-3), .init("V/s", 1)]
        case .density:
            [.init("kg/m3", 1)]
        case .charge:
            [.init("mAh", 3.6)]
        case .arealCharge:
            [.init("mAh/cm2", 36_000)]
        case .dimensionless:
            [.init("", 1)]
        }
    }

    /// The accepted unit symbols, for messages: "m, cm, mm, um, nm, km, in, ft".
    public var acceptedUnitList: String {
        let symbols = acceptedUnits.map(\.symbol)
        return self == .dimensionless
            ? (["a bare number"] + symbols).joined(separator: ", ")
            : symbols.joined(separator: ", ")
    }

    /// The definition of `symbol` (or one of its aliases) in this dimension, if any.
    func unit(for symbol: String) -> UnitDefinition? {
        acceptedUnits.first { $0.matches(symbol) }
    }
}

/// One unit symbol and its conversion to SI.
public struct UnitDefinition: Hashable, Sendable {
    /// The canonical symbol, as listed in messages ("um").
    public let symbol: String
    /// Other spellings accepted for the same unit ("µm", "μm").
    public let aliases: [String]
    /// Multiply a number in this unit by `factorToSI` to get SI.
    public let factorToSI: Double

    /// The n of a unit whose factor is exactly 10ⁿ ("mm": −3, "kHz": 3, "%": −2), nil
    /// for any other factor.
    let powerOfTen: Int?

    /// The value of the decimal `numberText` (already read as `number`) in SI.
    ///
    /// For a unit of factor 10ⁿ the decimal point is moved, not multiplied: "46.7 mm"
    /// is the double nearest 0.0467, as it would be if written in metres (46.7 / 1000 is
    /// one ulp above it). Other factors multiply.
    func toSI(_ numberText: Substring, _ number: Double) -> Double {
        guard let powerOfTen else { return number * factorToSI }
        let parts = numberText.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false) }
        let exponent = parts.count == 2 ? Int(parts[1]) : 0
        guard let exponent, let shifted = Double("\(parts[0])e\(exponent + powerOfTen)") else { return number * factorToSI }
        return shifted
    }

    init(_ symbol: String, _ factorToSI: Double, aliases: [String] = []) {
        self.symbol = symbol
        self.factorToSI = factorToSI
        self.aliases = aliases
        self.powerOfTen = (-24...24).first { Double("1e\($0)") == factorToSI }
    }

    /// Whether `text` is this unit's symbol or one of its aliases (case-sensitive).
    func matches(_ text: String) -> Bool {
        text == symbol || aliases.contains(text)
    }
}
