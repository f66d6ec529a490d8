import Foundation
import Testing

@Suite struct SignatureCommandTests {
    /// The MPT literature's reference sphere at ω = 3447 rad/s, through the command line.
    @Test func referenceSphere() throws {
        let result = try PortalSimBinary.run(["signature", "--shape", "sphere", "--radius", "1 cm", "--conductivity", "6 MS/m",
                                              "--mur", "1.5", "--from", "548.6 Hz", "--to", "548.6 Hz", "--count", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let (header, rows) = csvRows(result.stdout)
        #expect(header.count == 20 && header[2] == "re_xx_m3" && header[8] == "im_xx_m3" && header[19] == "im_eig3_m3")
        let values = rows[0].compactMap(Double.init)
        #expect(abs(values[1] - 3447) < 0.1)
        #expect(abs(values[2] - 1.262e-6) < 0.01 * 1.262e-6)
        #expect(abs(values[8] - 1.611e-6) < 0.01 * 1.611e-6)
    }

    /// A thin copper foil: one large negative eigenvalue (the normal), two near zero.
    @Test func foilHasOneStrongAxis() throws {
        let result = try PortalSimBinary.run(["signature", "--shape", "plate", "--length", "40 mm", "--width", "30 mm",
                                              "--thickness", "35 um", "--material", "copper", "--from", "1 MHz", "--to", "1 MHz", "--count", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let values = csvRows(result.stdout).rows[0].compactMap(Double.init)
        let (zz, xx) = (values[4], values[2])
        #expect(zz < 0 && abs(xx) < 0.01 * abs(zz))
        #expect(values[14] == zz)    // smallest eigenvalue of Re M is the normal's
    }

    @Test func frequenciesAreLogSpacedAndExactAtDecades() throws {
        let result = try PortalSimBinary.run(["signature", "--shape", "rod", "--length", "5 cm", "--radius", "1 mm",
                                              "--material", "steel", "--from", "100 Hz", "--to", "100 kHz", "--count", "4"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(csvRows(result.stdout).rows.map { $0[0] } == ["100", "1000", "10000", "100000"])
    }

    @Test(arguments: [
        (["signature", "--radius", "1 cm"], "give --material NAME or --conductivity VALUE"),
        (["signature", "--radius", "1", "--material", "copper"], "--radius: missing unit"),
        (["signature", "--radius", "1 cm", "--material", "coper"], "--material: unknown material 'coper'"),
        (["signature", "--shape", "disk", "--radius", "1 cm", "--material", "copper"], "--thickness: required for --shape disk"),
        (["signature", "--radius=-1 cm", "--material", "copper"], "--radius: must be > 0 m, got -1 cm"),
        (["signature", "--radius", "1 cm", "--material", "copper", "--from", "1 kHz", "--to", "10 Hz"], "--to: must not be below --from"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let result = try PortalSimBinary.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func helpListsShapesAndUnits() throws {
        let result = try PortalSimBinary.run(["signature", "--help"])
        #expect(result.status == 0)
        for word in ["sphere", "ellipsoid", "disk", "plate", "rod", "loop", "magnet", "e^(-iωt)"] {
            #expect(result.stdout.contains(word), "\(word)")
        }
    }
}
