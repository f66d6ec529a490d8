import Foundation
import PortalPhysics

/// Reads a tensor sweep written by MPT-Calculator (Ledger, Wilson et al.): the files
/// `Frequencies.csv` (one angular frequency per line, rad/s) and `Tensors.csv` (one row
/// per frequency, the 3×3 complex tensor by rows, nine values such as
/// `(1.26e-06+1.61e-06j)` or MPT-Library's `(1.26e-06+-1.61e-06j)`, convention
/// e^{−iωt}, m³). Frequencies are angular (rad/s) unless the import names another unit
/// (`frequency_unit: Hz`); each may appear once.
///
/// The tensors must be symmetric (to 1e-6 of the row's largest entry; the symmetric
/// part is kept). The sweep is then fitted with a relaxation spectrum
/// (``RelaxationFit``), which must reproduce it to `maximumResidual`, so that an
/// imported part serves continuous-wave and pulse detectors like any other
/// (docs/physics.md#solvers).
public struct MPTCalculatorSweep: Sendable {
    public let angularFrequenciesRadPerS: [Double]
    public let tensors: [ComplexSymmetricTensor]

    public static let maximumResidual = 0.01
    /// Physical sweeps fit with weights a few times the table; noise needs a million times
    /// (see ``RelaxationFit``).
    public static let maximumAmplification = 1000.0

    /// The most rows an import may have. The fit's cost is linear in the rows but large:
    /// the design has two rows per frequency and some 60 columns, and GSL's truncated-SVD
    /// solve decomposes it afresh for each of the six tensor components (200 000 rows took
    /// 53 s, 5 000 about 3 s). A relaxation spectrum needs a few dozen frequencies per
    /// decade, so a longer sweep is refused with that advice rather than fitted slowly.
    public static let maximumRows = 5_000

    /// The sweep in `frequenciesPath` and `tensorsPath`, the frequencies in `unit`
    /// (rad/s, MPT-Calculator's, unless the import says otherwise).
    public static func load(frequenciesPath: String, tensorsPath: String,
                            unit: FrequencyUnit = .radiansPerSecond) throws(InputErrors) -> MPTCalculatorSweep {
        var frequencies: [Double] = []
        var firstLine: [Double: Int] = [:]
        for (line, number) in try readLines(frequenciesPath) {
            for token in line.split(separator: ",") {
                let text = token.trimmingCharacters(in: .whitespaces)
                let location = SourceLocation(file: frequenciesPath, line: number, column: 1)
                guard let value = Double(text), value.isFinite, value > 0 else {
                    throw InputErrors(InputDiagnostic(location: location,
                                                      message: "expected a positive frequency in \(unit.symbol), got '\(text)'"))
                }
                if let earlier = firstLine[value] {
                    throw InputErrors(InputDiagnostic(location: location,
                        message: "the frequency \(text) \(unit.symbol) repeats line \(earlier); give each frequency once"))
                }
                firstLine[value] = location.line
                frequencies.append(value * unit.radPerSPerUnit)
            }
        }
        if frequencies.count > maximumRows {
            throw InputErrors(InputDiagnostic(file: frequenciesPath, message:
                "\(frequencies.count) frequencies; an import takes at most \(maximumRows) (a relaxation fit needs a few dozen per decade): thin the sweep"))
        }
        var tensors: [ComplexSymmetricTensor] = []
        for (line, number) in try readLines(tensorsPath) {
            let tokens = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let location = SourceLocation(file: tensorsPath, line: number, column: 1)
            guard tokens.count == 9 else {
                throw InputErrors(InputDiagnostic(location: location, message: "expected 9 complex values (a 3×3 tensor by rows), got \(tokens.count)"))
            }
            var entries: [(re: Double, im: Double)] = []
            for token in tokens {
                guard let z = parseComplex(token) else {
                    throw InputErrors(InputDiagnostic(location: location, message: "not a complex number: '\(token)' (expected e.g. (1.2e-06+3.4e-07j))"))
                }
                entries.append(z)
            }
            let largest = entries.map { Swift.max(abs($0.re), abs($0.im)) }.max() ?? 0
            for (i, j) in [(0, 1), (0, 2), (1, 2)] {
                let a = entries[3 * i + j], b = entries[3 * j + i]
                if Swift.max(abs(a.re - b.re), abs(a.im - b.im)) > 1e-6 * largest {
                    throw InputErrors(InputDiagnostic(location: location, message: "the tensor is not symmetric (entries \(i + 1),\(j + 1) and \(j + 1),\(i + 1) differ)"))
                }
            }
            func part(_ pick: ((re: Double, im: Double)) -> Double) -> SymmetricTensor {
                let e = entries.map(pick)
                return SymmetricTensor(xx: e[0], yy: e[4], zz: e[8], xy: (e[1] + e[3]) / 2, xz: (e[2] + e[6]) / 2, yz: (e[5] + e[7]) / 2)
            }
            tensors.append(ComplexSymmetricTensor(real: part { $0.re }, imaginary: part { $0.im }))
        }
        guard frequencies.count == tensors.count else {
            throw InputErrors(InputDiagnostic(file: tensorsPath,
                message: "\(tensors.count) tensors but \(frequencies.count) frequencies in \(frequenciesPath): one row per frequency"))
        }
        return MPTCalculatorSweep(angularFrequenciesRadPerS: frequencies, tensors: tensors)
    }

    /// The sweep as a relaxation spectrum; an error names the files when the fit fails
    /// or does not reproduce the table.
    public func relaxationFit(describedAs source: String) throws(InputErrors) -> RelaxationFit {
        let fit: RelaxationFit
        do {
            fit = try RelaxationFit(angularFrequenciesRadPerS: angularFrequenciesRadPerS, tensors: tensors)
        } catch {
            throw InputErrors(InputDiagnostic(file: source, message: "cannot fit a relaxation spectrum: \(error)"))
        }
        guard fit.largestRelativeResidual <= Self.maximumResidual, fit.weightAmplification <= Self.maximumAmplification else {
            throw InputErrors(InputDiagnostic(file: source, message:
                "the sweep is not a smooth relaxation response (fit residual \(Self.rounded(fit.largestRelativeResidual)), weights \(Self.rounded(fit.weightAmplification))× the table): is it in the e^(-iωt) convention, Im ≥ 0, with frequencies in rad/s?"))
        }
        return fit
    }

    static func rounded(_ x: Double) -> String { NumberFormat.shortest(NumberFormat.rounded(x, significantDigits: 2)) }

    /// `(a+bj)`, `a+bj`, `a-bj`, `bj`, `a` (numpy's and Python's complex formats), and
    /// `(a+-bj)`, which MPT-Library writes for a negative imaginary part.
    static func parseComplex(_ token: String) -> (re: Double, im: Double)? {
        var text = Substring(token.replacingOccurrences(of: "+-", with: "-"))
        if text.hasPrefix("(") && text.hasSuffix(")") { text = text.dropFirst().dropLast() }
        if let value = Double(text), value.isFinite { return (value, 0) }
        guard text.hasSuffix("j") || text.hasSuffix("J") else { return nil }
        text = text.dropLast()
        // The split is at the last sign that is not part of an exponent.
        var split: Substring.Index?
        var i = text.endIndex
        while i > text.startIndex {
            i = text.index(before: i)
            let c = text[i]
            if (c == "+" || c == "-") && i > text.startIndex {
                let before = text[text.index(before: i)]
                if before != "e" && before != "E" { split = i; break }
            }
        }
        guard let split else {
            guard let im = Double(text), im.isFinite else { return nil }
            return (0, im)
        }
        guard let re = Double(text[..<split]), let im = Double(text[split...]), re.isFinite, im.isFinite else { return nil }
        return (re, im)
    }

    /// Non-empty lines with their 1-based numbers.
    static func readLines(_ path: String) throws(InputErrors) -> [(String, Int)] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw InputErrors(InputDiagnostic(file: path, message: "cannot read the file"))
        }
        let lines = TextLines.lines(of: text).enumerated()
            .map { (String($0.element).trimmingCharacters(in: .whitespacesAndNewlines), $0.offset + 1) }
            .filter { !$0.0.isEmpty && !$0.0.hasPrefix("#") }
        if lines.isEmpty { throw InputErrors(InputDiagnostic(file: path, message: "the file is empty")) }
        return lines
    }
}

extension MPTCalculatorSweep {
    /// The unit of an import's `Frequencies.csv`: angular (MPT-Calculator's rad/s) or
    /// cyclic (Hz, kHz, MHz; ω = 2πf).
    public struct FrequencyUnit: Sendable, Hashable {
        public let symbol: String
        /// ω in rad/s of one of this unit.
        public let radPerSPerUnit: Double

        public static let radiansPerSecond = FrequencyUnit(symbol: "rad/s", radPerSPerUnit: 1)

        /// The unit named `symbol`: any angular-frequency or frequency unit scenarios accept.
        public static func named(_ symbol: String) -> FrequencyUnit? {
            if let unit = PhysicalDimension.angularFrequency.unit(for: symbol) {
                return FrequencyUnit(symbol: unit.symbol, radPerSPerUnit: unit.factorToSI)
            }
            if let unit = PhysicalDimension.frequency.unit(for: symbol) {
                return FrequencyUnit(symbol: unit.symbol, radPerSPerUnit: 2 * Double.pi * unit.factorToSI)
            }
            return nil
        }

        /// Every symbol `named` accepts, for messages.
        public static var symbols: [String] {
            (PhysicalDimension.angularFrequency.acceptedUnits + PhysicalDimension.frequency.acceptedUnits).map(\.symbol)
        }
    }

    /// The range of angular frequencies the table covers, and the file, for the warning
    /// when a run's frequencies lie beyond it (the fit extrapolates there: at 1 MHz a fit
    /// of data ending at 159 kHz was 4 % off).
    public var coveredRange: ClosedRange<Double> {
        (angularFrequenciesRadPerS.min() ?? 0)...(angularFrequenciesRadPerS.max() ?? 0)
    }
}

/// What a part imported from MPT-Calculator covers: the file and its frequency range.
public struct ImportedSweepRange: Sendable, Hashable {
    /// The tensors file, as the scenario resolves it.
    public let file: String
    public let angularFrequenciesRadPerS: ClosedRange<Double>

    public init(file: String, angularFrequenciesRadPerS: ClosedRange<Double>) {
        self.file = file
        self.angularFrequenciesRadPerS = angularFrequenciesRadPerS
    }

    /// Whether `frequencyHz` lies within the table (to a relative 1e-9, for rounding).
    public func covers(frequencyHz: Double) -> Bool {
        let omega = 2 * Double.pi * frequencyHz
        return omega >= angularFrequenciesRadPerS.lowerBound * (1 - 1e-9)
            && omega <= angularFrequenciesRadPerS.upperBound * (1 + 1e-9)
    }
}
