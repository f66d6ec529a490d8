import Foundation
import PortalPhysics

/// Reads a tensor sweep written by MPT-Calculator (Ledger, Wilson et al.): the files
/// `Frequencies.csv` (one angular frequency per line, rad/s) and `Tensors.csv` (one row
/// per frequency, the 3×3 complex tensor by rows, nine values such as
/// `(1.26e-06+1.61e-06j)`, convention e^{−iωt}, m³).
///
/// The tensors must be symmetric (to 1e-6 of the row's largest entry; the symmetric
/// part is kept). The sweep is then fitted with a relaxation spectrum
/// (``RelaxationFit``), which must reproduce it to `maximumResidual`, so that an
/// imported part serves continuous-wave and pulse detectors like any other.
public struct MPTCalculatorSweep: Sendable {
    public let angularFrequenciesRadPerS: [Double]
    public let tensors: [ComplexSymmetricTensor]

    public static let maximumResidual = 0.01
    /// Physical sweeps fit with weights a few times the table; noise needs a million times
    /// (see ``RelaxationFit``).
    public static let maximumAmplification = 1000.0

    public static func load(frequenciesPath: String, tensorsPath: String) throws(InputErrors) -> MPTCalculatorSweep {
        var frequencies: [Double] = []
        for (line, number) in try readLines(frequenciesPath) {
            for token in line.split(separator: ",") {
                let text = token.trimmingCharacters(in: .whitespaces)
                guard let value = Double(text), value.isFinite, value > 0 else {
                    throw InputErrors(InputDiagnostic(location: SourceLocation(file: frequenciesPath, line: number, column: 1),
                                                      message: "expected a positive angular frequency in rad/s, got '\(text)'"))
                }
                frequencies.append(value)
            }
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

    /// `(a+bj)`, `a+bj`, `a-bj`, `bj`, `a` (numpy's and Python's complex formats).
    static func parseComplex(_ token: String) -> (re: Double, im: Double)? {
        var text = Substring(token)
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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { (String($0.element).trimmingCharacters(in: .whitespacesAndNewlines), $0.offset + 1) }
            .filter { !$0.0.isEmpty && !$0.0.hasPrefix("#") }
        if lines.isEmpty { throw InputErrors(InputDiagnostic(file: path, message: "the file is empty")) }
        return lines
    }
}
