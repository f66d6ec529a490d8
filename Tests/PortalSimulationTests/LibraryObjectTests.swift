import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation
import RealModule

@Suite("Object library")
struct LibraryObjectTests {
    static let names = ObjectLibrary.names

    @Test func namesAreUniqueKebabCase() {
        #expect(Set(Self.names).count == Self.names.count)
        for name in Self.names {
            #expect(name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "." }, "\(name)")
            #expect(ObjectLibrary.named(name)?.name == name)
        }
        #expect(ObjectLibrary.named("no-such-object") == nil)
    }

    @Test func everyKindIsRepresented() {
        #expect(ObjectLibrary.objects(ofKind: .miniPhone).count >= 3)
        #expect(ObjectLibrary.objects(ofKind: .phone).count >= 2)
        #expect(ObjectLibrary.objects(ofKind: .everyday).count >= 10)
        #expect(ObjectLibrary.objects(ofKind: .reference).count >= 20)
        #expect(ObjectLibrary.named("nano-sim")?.kind == .component)
    }

    /// Finite at every frequency; both parts symmetric with a working eigensystem
    /// (V Λ Vᵀ gives the tensor back, V orthonormal); Im M positive semi-definite in the
    /// e^{−iωt} convention; metal mass positive; every part documented.
    @Test(arguments: names)
    func spectrumIsPhysical(name: String) throws {
        let object = try #require(ObjectLibrary.named(name))
        #expect(!object.parts.isEmpty)
        #expect(object.metalMassKg > 0)
        for part in object.parts {
            #expect(!part.assumption.isEmpty, "\(part.name)")
            #expect(part.count >= 1)
            #expect(abs(part.attitude.matrix.determinant - 1) < 1e-12)
            #expect(MaterialLibrary.entry(named: part.materialName) != nil, "\(part.materialName)")
        }
        let spectrum = try object.spectrum()
        for frequency in LibraryMeasure.frequenciesHz() {
            let m = spectrum.tensor(frequencyHz: frequency)
            #expect(m.isFinite, "\(name) at \(frequency) Hz")
            for part in [m.real, m.imaginary] {
                let scale = max(part.maxMagnitude, 1e-30)
                let (values, vectors) = part.eigensystem()
                #expect(values.count == 3 && values.allSatisfy(\.isFinite))
                var rebuilt = SymmetricTensor.zero
                for (value, vector) in zip(values, vectors) { rebuilt += SymmetricTensor.outer(vector, scale: value) }
                #expect(rebuilt.maxDifference(part) <= 1e-10 * scale, "\(name) at \(frequency) Hz")
                for i in 0..<3 { for j in 0..<3 {
                    #expect(abs(vectors[i].dot(vectors[j]) - (i == j ? 1 : 0)) < 1e-10)
                } }
            }
            let smallest = m.imaginary.eigenvalues.first ?? 0
            #expect(smallest >= -1e-12 * max(m.imaginary.maxMagnitude, 1e-30), "\(name): Im M not PSD at \(frequency) Hz")
        }
        let gate = spectrum.gateResponse(LibraryMeasure.gate)
        #expect(gate.isFinite)
        #expect((gate.eigenvalues.first ?? 0) >= -1e-12 * max(gate.maxMagnitude, 1e-30), "eddy currents decay as positive moments")
    }

    /// Bigger phones answer more strongly than miniature ones at the CW portals' 5 kHz,
    /// and a miniature phone more strongly than the SIM card it carries.
    @Test func responseOrderingAt5kHz() throws {
        let smartphone = try #require(ObjectLibrary.named("smartphone"))
        let featurePhone = try #require(ObjectLibrary.named("feature-phone"))
        let sim = try #require(ObjectLibrary.named("nano-sim"))
        let big = try LibraryMeasure.complexNorm(smartphone, frequencyHz: 5000)
        let simNorm = try LibraryMeasure.complexNorm(sim, frequencyHz: 5000)
        let minis = ObjectLibrary.objects(ofKind: .miniPhone)
        #expect(minis.count >= 3)
        for mini in minis {
            let norm = try LibraryMeasure.complexNorm(mini, frequencyHz: 5000)
            #expect(big > norm, "\(mini.name)")
            #expect(try LibraryMeasure.complexNorm(featurePhone, frequencyHz: 5000) > norm, "\(mini.name)")
            #expect(norm > 10 * simNorm, "\(mini.name) vs nano-sim")
        }
    }

    /// The thumb phone's modelled metal is a plausible share of its 13 g: the cell's
    /// foils (~0.6 g), board copper, speaker, USB shell. No teardown gives the figure;
    /// 1–5 g (8–40 %) is the documented band.
    @Test func miniPhoneMetalMassIsPlausible() throws {
        let phone = try #require(ObjectLibrary.named("mini-phone-thumb"))
        let total = try #require(phone.publishedMassKg)
        #expect(phone.metalMassKg > 1e-3 && phone.metalMassKg < 5e-3)
        #expect(phone.metalMassKg < total)
        let smartphone = try #require(ObjectLibrary.named("smartphone"))
        #expect(smartphone.metalMassKg > 20e-3 && smartphone.metalMassKg < 0.5 * (smartphone.publishedMassKg ?? 0))
    }

    /// The battery is one computed stack: at low frequency its foils do not interact,
    /// so its loss is the sum of each sheet's alone; at 20-120 µs it is the coupling that
    /// shows, the stack answering far more than its foils would apart.
    @Test func batteryIsOneCoupledStack() throws {
        let cell = PouchCell(capacityMAh: 200, lengthM: 30e-3, widthM: 17e-3, thicknessM: 4e-3)
        let sheets = cell.sheets
        #expect(sheets.count == cell.cathodeSheetCount + cell.anodeSheetCount + 2)
        let stack = try Primitive.sheets(sheets).relaxationSpectrum(material: MaterialLibrary.aluminium.material)
        // The same meshes (the stack's 200 nodes a sheet) for each foil alone.
        var apart = RelaxationSpectrum.empty
        for sheet in sheets { apart = apart + (try ThinSheetStack(sheets: [sheet], nodesPerSheet: 200).relaxationSpectrum()) }
        let lowStack = stack.tensor(frequencyHz: 1).imaginary.zz, lowApart = apart.tensor(frequencyHz: 1).imaginary.zz
        #expect(lowStack > 0 && lowStack.isApproximatelyEqual(to: lowApart, relativeTolerance: 1e-3))
        let gateStack = LibraryMeasure.largestMagnitude(stack.gateResponse(LibraryMeasure.gate))
        let gateApart = LibraryMeasure.largestMagnitude(apart.gateResponse(LibraryMeasure.gate))
        #expect(gateStack > 10 * gateApart)
        // The slowest mode sits in the tens of microseconds, where pulse gates look.
        let slowest = stack.terms.map(\.timeConstantS).max() ?? 0
        let strongest = stack.terms.sorted { $0.weight.zz < $1.weight.zz }.prefix(4)
            .map { "τ \($0.timeConstantS * 1e6) µs T \($0.weight.zz * 1e9) mm³" }
        print("battery-200mah: slowest τ \(slowest * 1e6) µs; strongest modes \(strongest); "
              + "gate 20-120 µs \(gateStack * 1e9) mm³ as a stack, \(gateApart * 1e9) mm³ apart")
        #expect(slowest > 10e-6 && slowest < 200e-6)
    }

    /// Reference spheres are exactly their closed form: the 20 mm steel sphere's static
    /// response is 4πa³(μr−1)/(μr+2).
    @Test func referenceSphere() throws {
        let sphere = try #require(ObjectLibrary.named("sphere-steel-20mm"))
        let a = 0.01, mur = try #require(MaterialLibrary.named("bearing-steel")).relativePermeability
        let expected = 4 * Double.pi * a * a * a * (mur - 1) / (mur + 2)
        #expect((try sphere.spectrum().lowFrequencyLimit.xx).isApproximatelyEqual(to: expected, relativeTolerance: 1e-12))
        #expect(ObjectLibrary.named("sphere-brass-25.4mm") != nil)
        #expect(ObjectLibrary.named("sphere-aluminium-5mm") != nil)
    }
}
