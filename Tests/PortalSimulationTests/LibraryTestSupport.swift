import Foundation
import PortalPhysics
@testable import PortalSimulation

/// Shared measures for the library tests.
enum LibraryMeasure {
    /// ‖M‖ = (‖Re M‖²_F + ‖Im M‖²_F)^{1/2} at a frequency: one number for "how loud".
    static func complexNorm(_ object: LibraryObject, frequencyHz: Double) throws -> Double {
        let m = try object.spectrum().tensor(frequencyHz: frequencyHz)
        return (m.real.contracted(with: m.real) + m.imaginary.contracted(with: m.imaginary)).squareRoot()
    }

    /// Largest |eigenvalue| of a real symmetric tensor.
    static func largestMagnitude(_ t: SymmetricTensor) -> Double {
        t.eigenvalues.map(abs).max() ?? 0
    }

    /// Frequencies from 10 Hz to 1 MHz, `perDecade` a decade, log-spaced.
    static func frequenciesHz(perDecade: Int = 6) -> [Double] {
        (0...(5 * perDecade)).map { 10 * pow(10, Double($0) / Double(perDecade)) }
    }

    /// The portal classes' pulse gate.
    static let gate = PulseGate(startS: 20e-6, endS: 120e-6)
}
