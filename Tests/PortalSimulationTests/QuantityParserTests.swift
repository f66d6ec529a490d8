import Testing
@testable import PortalSimulation
import RealModule

struct QuantityParserTests {
    @Test(arguments: [
        ("12 mm", PhysicalDimension.length, 0.012),
        ("12mm", .length, 0.012),
        ("0.8 m", .length, 0.8),
        ("3 cm", .length, 0.03),
        ("15 um", .length, 1.5e-5),
        ("15 µm", .length, 1.5e-5),
        ("15 μm", .length, 1.5e-5),
        ("2 nm", .length, 2e-9),
        ("1.2 km", .length, 1200),
        ("1 in", .length, 0.0254),
        ("2 ft", .length, 0.6096),
        ("-12 mm", .length, -0.012),
        ("+12 mm", .length, 0.012),
        ("50 Hz", .frequency, 50),
        ("5 kHz", .frequency, 5000),
        ("1.5 MHz", .frequency, 1.5e6),
        ("6283 rad/s", .angularFrequency, 6283),
        ("2 krad/s", .angularFrequency, 2000),
        ("2 s", .time, 2),
        ("2 ms", .time, 0.002),
        ("15 us", .time, 1.5e-5),
        ("15 µs", .time, 1.5e-5),
        ("40 ns", .time, 4e-8),
        ("1.5E-3 s", .time, 1.5e-3),
        ("2 min", .time, 120),
        ("1 h", .time, 3600),
        ("1.1 m/s", .speed, 1.1),
        ("3.6 km/h", .speed, 1),
        ("10 cm/s", .speed, 0.1),
        ("6e6 S/m", .conductivity, 6e6),
        ("59.6 MS/m", .conductivity, 5.96e7),
        ("1.4 kS/m", .conductivity, 1400),
        ("8960 kg/m3", .density, 8960),
        ("8960 kg/m³", .density, 8960),
        ("7.85 g/cm3", .density, 7850),
        ("2 A", .current, 2),
        ("5 mA", .current, 0.005),
        ("90 deg", .angle, Double.pi / 2),
        ("90°", .angle, Double.pi / 2),
        ("0.5 rad", .angle, 0.5),
        ("1 kg", .mass, 1),
        ("150 g", .mass, 0.15),
        ("5 mg", .mass, 5e-6),
        ("1 T", .magneticFluxDensity, 1),
        ("3 mT", .magneticFluxDensity, 0.003),
        ("50 uT", .magneticFluxDensity, 5e-5),
        ("50 µT", .magneticFluxDensity, 5e-5),
        ("10 nT", .magneticFluxDensity, 1e-8),
        ("0.25", .dimensionless, 0.25),
        ("25 %", .dimensionless, 0.25),
        ("25%", .dimensionless, 0.25),
        ("  7e2  ", .dimensionless, 700),
    ])
    func parsesEveryDimension(text: String, dimension: PhysicalDimension, expectedSI: Double) throws {
        let value = try QuantityParser.parse(text, as: dimension)
        #expect(value.isApproximatelyEqual(to: expectedSI, relativeTolerance: 1e-12), "\(text) → \(value), expected \(expectedSI)")
    }

    /// A value in a decimal sub-unit is the double nearest the decimal number it names,
    /// as if written in SI: "46.7 mm" is the double of 0.0467, which 46.7 / 1000 is not
    /// (it is one ulp above). The library's objects are written in millimetres and must
    /// mean exactly the numbers they print (``ObjectExport``).
    @Test(arguments: [
        ("46.7 mm", PhysicalDimension.length, "0.0467"), ("12.7 mm", .length, "0.0127"),
        ("0.55 mm", .length, "0.00055"), ("2.25 mm", .length, "0.00225"), ("21.802517290412487 mm", .length, "0.021802517290412487"),
        ("1.5e-3 mm", .length, "1.5e-6"), ("3.3E+1 mm", .length, "0.033"), ("1.2 km", .length, "1200"),
        ("0.7 kHz", .frequency, "700"), ("15 us", .time, "0.000015"), ("7.85 g/cm3", .density, "7850"),
        ("59.6 MS/m", .conductivity, "59600000"), ("5.65 %", .dimensionless, "0.0565"), ("-46.7 mm", .length, "-0.0467"),
    ])
    func decimalSubUnitsAreExact(text: String, dimension: PhysicalDimension, si: String) throws {
        let expected = try #require(Double(si))
        #expect(try QuantityParser.parse(text, as: dimension) == expected, "\(text)")
    }

    @Test func bareZeroNeedsNoUnit() throws {
        #expect(try QuantityParser.parse("0", as: .length) == 0)
        #expect(try QuantityParser.parse("0.0", as: .frequency) == 0)
        let negativeZero = try QuantityParser.parse("-0 mm", as: .length)
        #expect(negativeZero == 0 && negativeZero.sign == .plus)
    }

    @Test func bareNumberIsMissingUnitWithSuggestion() {
        #expect(throws: QuantityError.missingUnit(text: "12", value: 12, expected: .length)) {
            try QuantityParser.parse("12", as: .length)
        }
        let error = QuantityError.missingUnit(text: "12", value: 12, expected: .length)
        #expect(error.description == #"missing unit: write e.g. "12 mm" or "0.012 m""#)
        let speed = QuantityError.missingUnit(text: "1.1", value: 1.1, expected: .speed)
        #expect(speed.description == #"missing unit: write e.g. "1.1 m/s""#)
    }

    @Test func unitOfAnotherDimensionIsNamed() {
        #expect(throws: QuantityError.wrongDimension(text: "12 kg", unit: "kg", found: .mass, expected: .length)) {
            try QuantityParser.parse("12 kg", as: .length)
        }
        let error = QuantityError.wrongDimension(text: "5 kHz", unit: "kHz", found: .frequency, expected: .length)
        #expect(error.description == "'5 kHz' is a frequency, expected a length (m, cm, mm, um, nm, km, in, ft)")
        #expect(throws: QuantityError.wrongDimension(
            text: "5 mm", unit: "mm", found: .length, expected: .dimensionless)) {
            try QuantityParser.parse("5 mm", as: .dimensionless)
        }
        // Angular frequency deliberately does not take Hz.
        #expect(throws: QuantityError.wrongDimension(
            text: "50 Hz", unit: "Hz", found: .frequency, expected: .angularFrequency)) {
            try QuantityParser.parse("50 Hz", as: .angularFrequency)
        }
    }

    @Test func unknownUnitSuggestsTheClosest() {
        let expected = QuantityError.unknownUnit(text: "12 mmm", unit: "mmm", expected: .length, suggestion: "mm")
        #expect(throws: expected) { try QuantityParser.parse("12 mmm", as: .length) }
        #expect(expected.description
            == "unknown unit 'mmm' in '12 mmm'; did you mean 'mm'? (a length takes m, cm, mm, um, nm, km, in, ft)")
        #expect(throws: QuantityError.unknownUnit(
            text: "5 khz", unit: "khz", expected: .frequency, suggestion: "kHz")) {
            try QuantityParser.parse("5 khz", as: .frequency)
        }
        #expect(throws: QuantityError.unknownUnit(
            text: "5 furlongs", unit: "furlongs", expected: .length, suggestion: nil)) {
            try QuantityParser.parse("5 furlongs", as: .length)
        }
    }

    @Test(arguments: ["nan m", "NaN", "inf mm", "-inf m", ".inf", "1e999 m"])
    func nonFiniteNumbersAreRefused(text: String) {
        #expect(throws: QuantityError.notFinite(text: text)) {
            try QuantityParser.parse(text, as: .length)
        }
    }

    @Test func malformedNumbersAreRefused() {
        #expect(throws: QuantityError.hexadecimal(text: "0x10 m")) { try QuantityParser.parse("0x10 m", as: .length) }
        #expect(throws: QuantityError.notANumber(text: "m", expected: .length)) {
            try QuantityParser.parse("m", as: .length)
        }
        #expect(throws: QuantityError.notANumber(text: ". mm", expected: .length)) {
            try QuantityParser.parse(". mm", as: .length)
        }
        #expect(throws: QuantityError.empty(expected: .time)) { try QuantityParser.parse("  ", as: .time) }
    }

    @Test func formatChoosesAReadablePrefix() {
        #expect(QuantityParser.format(0.012, as: .length) == "12 mm")
        #expect(QuantityParser.format(-0.012, as: .length) == "-12 mm")
        #expect(QuantityParser.format(0.75, as: .length) == "750 mm")
        #expect(QuantityParser.format(2.1, as: .length) == "2.1 m")
        #expect(QuantityParser.format(0, as: .length) == "0 m")
        #expect(QuantityParser.format(5000, as: .frequency) == "5 kHz")
        #expect(QuantityParser.format(1.5e-5, as: .time) == "15 µs")
        #expect(QuantityParser.format(1.1, as: .speed) == "1.1 m/s")
        #expect(QuantityParser.format(6e6, as: .conductivity) == "6 MS/m")
        #expect(QuantityParser.format(Double.pi / 2, as: .angle) == "90 deg")
        #expect(QuantityParser.format(5e-5, as: .magneticFluxDensity) == "50 µT")
        #expect(QuantityParser.format(0.25, as: .dimensionless) == "0.25")
        #expect(QuantityParser.format(0.0009999999, as: .length) == "1 mm")
    }

    @Test(arguments: PhysicalDimension.allCases)
    func formatReadsBack(dimension: PhysicalDimension) throws {
        for valueSI in [1.5e-7, 0.012, 0.75, 1, 42.5, 5000, 6e6] {
            let text = QuantityParser.format(valueSI, as: dimension)
            let back = try QuantityParser.parse(text, as: dimension)
            #expect(back.isApproximatelyEqual(to: valueSI, relativeTolerance: 1e-5), "\(valueSI) → \(text) → \(back)")
        }
    }
}
