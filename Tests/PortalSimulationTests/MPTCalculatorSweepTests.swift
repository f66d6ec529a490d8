import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// Importing MPT-Calculator output: files written here from the closed-form sphere in
/// the tool's own format come back as the same sphere.
struct MPTCalculatorSweepTests {
    static let material = Material(name: "ref", conductivitySPerM: 6e6, relativePermeability: 1.5)

    /// Writes Frequencies.csv and Tensors.csv the way numpy.savetxt does.
    func writeSweep(_ omegas: [Double], _ tensor: (Double) -> ComplexSymmetricTensor, in folder: String,
                    corrupt: ((inout [String]) -> Void)? = nil) throws -> (String, String) {
        let f = folder + "/Frequencies.csv", t = folder + "/Tensors.csv"
        try omegas.map { String(format: "%.18e", $0) }.joined(separator: "\n").write(toFile: f, atomically: true, encoding: .utf8)
        var rows = omegas.map { omega -> String in
            let m = tensor(omega)
            return (0..<3).flatMap { i in (0..<3).map { j -> String in
                let z = m.component(i, j)
                return String(format: "(%.18e%+.18ej)", z.real, z.imaginary)
            } }.joined(separator: ",")
        }
        corrupt?(&rows)
        try (rows.joined(separator: "\n") + "\n").write(toFile: t, atomically: true, encoding: .utf8)
        return (f, t)
    }

    @Test func importedSphereReproducesTheClosedForm() throws {
        let folder = try makeScratchDirectory()
        let sphere = Sphere(radiusM: 0.01, material: Self.material)
        let omegas = (0...60).map { pow(10, Double($0) / 10) }
        let (f, t) = try writeSweep(omegas, { sphere.exactTensor(angularFrequencyRadPerS: $0) }, in: folder)
        let sweep = try MPTCalculatorSweep.load(frequenciesPath: f, tensorsPath: t)
        #expect(sweep.tensors.count == 61)
        let fit = try sweep.relaxationFit(describedAs: t)
        // The MPT literature's reference sphere, between the tabulated frequencies.
        let m = fit.spectrum.tensor(angularFrequencyRadPerS: 3447)
        #expect(abs(m.real.xx - 1.2617067e-6) < 1e-4 * 1.26e-6)
        #expect(abs(m.imaginary.xx - 1.6107384e-6) < 1e-4 * 1.61e-6)
        #expect(abs(m.real.xy) < 1e-12)
    }

    @Test func parsesNumpyComplexFormats() {
        #expect(MPTCalculatorSweep.parseComplex("(1.5e-06+2.5e-07j)")! == (1.5e-6, 2.5e-7))
        #expect(MPTCalculatorSweep.parseComplex("1.5e-06-2.5e-07j")! == (1.5e-6, -2.5e-7))
        #expect(MPTCalculatorSweep.parseComplex("-3j")! == (0, -3))
        #expect(MPTCalculatorSweep.parseComplex("4.25")! == (4.25, 0))
        #expect(MPTCalculatorSweep.parseComplex("(1e+00+1E-3J)")! == (1, 1e-3))
        #expect(MPTCalculatorSweep.parseComplex("1.5e-06+j") == nil)
        #expect(MPTCalculatorSweep.parseComplex("nan") == nil)
    }

    @Test func malformedFilesNameTheFileAndLine() throws {
        let folder = try makeScratchDirectory()
        let sphere = Sphere(radiusM: 0.01, material: Self.material)
        let omegas = [10.0, 100, 1000, 10000]
        func message(_ corrupt: @escaping (inout [String]) -> Void) throws -> String {
            let (f, t) = try writeSweep(omegas, { sphere.exactTensor(angularFrequencyRadPerS: $0) }, in: folder, corrupt: corrupt)
            do {
                _ = try MPTCalculatorSweep.load(frequenciesPath: f, tensorsPath: t)
                return ""
            } catch {
                return error.description
            }
        }
        #expect(try message { $0[2] = "1,2,3" } == "\(folder)/Tensors.csv:3:1: expected 9 complex values (a 3×3 tensor by rows), got 3")
        #expect(try message { $0[1] = $0[1].replacingOccurrences(of: "(", with: "x") }.hasPrefix("\(folder)/Tensors.csv:2:1: not a complex number"))
        #expect(try message { $0.removeLast() } == "\(folder)/Tensors.csv: 3 tensors but 4 frequencies in \(folder)/Frequencies.csv: one row per frequency")
        #expect(try message { rows in
            var parts = rows[0].split(separator: ",").map(String.init); parts[1] = "(1e-03+0j)"; rows[0] = parts.joined(separator: ",")
        } == "\(folder)/Tensors.csv:1:1: the tensor is not symmetric (entries 1,2 and 2,1 differ)")
    }

    /// A table in the wrong convention (Im < 0 with the wrong sign of the relaxation)
    /// is still a valid fit; but noise is not a relaxation spectrum.
    @Test func aNoisyTableIsRejected() throws {
        let folder = try makeScratchDirectory()
        let omegas = (0...30).map { pow(10, Double($0) / 6) }
        var flip = 1.0
        let (f, t) = try writeSweep(omegas, { _ in flip = -flip; return ComplexSymmetricTensor(real: .diagonal(flip, 1, 1)) }, in: folder)
        let sweep = try MPTCalculatorSweep.load(frequenciesPath: f, tensorsPath: t)
        #expect(throws: InputErrors.self) { try sweep.relaxationFit(describedAs: t) }
    }
}

private func pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
