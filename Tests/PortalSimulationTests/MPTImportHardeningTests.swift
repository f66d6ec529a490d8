import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation
import RealModule

/// Imports from MPT-Calculator and MPT-Library: their complex form, a frequency unit,
/// duplicate frequencies, a bound on the rows, CRLF files, and the warning when the run's
/// frequencies lie beyond the table.
struct MPTImportHardeningTests {
    static let material = Material(name: "ref", conductivitySPerM: 6e6, relativePermeability: 1.5)
    static let sphere = Sphere(radiusM: 0.01, material: material)

    /// Frequencies.csv (each line `frequencyText(ω)`) and Tensors.csv for the sphere.
    func write(_ omegas: [Double], in folder: String, lineEnd: String = "\n", bom: Bool = false,
               frequencyText: (Double) -> String = { String(format: "%.18e", $0) },
               complexFormat: String = "(%.18e%+.18ej)") throws -> (String, String) {
        let f = folder + "/Frequencies.csv", t = folder + "/Tensors.csv"
        let prefix = bom ? "\u{FEFF}" : ""
        try (prefix + omegas.map(frequencyText).joined(separator: lineEnd) + lineEnd).write(toFile: f, atomically: true, encoding: .utf8)
        let rows = omegas.map { omega -> String in
            let m = Self.sphere.exactTensor(angularFrequencyRadPerS: omega)
            return (0..<3).flatMap { i in (0..<3).map { j -> String in
                let z = m.component(i, j)
                return String(format: complexFormat, z.real, z.imaginary)
            } }.joined(separator: ",")
        }
        try (prefix + rows.joined(separator: lineEnd) + lineEnd).write(toFile: t, atomically: true, encoding: .utf8)
        return (f, t)
    }

    static let omegas = (0...40).map { Foundation.pow(10, 1 + Double($0) / 10) }      // 10 rad/s to 100 krad/s

    @Test func mptLibraryPlusMinusFormIsRead() {
        #expect(MPTCalculatorSweep.parseComplex("(1.5e-06+-2.5e-07j)")! == (1.5e-6, -2.5e-7))
        #expect(MPTCalculatorSweep.parseComplex("1.5e-06+-2.5e-07j")! == (1.5e-6, -2.5e-7))
        #expect(MPTCalculatorSweep.parseComplex("(2+-0j)")! == (2, 0))
    }

    /// CRLF line ends and a BOM give the very same sweep as LF files (they were one line).
    @Test func crlfAndBomFilesGiveTheSameSweep() throws {
        let lf = try makeScratchDirectory(), crlf = try makeScratchDirectory()
        let (f1, t1) = try write(Self.omegas, in: lf)
        let (f2, t2) = try write(Self.omegas, in: crlf, lineEnd: "\r\n", bom: true, complexFormat: "(%.18e+%.18ej)")
        let a = try MPTCalculatorSweep.load(frequenciesPath: f1, tensorsPath: t1)
        let b = try MPTCalculatorSweep.load(frequenciesPath: f2, tensorsPath: t2)
        #expect(b.angularFrequenciesRadPerS == a.angularFrequenciesRadPerS)
        #expect(b.tensors == a.tensors)
        #expect(b.tensors.count == 41)
    }

    @Test func aFrequencyUnitConvertsToRadiansPerSecond() throws {
        let folder = try makeScratchDirectory()
        // The same table, its frequencies written in Hz.
        let (f, t) = try write(Self.omegas, in: folder, frequencyText: { String(format: "%.18e", $0 / (2 * Double.pi)) })
        let hz = try #require(MPTCalculatorSweep.FrequencyUnit.named("Hz"))
        let sweep = try MPTCalculatorSweep.load(frequenciesPath: f, tensorsPath: t, unit: hz)
        for (read, omega) in zip(sweep.angularFrequenciesRadPerS, Self.omegas) { #expect(read.isApproximatelyEqual(to: omega, relativeTolerance: 1e-14)) }
        #expect(MPTCalculatorSweep.FrequencyUnit.named("kHz")?.radPerSPerUnit == 2 * Double.pi * 1000)
        #expect(MPTCalculatorSweep.FrequencyUnit.named("rad/s")?.radPerSPerUnit == 1)
        #expect(MPTCalculatorSweep.FrequencyUnit.named("mm") == nil)

        // In a scenario: `frequency_unit: Hz`, and a wrong unit is named.
        let scenario = folder + "/s.yaml"
        func decode(_ unit: String) -> [String] {
            try? """
                objects:
                  hz-sphere:
                    parts:
                      - {name: s, import: {frequencies: Frequencies.csv, tensors: Tensors.csv, frequency_unit: \(unit)}}
                """.write(toFile: scenario, atomically: true, encoding: .utf8)
            return diagnostics { () throws(InputErrors) in _ = try ScenarioFile.load(path: scenario) }
        }
        #expect(decode("Hz").isEmpty)
        #expect(decode("mm").first?.contains("objects.hz-sphere.parts[0].import.frequency_unit: unknown frequency unit 'mm'") == true)
    }

    @Test func duplicateFrequenciesAreRefusedAtTheirLine() throws {
        let folder = try makeScratchDirectory()
        let (f, t) = try write([10, 100, 1000, 100, 10000], in: folder)
        let found = diagnostics { () throws(InputErrors) in _ = try MPTCalculatorSweep.load(frequenciesPath: f, tensorsPath: t) }
        #expect(found == ["\(f):4:1: the frequency 1.000000000000000000e+02 rad/s repeats line 2; give each frequency once"])
    }

    /// 200 000 rows took 53 s in the fit (six SVDs of a 400 000-row design); the import is
    /// bounded, with the advice, before any tensor is read (here there is no tensor file).
    @Test func tooManyRowsAreRefusedQuickly() throws {
        let folder = try makeScratchDirectory()
        let n = MPTCalculatorSweep.maximumRows + 1
        let f = folder + "/Frequencies.csv"
        try (1...n).map { String($0) }.joined(separator: "\n").write(toFile: f, atomically: true, encoding: .utf8)
        let found = diagnostics { () throws(InputErrors) in _ = try MPTCalculatorSweep.load(frequenciesPath: f, tensorsPath: folder + "/none.csv") }
        #expect(found == ["\(f): 5001 frequencies; an import takes at most 5000 (a relaxation fit needs a few dozen per decade): thin the sweep"])
    }

    /// A CW frequency beyond the table is warned about, naming the file; one inside is not.
    @Test func runningBeyondTheImportedRangeIsWarned() throws {
        let folder = try makeScratchDirectory()
        _ = try write(Self.omegas, in: folder)        // 1.59 Hz to 15.9 kHz
        func warnings(_ frequencies: String) throws -> [String] {
            let path = folder + "/w.yaml"
            try """
                trials: 10
                portal: {detector: {frequencies: [\(frequencies)]}}
                objects:
                  imported:
                    parts:
                      - {name: s, import: {frequencies: Frequencies.csv, tensors: Tensors.csv}}
                threats: {objects: [imported], locations: [groin]}
                """.write(toFile: path, atomically: true, encoding: .utf8)
            return try ScenarioFile.load(path: path).warnings
        }
        #expect(try warnings("5 kHz").isEmpty)
        #expect(try warnings("2 kHz, 100 kHz") == ["portalsim: warning: \(folder)/Tensors.csv: the imported sweep covers 1.59155 Hz to "
            + "15.9155 kHz, but the detector runs at 100 kHz: there 'imported' is the fit's extrapolation"])
    }
}
