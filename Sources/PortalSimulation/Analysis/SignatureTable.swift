import Foundation
import PortalPhysics

/// The CSV `portalsim signature` writes: an object's tensor over frequency.
///
/// Columns (documented in the README), tensors in m³, convention e^{−iωt}
/// (Im ≥ 0 for conductors, as in the MPT literature and MPT-Calculator):
/// - `frequency_hz, omega_rad_per_s`;
/// - `re_xx_m3 … re_yz_m3`, `im_xx_m3 … im_yz_m3`: the six independent components of
///   the real and the imaginary part, in the object's own frame;
/// - `re_eig1_m3 … re_eig3_m3`, `im_eig1_m3 … im_eig3_m3`: the eigenvalues of the real
///   and of the imaginary part, ascending (both parts are real symmetric; the literature
///   reports their eigenvalues separately, and so does MPT-Calculator).
public enum SignatureTable {
    public static let header: [String] = {
        let components = ["xx", "yy", "zz", "xy", "xz", "yz"]
        return ["frequency_hz", "omega_rad_per_s"]
            + components.map { "re_\($0)_m3" } + components.map { "im_\($0)_m3" }
            + (1...3).map { "re_eig\($0)_m3" } + (1...3).map { "im_eig\($0)_m3" }
    }()

    public static func make(spectrum: RelaxationSpectrum, frequenciesHz: [Double]) throws(CSVError) -> CSVTable {
        var table = CSVTable(header: header)
        for f in frequenciesHz {
            let omega = 2 * Double.pi * f
            let m = spectrum.tensor(angularFrequencyRadPerS: omega)
            let values = [f, omega] + m.real.components + m.imaginary.components
                + m.real.eigenvalues + m.imaginary.eigenvalues
            try table.append(values.map { CSVField.number($0) })
        }
        return table
    }

    /// `count` frequencies from `lowHz` to `highHz`, evenly spaced on a log scale.
    public static func logarithmicFrequencies(fromHz lowHz: Double, toHz highHz: Double, count: Int) -> [Double] {
        guard count > 1 else { return [lowHz] }
        let (a, b) = (log(lowHz), log(highHz))
        // Rounded to 12 digits so that decades come out as 1000, not 999.9999999999998.
        return (0..<count).map { i in
            NumberFormat.rounded(exp(a + (b - a) * Double(i) / Double(count - 1)), significantDigits: 12)
        }
    }
}
