import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

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
        let spectrum = object.spectrum
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
        let big = LibraryMeasure.complexNorm(smartphone, frequencyHz: 5000)
        let simNorm = LibraryMeasure.complexNorm(sim, frequencyHz: 5000)
        let minis = ObjectLibrary.objects(ofKind: .miniPhone)
        #expect(minis.count >= 3)
        for mini in minis {
            let norm = LibraryMeasure.complexNorm(mini, frequencyHz: 5000)
            #expect(big > norm, "\(mini.name)")
            #expect(LibraryMeasure.complexNorm(featurePhone, frequencyHz: 5000) > norm, "\(mini.name)")
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

    /// Both battery models share the low-frequency slope (same Σσt), but only the
    /// coupled stack has the tens-of-microseconds time constant a pulse gate sees.
    @Test func batteryStackModelsBracketTheCell() throws {
        let coupled = try #require(ObjectLibrary.named("battery-200mah"))
        let independent = try #require(ObjectLibrary.named("battery-200mah-independent-foils"))
        let lowC = coupled.spectrum.tensor(frequencyHz: 10).imaginary.zz
        let lowI = independent.spectrum.tensor(frequencyHz: 10).imaginary.zz
        #expect(lowC > 0 && lowI > 0)
        #expect(lowC / lowI > 0.5 && lowC / lowI < 2)
        let gateC = LibraryMeasure.largestMagnitude(coupled.spectrum.gateResponse(LibraryMeasure.gate))
        let gateI = LibraryMeasure.largestMagnitude(independent.spectrum.gateResponse(LibraryMeasure.gate))
        #expect(gateC > 10 * gateI)
        // Foil masses are the same whichever model.
        #expect(isClose(coupled.metalMassKg, independent.metalMassKg, relative: 0.02))
    }

    /// Reference spheres are exactly their closed form: the 20 mm steel sphere's static
    /// response is 4πa³(μr−1)/(μr+2).
    @Test func referenceSphere() throws {
        let sphere = try #require(ObjectLibrary.named("sphere-steel-20mm"))
        let a = 0.01, mur = MaterialLibrary.bearingSteel.material.relativePermeability
        let expected = 4 * Double.pi * a * a * a * (mur - 1) / (mur + 2)
        #expect(isClose(sphere.spectrum.lowFrequencyLimit.xx, expected, relative: 1e-12))
        #expect(ObjectLibrary.named("sphere-brass-25.4mm") != nil)
        #expect(ObjectLibrary.named("sphere-aluminium-5mm") != nil)
    }
}
