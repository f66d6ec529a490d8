import Foundation
import PortalPhysics
import Testing

/// Stacks of sheets coupled through their mutual inductance.
@Suite struct ThinSheetStackTests {
    let mu0 = PhysicalConstants.mu0

    func foil(_ outline: SheetOutline, _ z: Double, _ sigmaT: Double = 580) -> ConductingSheet {
        ConductingSheet(outline: outline, heightM: z, sheetConductanceS: sigmaT)
    }

    func response(_ s: RelaxationSpectrum, _ omega: Double) -> (Double, Double) {
        let m = s.tensor(angularFrequencyRadPerS: omega)
        return (m.real.zz, m.imaginary.zz)
    }

    /// Two coincident sheets are one sheet of the summed conductance: the full coupled
    /// problem to rounding at every frequency; the reduced one in both limits and its
    /// slowest modes.
    @Test func zeroGapIsOneSheetOfSummedConductance() throws {
        let outline = try SheetOutline.roundedRectangle(lengthM: 0.03, widthM: 0.02, cornerRadiusM: 0.004)
        let one = try ThinSheetStack(sheets: [foil(outline, 0, 580 + 230)], nodesPerSheet: 150)
        let reference = try one.relaxationSpectrum()
        let full = try ThinSheetStack(sheets: [foil(outline, 0.001, 580), foil(outline, 0.001, 230)], nodesPerSheet: 150, modesPerSheet: nil)
        let reduced = try ThinSheetStack(sheets: [foil(outline, 0.001, 580), foil(outline, 0.001, 230)], nodesPerSheet: 150)
        let fullSpectrum = try full.relaxationSpectrum()
        let reducedSpectrum = try reduced.relaxationSpectrum()
        let tau0 = reference.terms[0].timeConstantS
        var worst = 0.0
        for f in [0.01, 0.1, 1, 10, 100] {
            let (re, im) = response(reference, f / tau0)
            let (fre, fim) = response(fullSpectrum, f / tau0)
            worst = max(worst, abs(fre - re) / abs(reference.highFrequencyLimit.zz), abs(fim - im) / abs(reference.highFrequencyLimit.zz))
        }
        print("zero gap: full-system worst M(ω) difference", worst)
        #expect(worst < 1e-9)
        let slope = { (s: RelaxationSpectrum) in s.terms.reduce(0) { $0 - $1.weight.zz * $1.timeConstantS } }
        #expect(relativeError(slope(reducedSpectrum), slope(reference)) < 1e-9)
        #expect(relativeError(reducedSpectrum.highFrequencyLimit.zz, reference.highFrequencyLimit.zz) < 1e-9)
        for k in 0..<4 {
            #expect(relativeError(reducedSpectrum.terms[k].timeConstantS, reference.terms[k].timeConstantS) < 1e-9)
        }
    }

    /// Far apart (1 m, 30 × the size), the spectra add: the coupling is O((size/gap)³).
    @Test func farApartSpectraAdd() throws {
        let a = try SheetOutline.disk(radiusM: 0.015)
        let b = try SheetOutline.rectangle(lengthM: 0.04, widthM: 0.02)
        let sa = try ThinSheetStack(sheets: [foil(a, 0, 580)], nodesPerSheet: 200).relaxationSpectrum()
        let sb = try ThinSheetStack(sheets: [foil(b, 1, 300)], nodesPerSheet: 200).relaxationSpectrum()
        let both = try ThinSheetStack(sheets: [foil(a, 0, 580), foil(b, 1, 300)], nodesPerSheet: 200).relaxationSpectrum()
        let slope = { (s: RelaxationSpectrum) in s.terms.reduce(0) { $0 - $1.weight.zz * $1.timeConstantS } }
        let e1 = relativeError(slope(both), slope(sa) + slope(sb))
        let e2 = relativeError(both.highFrequencyLimit.zz, sa.highFrequencyLimit.zz + sb.highFrequencyLimit.zz)
        print("far apart: slope error", e1, "PEC-limit error", e2)
        #expect(e1 < 1e-9)
        #expect(e2 < 1e-5)
    }

    /// The reduction against the full coupled problem (4 foils 0.2 mm apart, coarse mesh):
    /// converging in the modes kept.
    @Test func reductionConvergesInModesKept() throws {
        let outline = try SheetOutline.rectangle(lengthM: 0.046, widthM: 0.021)
        let sheets = (0..<4).map { foil(outline, 0.0002 * Double($0), $0 % 2 == 0 ? 580 : 330) }
        let full = try ThinSheetStack(sheets: sheets, nodesPerSheet: 120, modesPerSheet: nil)
        let exact = try full.modes()
        let exactLimit = exact.reduce(0) { $0 + $1.weightM3 }
        var tauErrors: [Double] = [], limitErrors: [Double] = []
        for k in [1, 2, 4, 8, 16] {
            let modes = try ThinSheetStack(sheets: sheets, nodesPerSheet: 120, modesPerSheet: k).modes()
            tauErrors.append((0..<3).map { relativeError(modes[$0].timeConstantS, exact[$0].timeConstantS) }.max() ?? 1)
            limitErrors.append(relativeError(modes.reduce(0) { $0 + $1.weightM3 }, exactLimit))
        }
        print("reduction K=1,2,4,8,16: 3 slowest tau errors", tauErrors, "PEC-limit errors", limitErrors,
              "unknowns full", full.unknownCounts.reduce(0, +))
        #expect(tauErrors[4] < 1e-4)
        #expect(limitErrors[4] < 1e-4)
        #expect(tauErrors[4] < tauErrors[0] && limitErrors[4] < limitErrors[0])
    }

    /// 10 foils 0.2 mm apart: the slowest τ under mesh refinement.
    @Test func stackSlowestTauConvergesWithMesh() throws {
        let outline = try SheetOutline.rectangle(lengthM: 0.046, widthM: 0.021)
        let sheets = (0..<10).map { foil(outline, 0.0002 * Double($0)) }
        var taus: [Double] = []
        for nodes in [100, 200, 400, 800] {
            taus.append(try ThinSheetStack(sheets: sheets, nodesPerSheet: nodes).modes()[0].timeConstantS)
        }
        let changes = (1..<taus.count).map { relativeError(taus[$0], taus[$0 - 1]) }
        print("10 foils slowest tau at 100,200,400,800 nodes:", taus, "successive changes", changes)
        #expect(changes[2] < changes[0])
        #expect(changes[2] < 1e-2)
    }

    /// A 25-foil 46 × 21 mm battery stack (alternating Al and Cu collectors, 0.2 mm pitch):
    /// its slowest mode does not move when the reduction keeps 32 modes per sheet instead of 16.
    @Test func batteryStackModesConverge() throws {
        let outline = try SheetOutline.rectangle(lengthM: 0.046, widthM: 0.021)
        let sheets = (0..<25).map { foil(outline, 0.0002 * Double($0), $0 % 2 == 0 ? 3.5e7 * 15e-6 : 5.8e7 * 10e-6) }
        let stack = try ThinSheetStack(sheets: sheets)
        let spectrum = try stack.relaxationSpectrum()
        let modes16 = spectrum.terms
        let modes32 = try ThinSheetStack(sheets: sheets, modesPerSheet: 32).relaxationSpectrum().terms
        print("battery: nodes/sheet", stack.nodeCounts[0], "slowest taus",
              modes16.prefix(4).map(\.timeConstantS), "weights", modes16.prefix(4).map(\.weight.zz),
              "PEC limit", spectrum.highFrequencyLimit.zz, "K=32 slowest taus", modes32.prefix(4).map(\.timeConstantS),
              "K=32 PEC", modes32.reduce(0) { $0 + $1.weight.zz })
        #expect(relativeError(modes16[0].timeConstantS, modes32[0].timeConstantS) < 1e-3)
    }
}
