import Foundation
import Testing

@Suite struct ObjectsCommandTests {
    static var customScenario: String {
        PortalSimBinary.repositoryRoot.appendingPathComponent("scenarios/objects-custom.yaml").path
    }

    @Test func listShowsEveryMiniPhone() throws {
        let result = try PortalSimBinary.run(["objects", "list", "--kind", "mini-phone"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines[0].hasPrefix("name") && lines[0].contains("metal (g)"))
        for name in ["mini-phone-thumb", "mini-phone-3310", "mini-phone-lighter"] {
            #expect(lines.contains { $0.hasPrefix(name + " ") }, "\(name)")
        }
        #expect(!result.stdout.contains("smartphone"))
    }

    @Test func showGivesPartsEigenvaluesAndPulseResponse() throws {
        let result = try PortalSimBinary.run(["objects", "show", "euro-1"])
        #expect(result.status == 0, "\(result.stderr)")
        for text in ["Parts:", "nickel", "Tensor eigenvalues (mm³):", "1 kHz", "5 kHz", "20 kHz", "100 kHz", "Pulse response (mm³): at 20 µs"] {
            #expect(result.stdout.contains(text), "\(text)")
        }
    }

    @Test func unknownObjectSuggestsTheClosestName() throws {
        let result = try PortalSimBinary.run(["objects", "show", "mini-phone-thum"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown object 'mini-phone-thum'; did you mean 'mini-phone-thumb'?"))
    }

    @Test func signatureOfALibraryObject() throws {
        let result = try PortalSimBinary.run(["signature", "smartphone", "--from", "5 kHz", "--to", "5 kHz", "--count", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let values = csvRows(result.stdout).rows[0].compactMap(Double.init)
        // The smartphone's metal mid-plate: a large negative (eddy) response along its normal.
        #expect(values[14] < -1e-4)
    }

    /// The imported sweep of the reference sphere, through a scenario, gives the
    /// MPT literature's reference value back (a = 1 cm, μr = 1.5, σ = 6 MS/m).
    @Test func importedObjectThroughAScenario() throws {
        let result = try PortalSimBinary.run(["signature", "--scenario", Self.customScenario, "imported-reference-sphere",
                                              "--from", "548.6 Hz", "--to", "548.6 Hz", "--count", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let values = csvRows(result.stdout).rows[0].compactMap(Double.init)
        #expect(abs(values[2] - 1.2617e-6) < 1e-4 * 1.2617e-6)
        #expect(abs(values[8] - 1.6107e-6) < 1e-4 * 1.6107e-6)
    }

    @Test func userObjectsAreListedWithTheLibrary() throws {
        let result = try PortalSimBinary.run(["objects", "list", "--scenario", Self.customScenario])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["stripped-thumb-phone", "steel-washer", "imported-reference-sphere", "mini-phone-thumb"] {
            #expect(result.stdout.contains(name))
        }
    }
}
