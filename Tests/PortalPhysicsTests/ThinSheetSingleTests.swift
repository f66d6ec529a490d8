import Foundation
import PortalPhysics
import Testing

/// One flat sheet against closed forms: the low-frequency slope Im M/ω = μ₀σt ∫u dA
/// (−∇²u = 1, u = 0 on the edge) and the perfectly conducting disk's −8a³/3.
@Suite struct ThinSheetSingleTests {
    let mu0 = PhysicalConstants.mu0
    let sigmaT = 580.0  // 10 µm of copper

    func sheet(_ outline: SheetOutline) -> ConductingSheet {
        ConductingSheet(outline: outline, heightM: 0, sheetConductanceS: sigmaT)
    }

    func order(_ e: [Double]) -> [Double] {
        (1..<e.count).map { Foundation.log(e[$0 - 1] / e[$0]) / Foundation.log(2) }
    }

    /// Disk: ∫u = πR⁴/8, exact. P1 on a polygon inscribed in the circle: O(h²).
    @Test func diskSlopeConvergesAtSecondOrder() throws {
        let r = 0.01
        let exact = mu0 * sigmaT * Double.pi * pow(r, 4) / 8
        var errors: [Double] = []
        for divisions in [6.0, 12, 24] {
            let stack = try ThinSheetStack(sheets: [sheet(.disk(radiusM: r))], edgeLengthM: r / divisions)
            errors.append(relativeError(try stack.lowFrequencySlopeM3S(), exact))
        }
        print("disk slope errors h=R/6,R/12,R/24:", errors, "orders:", order(errors))
        #expect(errors[0] < 2e-2)
        #expect(errors[2] < 1e-3)
        #expect(order(errors).allSatisfy { $0 > 1.7 })
    }

    /// Rectangle a × b: the torsion-function series.
    @Test func rectangleSlopeMatchesTheTorsionSeries() throws {
        let a = 0.04, b = 0.02
        // The series (exact for either side as a; the short side converges fastest).
        let s = min(a, b), l = max(a, b)
        var sum2 = 0.0
        for n in stride(from: 1, through: 99, by: 2) {
            sum2 += Foundation.tanh(Double(n) * Double.pi * l / (2 * s)) / pow(Double(n), 5)
        }
        let integral = pow(s, 3) * l / 12 * (1 - 192 * s / (pow(Double.pi, 5) * l) * sum2)
        let exact = mu0 * sigmaT * integral
        var errors: [Double] = []
        for h in [b / 5, b / 10, b / 20, b / 40] {
            let stack = try ThinSheetStack(sheets: [sheet(.rectangle(lengthM: a, widthM: b))], edgeLengthM: h)
            errors.append(relativeError(try stack.lowFrequencySlopeM3S(), exact))
        }
        let overall = Foundation.log(errors[0] / errors[3]) / Foundation.log(8)
        print("rectangle slope errors h=b/5,b/10,b/20,b/40:", errors, "orders:", order(errors), "overall", overall)
        #expect(errors[3] < 1.5e-3)
        #expect(overall > 1.7)
        #expect(zip(errors, errors.dropFirst()).allSatisfy { $0.1 < $0.0 })
    }

    /// Annulus: azimuthal currents, ∫ψ = π(R⁴ − Rᵢ⁴)/8 with the hole's plateau counted.
    @Test func annulusSlopeCountsTheHolePlateau() throws {
        let r = 0.01, ri = 0.004
        let exact = mu0 * sigmaT * Double.pi * (pow(r, 4) - pow(ri, 4)) / 8
        var errors: [Double] = []
        for divisions in [6.0, 12, 24] {
            let stack = try ThinSheetStack(sheets: [sheet(.annulus(outerRadiusM: r, innerRadiusM: ri))], edgeLengthM: r / divisions)
            errors.append(relativeError(try stack.lowFrequencySlopeM3S(), exact))
        }
        let overall = Foundation.log(errors[0] / errors[2]) / Foundation.log(4)
        print("annulus slope errors h=R/6,R/12,R/24:", errors, "orders:", order(errors), "overall", overall)
        #expect(errors[2] < 3e-4)
        // Already small on the coarsest mesh (the hole is 2.4 h across there); order ≈ 1.3–1.7.
        #expect(overall > 1.2)
        #expect(errors[1] < errors[0] && errors[2] < errors[1])
    }

    /// Thin perfectly conducting disk: M(∞) = −8a³/3.
    @Test func diskPerfectConductorLimit() throws {
        let r = 0.01
        let exact = -8 * pow(r, 3) / 3
        var errors: [Double] = []
        for divisions in [6.0, 12, 24] {
            let stack = try ThinSheetStack(sheets: [sheet(.disk(radiusM: r))], edgeLengthM: r / divisions)
            errors.append(relativeError(try stack.perfectConductorLimitM3(), exact))
        }
        print("disk PEC errors h=R/6,R/12,R/24:", errors, "orders:", order(errors))
        // O(h): ψ ∝ √(R² − r²) at the edge of a perfect conductor.
        #expect(errors[0] < 7e-2)
        #expect(errors[2] < 1.5e-2)
        #expect(errors[1] < errors[0] && errors[2] < errors[1])
    }

    /// The spectrum of the default mesh: its modal sums are the exact limits.
    /// (Its cost is a benchmark's business, not a test's: a timed test fails on a busy machine.)
    @Test func spectrumSumsAreTheLimits() throws {
        let r = 0.01
        let stack = try ThinSheetStack(sheets: [sheet(.disk(radiusM: r))])
        let spectrum = try stack.relaxationSpectrum()
        let slope = spectrum.terms.reduce(0) { $0 - $1.weight.zz * $1.timeConstantS }
        let limit = spectrum.highFrequencyLimit.zz
        print("default disk: nodes", stack.nodeCounts, "unknowns", stack.unknownCounts, "modes", spectrum.terms.count,
              "slope err", relativeError(slope, mu0 * sigmaT * Double.pi * pow(r, 4) / 8),
              "PEC err", relativeError(limit, -8 * pow(r, 3) / 3), "slowest tau", spectrum.terms[0].timeConstantS)
        #expect(relativeError(slope, try stack.lowFrequencySlopeM3S()) < 1e-9)
        #expect(relativeError(limit, try stack.perfectConductorLimitM3()) < 1e-8)
        #expect(spectrum.terms.allSatisfy { $0.weight.zz < 0 && $0.timeConstantS > 0 && $0.weight.xx == 0 })
    }

    @Test func badGeometryThrows() {
        let nan = Double.nan
        #expect(throws: EddyCurrentError.self) { try SheetOutline.rectangle(lengthM: nan, widthM: 1) }
        #expect(throws: EddyCurrentError.self) { try SheetOutline.rectangle(lengthM: -1, widthM: 1) }
        #expect(throws: EddyCurrentError.self) { try SheetOutline.disk(radiusM: .infinity) }
        #expect(throws: EddyCurrentError.self) { try SheetOutline.roundedRectangle(lengthM: 0.02, widthM: 0.01, cornerRadiusM: 0.006) }
        // A bow tie crosses itself.
        #expect(throws: EddyCurrentError.self) {
            try SheetOutline.polygon([SheetPoint(0, 0), SheetPoint(1, 1), SheetPoint(1, 0), SheetPoint(0, 1)])
        }
        // Collinear: no area.
        #expect(throws: EddyCurrentError.self) {
            try SheetOutline.polygon([SheetPoint(0, 0), SheetPoint(1, 0), SheetPoint(2, 0)])
        }
        // A hole poking out of the outline.
        #expect(throws: EddyCurrentError.self) {
            try SheetOutline.polygon([SheetPoint(0, 0), SheetPoint(1, 0), SheetPoint(1, 1), SheetPoint(0, 1)],
                                     holes: [[SheetPoint(0.5, 0.5), SheetPoint(1.5, 0.5), SheetPoint(1.5, 0.7)]])
        }
        // Non-finite conductance, and a strip narrower than the mesh.
        #expect(throws: EddyCurrentError.self) {
            try ThinSheetStack(sheets: [ConductingSheet(outline: .disk(radiusM: 0.01), sheetConductanceS: .nan)])
        }
        #expect(throws: EddyCurrentError.self) {
            try ThinSheetStack(sheets: [ConductingSheet(outline: .rectangle(lengthM: 0.05, widthM: 1e-4), sheetConductanceS: 1)],
                               edgeLengthM: 0.005)
        }
    }

    /// An L-shaped polygon with a square hole meshes and gives a finite, consistent spectrum.
    @Test func polygonWithHole() throws {
        let outline = try SheetOutline.polygon(
            [SheetPoint(0, 0), SheetPoint(0.03, 0), SheetPoint(0.03, 0.01), SheetPoint(0.01, 0.01), SheetPoint(0.01, 0.03), SheetPoint(0, 0.03)],
            holes: [[SheetPoint(0.003, 0.003), SheetPoint(0.006, 0.003), SheetPoint(0.006, 0.006), SheetPoint(0.003, 0.006)]])
        let stack = try ThinSheetStack(sheets: [sheet(outline)])
        let spectrum = try stack.relaxationSpectrum()
        let slope = spectrum.terms.reduce(0) { $0 - $1.weight.zz * $1.timeConstantS }
        #expect(relativeError(slope, try stack.lowFrequencySlopeM3S()) < 1e-9)
        #expect(spectrum.highFrequencyLimit.zz.isFinite && spectrum.highFrequencyLimit.zz < 0)
    }
}
