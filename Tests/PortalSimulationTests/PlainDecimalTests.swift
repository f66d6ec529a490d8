import Testing
@testable import PortalSimulation

/// Numbers are read in plain decimal only: YAML 1.1's octal, base-60, hexadecimal,
/// binary and digit-separator forms changed values silently (`sensitivity: 050` ran at
/// 40, `trials: 020` gave 16, `1:30` gave 90) and `08` was refused confusingly.
struct PlainDecimalTests {
    func problems(_ text: String) -> [String] {
        diagnostics { () throws(InputErrors) in _ = try ScenarioFile.decode(YAMLDocument(text: text, file: "n.yaml")) }
    }

    func scenario(trials: String = "20", sensitivity: String = "50", width: String = "76 cm") -> String {
        """
        name: n
        trials: \(trials)
        portal:
          aperture: {width: \(width)}
          detector: {sensitivity: \(sensitivity)}
        """
    }

    @Test func yaml11IntegerFormsAreRefusedWithTheDecimalSpelling() {
        #expect(problems(scenario(trials: "020")) == ["n.yaml:2:9: trials: write 20, not 020: a leading zero makes a number octal to YAML 1.1 readers (050 is 40)"])
        #expect(problems(scenario(sensitivity: "050")).first?.contains("portal.detector.sensitivity: write 50, not 050") == true)
        #expect(problems(scenario(sensitivity: "08")).first?.contains("write 8, not 08") == true)
        #expect(problems(scenario(sensitivity: "1:30")).first?.contains("'1:30' is a base-60 number") == true)
        #expect(problems(scenario(sensitivity: "0x14")).first?.contains("'0x14' is hexadecimal") == true)
        #expect(problems(scenario(sensitivity: "0b110010")).first?.contains("'0b110010' is binary") == true)
        #expect(problems(scenario(sensitivity: "0o17")).first?.contains("'0o17' is octal") == true)
        #expect(problems(scenario(trials: "1_000")).first?.contains("write 1000, not 1_000") == true)
        #expect(problems(scenario(trials: "-020")).first?.contains("write -20, not -020") == true)
    }

    @Test func plainDecimalsStillRead() throws {
        let file = try ScenarioFile.decode(YAMLDocument(text: scenario(trials: "20", sensitivity: "+65", width: "0.76 m"), file: "n.yaml"))
        #expect(file.trials == 20)
        #expect(file.detector.sensitivity == 65)
        #expect(file.portal?.aperture.widthM == 0.76)
        let zero = try ScenarioFile.decode(YAMLDocument(text: scenario(sensitivity: "0"), file: "n.yaml"))
        #expect(zero.detector.sensitivity == 0)
    }

    /// Doubles: `arrivals_per_hour` and the coil numbers go through the same reader.
    @Test func doublesAreReadTheSameWay() throws {
        func arrivals(_ text: String) throws -> Double? {
            try ScenarioFile.decode(YAMLDocument(text: "arrivals_per_hour: \(text)", file: "a.yaml")).arrivalsPerHour
        }
        #expect(try arrivals("120") == 120)
        #expect(try arrivals("1.5e2") == 150)
        #expect(try arrivals("0.5") == 0.5)
        #expect(try arrivals(".5") == 0.5)
        #expect(problems("arrivals_per_hour: 0120").first?.contains("write 120, not 0120") == true)
        #expect(problems("arrivals_per_hour: 012.5").first?.contains("write 12.5, not 012.5") == true)
        #expect(problems("arrivals_per_hour: 1_200.5").first?.contains("write 1200.5, not 1_200.5") == true)
        #expect(problems("arrivals_per_hour: 2:00").first?.contains("base-60") == true)
    }

    /// The same rule inside quantities: "050 mm" is not 50 mm to every reader's eye.
    @Test func quantitiesRefuseTheSameForms() throws {
        #expect(problems(scenario(width: "050 cm")) == ["n.yaml:4:21: portal.aperture.width: write 50, not 050: a leading zero makes a number octal to YAML 1.1 readers (050 is 40)"])
        #expect(throws: QuantityError.self) { try QuantityParser.parse("1_000 mm", as: .length) }
        #expect(throws: QuantityError.self) { try QuantityParser.parse("0b11 m", as: .length) }
        #expect(throws: QuantityError.self) { try QuantityParser.parse("1:30 min", as: .time) }
        #expect(throws: QuantityError.self) { try QuantityParser.parse("00.5 m", as: .length) }
        #expect(try QuantityParser.parse("0.5 m", as: .length) == 0.5)
        #expect(try QuantityParser.parse("10 mm", as: .length) == 0.01)
        #expect(try QuantityParser.parse("-0.25", as: .dimensionless) == -0.25)
    }
}
