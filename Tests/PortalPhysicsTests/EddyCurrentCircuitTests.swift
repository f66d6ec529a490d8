import PortalPhysics
import Testing

@Suite struct EddyCurrentCircuitTests {
    /// One element is a wire loop: τ = L/R and T = −μ₀A²/L, as ``WireLoop`` has it.
    @Test func singleElementIsAWireLoop() throws {
        let loop = WireLoop(loopRadiusM: 0.01, wireRadiusM: 0.5e-3, material: Material(name: "cu", conductivitySPerM: 5.8e7))
        let area = Double.pi * 1e-4
        let circuit = EddyCurrentCircuit(inductanceH: SymmetricMatrix(diagonal: [loop.inductanceH]),
                                         resistanceOhm: SymmetricMatrix(diagonal: [loop.resistanceOhm]), areaM2: [area])
        let modes = try circuit.modes()
        let expected = loop.relaxationSpectrum.terms[0]
        #expect(modes.count == 1)
        #expect(relativeError(modes[0].timeConstantS, expected.timeConstantS) < 1e-14)
        #expect(relativeError(modes[0].weightM3, expected.weight.zz) < 1e-14)
    }

    /// Two coupled elements: the modal sums equal −μ₀aᵀL⁻¹a and −μ₀aᵀR⁻¹a, computed
    /// here by hand from the 2×2 inverses.
    @Test func modalSumsAreTheExactLimits() throws {
        var l = SymmetricMatrix(size: 2)
        l[0, 0] = 3e-8; l[1, 1] = 2e-8; l[0, 1] = 1.2e-8
        let r = SymmetricMatrix(diagonal: [2e-3, 5e-3])
        let a = [1e-4, 3e-4]
        let modes = try EddyCurrentCircuit(inductanceH: l, resistanceOhm: r, areaM2: a).modes()
        let det = l[0, 0] * l[1, 1] - l[0, 1] * l[0, 1]
        let aLa = (a[0] * a[0] * l[1, 1] - 2 * a[0] * a[1] * l[0, 1] + a[1] * a[1] * l[0, 0]) / det
        let aRa = a[0] * a[0] / r[0, 0] + a[1] * a[1] / r[1, 1]
        let mu0 = PhysicalConstants.mu0
        #expect(relativeError(modes.reduce(0) { $0 + $1.weightM3 }, -mu0 * aLa) < 1e-13)
        #expect(relativeError(modes.reduce(0) { $0 + $1.weightM3 * $1.timeConstantS }, -mu0 * aRa) < 1e-13)
        #expect(modes[0].timeConstantS > modes[1].timeConstantS)
    }

    @Test func refusesAnIndefiniteResistance() {
        let l = SymmetricMatrix(diagonal: [1e-8, 1e-8])
        let r = SymmetricMatrix(diagonal: [1e-3, -1e-3])
        #expect(throws: EddyCurrentError.self) {
            try EddyCurrentCircuit(inductanceH: l, resistanceOhm: r, areaM2: [1, 1]).modes()
        }
    }

    @Test func refusesANonFiniteInductance() {
        let l = SymmetricMatrix(diagonal: [.infinity])
        #expect(throws: EddyCurrentError.nonFiniteMatrix) {
            try EddyCurrentCircuit(inductanceH: l, resistanceOhm: SymmetricMatrix(diagonal: [1]), areaM2: [1]).modes()
        }
    }
}
