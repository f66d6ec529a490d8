import PortalPhysics

/// Ordinary phones, for contrast with the miniature ones: the metal a detector sees
/// in a basic feature phone and in a modern smartphone.
enum Phones {
    static let all: [LibraryObject] = [featurePhone, smartphone]

    /// A basic 2G candy-bar phone of the Nokia 105 class (119 × 49 × 14 mm, ~73 g,
    /// 800 mAh removable battery). Plastic case; metal as listed.
    static let featurePhone = LibraryObject(
        name: "feature-phone", kind: .phone,
        summary: "basic bar feature phone, ~119 x 49 x 14 mm, 800 mAh removable battery",
        sizeM: Vector3(119e-3, 49e-3, 14e-3), publishedMassKg: 73e-3,
        parts: PouchCell(capacityMAh: 800, lengthM: 50e-3, widthM: 33e-3, thicknessM: 5e-3)
            .parts(offsetM: Vector3(10e-3, 0, -4e-3))
            + PrintedCircuitBoard(lengthM: 100e-3, widthM: 44e-3)
                .parts(offsetM: Vector3(0, 0, 1e-3), note: "4-layer main board under the keypad and display (assumed)")
            + PhoneParts.loudspeaker(magnetRadiusM: 4e-3, magnetThicknessM: 1.5e-3, potRadiusM: 7.5e-3,
                                     potWallHeightM: 2.5e-3, offsetM: Vector3(45e-3, 0, -3e-3),
                                     source: "a 15 mm loudspeaker (typical of feature phones)")
            + PhoneParts.microUSBReceptacle(offsetM: Vector3(-57e-3, 0, 0))
            + PhoneParts.simHolder(offsetM: Vector3(10e-3, -8e-3, -1.5e-3), label: "SIM 1 holder")
            + PhoneParts.simHolder(offsetM: Vector3(10e-3, 8e-3, -1.5e-3), label: "SIM 2 holder")
            + PhoneParts.nanoSIMContacts(offsetM: Vector3(10e-3, -8e-3, -1.8e-3))
            + PhoneParts.microSDHolder(offsetM: Vector3(-10e-3, 0, -1.5e-3))
            + [
                LibraryPart("LCD frame", .ring(innerRadiusM: Equivalent.circleRadiusM(widthM: 38e-3, heightM: 32e-3) - 1.5e-3,
                                               outerRadiusM: Equivalent.circleRadiusM(widthM: 38e-3, heightM: 32e-3) + 1.5e-3,
                                               thicknessM: 0.2e-3),
                            MaterialLibrary.steel, offsetM: Vector3(30e-3, 0, 4e-3),
                            assumption: "tin-plated steel bezel of a 2.4-inch LCD module, 3 mm x 0.2 mm strip round a "
                                + "38 x 32 mm window, as a flat steel ring of equal area and equal strip (typical module construction)"),
                LibraryPart("shield cans", .plate(lengthM: 18e-3, widthM: 15e-3, thicknessM: 0.15e-3),
                            MaterialLibrary.nickelSilver, offsetM: Vector3(0, 0, 2e-3), count: 2,
                            assumption: "two nickel-silver RF shield lids over the baseband and PA (typical; often removed on cheap boards)"),
                PhoneParts.screws(count: 6, lengthM: 4e-3, radiusM: 0.65e-3),
                PhoneParts.keypadDomes(count: 22, diameterM: 5e-3, offsetM: Vector3(-30e-3, 0, 5e-3)),
                LibraryPart("battery contacts", .plate(lengthM: 6e-3, widthM: 1.5e-3, thicknessM: 0.15e-3),
                            MaterialLibrary.phosphorBronze, offsetM: Vector3(35e-3, 0, -2e-3), count: 3,
                            assumption: "three gold-flashed phosphor-bronze spring contacts for the removable battery"),
            ])

    /// A 6.1-inch smartphone of the 2020s: aluminium frame with antenna breaks and a
    /// mid-plate, glass back, 4000 mAh cell.
    static let smartphone = LibraryObject(
        name: "smartphone", kind: .phone,
        summary: "6.1-inch smartphone, 147 x 71.5 x 7.8 mm, aluminium frame, 4000 mAh, ~180 g",
        sizeM: Vector3(147e-3, 71.5e-3, 7.8e-3), publishedMassKg: 180e-3,
        parts: smartphoneFrame
            + {
                var cell = PouchCell(capacityMAh: 4000, lengthM: 78e-3, widthM: 64e-3, thicknessM: 4.8e-3)
                cell.arealCapacityPerSideMAhPerM2 = 35_000
                return cell.parts(offsetM: Vector3(-10e-3, 0, -1e-3))
            }()
            + PrintedCircuitBoard(lengthM: 60e-3, widthM: 40e-3, planeLayerCount: 6, signalLayerCount: 4)
                .parts(offsetM: Vector3(40e-3, 0, 0.5e-3), note: "10-layer HDI main board (typical of 2020s phones)")
            + PrintedCircuitBoard(lengthM: 40e-3, widthM: 20e-3)
                .parts(offsetM: Vector3(-60e-3, 0, 0.5e-3), note: "4-layer USB/sub board")
            + PhoneParts.loudspeaker(magnetRadiusM: 3.5e-3, magnetThicknessM: 1.5e-3, potRadiusM: 5.5e-3,
                                     potWallHeightM: 2e-3, offsetM: Vector3(-65e-3, 20e-3, 0),
                                     source: "bottom speaker box driver (typical 11 x 15 mm class)")
            + PhoneParts.usbCReceptacle(offsetM: Vector3(-71e-3, 0, 0))
            + PhoneParts.nanoSIMContacts(offsetM: Vector3(-40e-3, -30e-3, 0))
            + PhoneParts.coinVibrationMotor(offsetM: Vector3(-60e-3, -20e-3, 0))
            + [
                LibraryPart("shield cans", .plate(lengthM: 25e-3, widthM: 20e-3, thicknessM: 0.15e-3),
                            MaterialLibrary.nickelSilver, offsetM: Vector3(40e-3, 0, 1.5e-3), count: 3,
                            assumption: "three nickel-silver RF shield lids on the main board (typical)"),
                LibraryPart("vapour chamber", .plate(lengthM: 60e-3, widthM: 40e-3, thicknessM: 0.2e-3),
                            MaterialLibrary.copper, offsetM: Vector3(30e-3, 0, 2.5e-3),
                            assumption: "copper vapour chamber of two 0.1 mm sheets over the SoC (common since ~2020; assumed)"),
                LibraryPart("SIM tray", .plate(lengthM: 25e-3, widthM: 11e-3, thicknessM: 0.45e-3),
                            MaterialLibrary.stainless304, offsetM: Vector3(-40e-3, -30e-3, 0),
                            attitude: PartAttitude.lengthAlongY,
                            assumption: "stainless nano-SIM tray, 0.45 mm (typical)"),
                LibraryPart("camera rings", .ring(innerRadiusM: 5.25e-3, outerRadiusM: 6.75e-3, thicknessM: 0.8e-3),
                            MaterialLibrary.stainless304, offsetM: Vector3(60e-3, 25e-3, -3e-3), count: 2,
                            assumption: "two stainless lens rings, 1.5 x 0.8 mm section (typical)"),
                LibraryPart("camera module cans", .plate(lengthM: 10e-3, widthM: 10e-3, thicknessM: 0.15e-3),
                            MaterialLibrary.stainless304, offsetM: Vector3(60e-3, 20e-3, -2e-3), count: 2,
                            assumption: "stainless can lids of two camera modules"),
                LibraryPart("camera actuator magnets", .magnet(radiusM: 0.9e-3, thicknessM: 1e-3, remanenceT: 1.2),
                            MaterialLibrary.ndfeb, offsetM: Vector3(60e-3, 20e-3, -2e-3), count: 8,
                            assumption: "four small NdFeB voice-coil (autofocus/OIS) magnets per camera, as 1.8 mm disks"),
                PhoneParts.screws(count: 14, lengthM: 3e-3, radiusM: 0.55e-3),
            ])

    /// The frame: an aluminium mid-plate (one continuous plate under the battery and
    /// boards) and the perimeter band, cut by plastic antenna breaks into segments, so
    /// its four sides are separate rods and no current circles the phone in the band.
    static let smartphoneFrame: [LibraryPart] = {
        let alloy = MaterialLibrary.aluminiumAlloy
        let bandRadius = Equivalent.wireRadiusM(widthM: 7.8e-3, thicknessM: 1.5e-3)
        let band = "perimeter band 7.8 mm high, 1.5 mm wall, as a rod of equal section; "
            + "antenna breaks (2-4 per phone) leave no closed loop (assumed)"
        return PartBuild.sheetStack(SheetStack(
            name: "frame mid-plate + display copper backing",
            sheets: [.init(lengthM: 140e-3, widthM: 66e-3, heightM: 0, thicknessM: 0.6e-3, material: alloy),
                     .init(lengthM: 140e-3, widthM: 66e-3, heightM: 3.3e-3, thicknessM: 30e-6, material: MaterialLibrary.copper)],
            assumption: "6000/7000-series aluminium mid-plate 0.6 mm over the whole outline (pocketed; mean "
                + "thickness assumed; 15 g with the band's 14 g makes a ~29 g frame) and the ~30 um copper foil "
                + "behind the OLED panel 3.3 mm above it (heat and shielding; assumed, varies by maker), "
                + "solved as one coupled pair of sheets")).parts() + [
            LibraryPart("frame long sides", .rod(lengthM: 147e-3, radiusM: bandRadius), alloy,
                        offsetM: Vector3(0, 34.8e-3, 0), attitude: PartAttitude.zAlongX, count: 2, assumption: band),
            LibraryPart("frame short sides", .rod(lengthM: 71.5e-3, radiusM: bandRadius), alloy,
                        offsetM: Vector3(72.7e-3, 0, 0), attitude: PartAttitude.zAlongY, count: 2, assumption: band),
        ]
    }()
}
