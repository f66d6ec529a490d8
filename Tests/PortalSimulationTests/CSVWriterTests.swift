import Testing
@testable import PortalSimulation

struct CSVWriterTests {
    @Test func quotingFollowsRFC4180() {
        #expect(CSVWriter.escape("plain") == "plain")
        #expect(CSVWriter.escape("") == "")
        #expect(CSVWriter.escape("a,b") == "\"a,b\"")
        #expect(CSVWriter.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.escape("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.escape("cr\r") == "\"cr\r\"")
        #expect(CSVWriter.escape("crlf\r\nend") == "\"crlf\r\nend\"")
        #expect(CSVWriter.escape("12 µm; ok") == "12 µm; ok")
    }

    @Test(arguments: [
        (5.0, "5"), (-0.0, "0"), (0.0, "0"), (0.1, "0.1"), (-2.5, "-2.5"), (1e-5, "1e-5"),
        (2.5e20, "2.5e20"), (1e16, "1e16"), (123456.789, "123456.789"), (1.0 / 3.0, "0.3333333333333333"),
        (0.1 + 0.2, "0.30000000000000004"), (-1.5e-300, "-1.5e-300"), (4503599627370496.0, "4503599627370496"),
    ])
    func numberFormatting(value: Double, expected: String) {
        #expect(CSVWriter.format(value) == expected)
    }

    @Test func formattedNumbersRoundTrip() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<2000 {
            let bits = generator.next()
            let value = Double(bitPattern: bits)
            guard value.isFinite else { continue }
            let text = CSVWriter.format(value)
            #expect(Double(text) == value || (value == 0 && Double(text) == 0), "\(value) → \(text)")
        }
    }

    @Test func tableText() throws {
        var table = CSVTable(header: ["case", "rate", "count", "note"])
        try table.append(["baseline", 0.95, 100, .empty])
        try table.append([.text("phone, small"), .number(0.125), .integer(-3), "said \"no\""])
        #expect(table.text == """
            case,rate,count,note
            baseline,0.95,100,
            "phone, small",0.125,-3,"said ""no\"\"\"

            """)
    }

    @Test func nonFiniteNumbersAreRefusedWithColumnAndRow() throws {
        var table = CSVTable(header: ["case", "rate"])
        try table.append(["a", 1])
        let error = try #require(throws: CSVError.self) { try table.append(["b", .number(.nan)]) }
        guard case let .nonFiniteNumber(column, row, _) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(column == "rate" && row == 2)
        #expect(error.description == "CSV column 'rate', row 2: refusing to write the non-finite number nan")
        #expect(throws: CSVError.nonFiniteNumber(column: "rate", row: 2, value: .infinity)) {
            try table.append(["c", .number(.infinity)])
        }
        #expect(table.rows.count == 1)
    }

    @Test func rowsMustMatchTheHeader() throws {
        var table = CSVTable(header: ["a", "b"])
        #expect(throws: CSVError.wrongFieldCount(row: 1, expected: 2, got: 3)) { try table.append([1, 2, 3]) }
    }

    @Test func outputIsIdenticalAcrossRenders() throws {
        func build() throws -> String {
            var table = CSVTable(header: ["x", "y"])
            for i in 0..<100 {
                let x = Double(i) * 0.1
                try table.append([.number(x), .number(x * x / 3)])
            }
            return table.text
        }
        #expect(try build() == build())
    }
}

/// A tiny deterministic generator so the round-trip test covers the same bit
/// patterns on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
