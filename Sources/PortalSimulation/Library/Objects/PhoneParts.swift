import PortalPhysics

/// The small metal parts phones are built from, each with its typical size and metal.
/// Offsets and attitudes are in the device frame (length x, width y, thickness z).
enum PhoneParts {
    /// A micro-speaker: NdFeB disk magnet, steel top plate, steel pot (base and wall).
    static func loudspeaker(magnetRadiusM: Double, magnetThicknessM: Double, potRadiusM: Double,
                            potWallHeightM: Double, sheetThicknessM: Double = 0.3e-3,
                            offsetM: Vector3, source: String) -> [LibraryPart] {
        let steel = MaterialLibrary.steel
        return [
            LibraryPart("speaker magnet", .magnet(radiusM: magnetRadiusM, thicknessM: magnetThicknessM, remanenceT: 1.2),
                        MaterialLibrary.ndfeb, offsetM: offsetM,
                        assumption: "sintered NdFeB disk \(LengthText.mm(2 * magnetRadiusM)) x \(LengthText.mm(magnetThicknessM)) mm, "
                            + "B_r 1.2 T (N35-N42 grade), magnetised along the speaker axis (device z); " + source),
            LibraryPart("speaker top plate", .disk(radiusM: magnetRadiusM, thicknessM: sheetThicknessM), steel,
                        offsetM: offsetM + Vector3(0, 0, magnetThicknessM / 2 + sheetThicknessM / 2),
                        assumption: "low-carbon steel pole washer on the magnet, same diameter, \(LengthText.mm(sheetThicknessM)) mm"),
            LibraryPart("speaker pot base", .disk(radiusM: potRadiusM, thicknessM: sheetThicknessM), steel,
                        offsetM: offsetM - Vector3(0, 0, magnetThicknessM / 2 + sheetThicknessM / 2),
                        assumption: "drawn low-carbon steel cup, base \(LengthText.mm(2 * potRadiusM)) mm, \(LengthText.mm(sheetThicknessM)) mm sheet"),
            LibraryPart("speaker pot wall",
                        .ring(innerRadiusM: potRadiusM - sheetThicknessM, outerRadiusM: potRadiusM, thicknessM: potWallHeightM),
                        steel, offsetM: offsetM,
                        assumption: "the cup's wall, \(LengthText.mm(potWallHeightM)) mm high and \(LengthText.mm(sheetThicknessM)) mm "
                            + "thick, a steel tube (eddy currents round it and its magnetisation along and across its axis)"),
        ]
    }

    /// A micro-USB B receptacle (7.5 × 2.5 mm mouth, 5 mm deep) at the device's −x end,
    /// insertion along x.
    static func microUSBReceptacle(offsetM: Vector3) -> [LibraryPart] {
        let shell = MaterialLibrary.stainless304, t = 0.2e-3
        return [
            LibraryPart("micro-USB shell top/bottom", .plate(lengthM: 5e-3, widthM: 7.5e-3, thicknessM: t), shell,
                        offsetM: offsetM, count: 2,
                        assumption: "drawn shell of 0.2 mm SUS304 (the common shell metal; some are tin-plated steel), "
                            + "its two 5 x 7.5 mm faces as plates; mouth per the micro-USB receptacle outline"),
            LibraryPart("micro-USB shell loop",
                        .wireLoop(loopRadiusM: Equivalent.circleRadiusM(widthM: 7.1e-3, heightM: 2.1e-3),
                                  wireRadiusM: Equivalent.wireRadiusM(widthM: 5e-3, thicknessM: t)),
                        shell, offsetM: offsetM, attitude: PartAttitude.zAlongX,
                        assumption: "the closed shell round the insertion axis as a loop of equal area and equal wall "
                            + "cross-section (5 mm x 0.2 mm): the eddy path a field along x sees"),
            LibraryPart("micro-USB contacts", .plate(lengthM: 4e-3, widthM: 0.3e-3, thicknessM: 0.1e-3),
                        MaterialLibrary.phosphorBronze, offsetM: offsetM, count: 5,
                        assumption: "five phosphor-bronze contact springs, gold-flashed (flash neglected)"),
        ]
    }

    /// A USB-C receptacle (8.94 × 3.26 mm mouth, 6.5 mm deep), insertion along x.
    static func usbCReceptacle(offsetM: Vector3) -> [LibraryPart] {
        let shell = MaterialLibrary.stainless304, t = 0.25e-3
        return [
            LibraryPart("USB-C shell faces", .plate(lengthM: 6.5e-3, widthM: 8.9e-3, thicknessM: t), shell,
                        offsetM: offsetM, count: 2,
                        assumption: "seamless drawn SUS304 shell 0.25 mm, two faces as plates; outline per USB-C receptacle"),
            LibraryPart("USB-C shell loop",
                        .wireLoop(loopRadiusM: Equivalent.circleRadiusM(widthM: 8.4e-3, heightM: 2.7e-3),
                                  wireRadiusM: Equivalent.wireRadiusM(widthM: 6.5e-3, thicknessM: t)),
                        shell, offsetM: offsetM, attitude: PartAttitude.zAlongX,
                        assumption: "the closed shell round the insertion axis as an equal-area, equal-section loop"),
            LibraryPart("USB-C mid-plate", .plate(lengthM: 6e-3, widthM: 6.5e-3, thicknessM: 0.15e-3),
                        MaterialLibrary.stainless304, offsetM: offsetM,
                        assumption: "stainless mid-plate of the tongue (typical of USB-C receptacles)"),
        ]
    }

    /// A nano-SIM card's contact module: copper pads, nickel under-plate, gold flash.
    static func nanoSIMContacts(offsetM: Vector3) -> [LibraryPart] {
        [
            LibraryPart("nano-SIM pads copper", .plate(lengthM: 3.5e-3, widthM: 2.0e-3, thicknessM: 35e-6),
                        MaterialLibrary.copper, offsetM: offsetM, count: 6,
                        assumption: "six separate contact pads (C1-C3, C5-C7) of ~3.5 x 2 mm on the module tape, "
                            + "35 um copper (ISO/IEC 7816-2 positions; foil thickness typical); pads are isolated, so "
                            + "no eddy loop spans the module"),
            LibraryPart("nano-SIM pads nickel", .plate(lengthM: 3.5e-3, widthM: 2.0e-3, thicknessM: 2e-6),
                        MaterialLibrary.nickel, offsetM: offsetM, count: 6,
                        assumption: "~2 um electroplated nickel barrier under the gold; ferromagnetic (mu_r of plated Ni "
                            + "uncertain, the table's 100 taken)"),
            LibraryPart("nano-SIM pads gold", .plate(lengthM: 3.5e-3, widthM: 2.0e-3, thicknessM: 0.1e-6),
                        MaterialLibrary.gold, offsetM: offsetM, count: 6,
                        assumption: "0.1 um gold flash (typical 0.05-0.2 um)"),
        ]
    }

    /// A push-in nano-SIM holder: stainless cover and six contact springs.
    static func simHolder(offsetM: Vector3, label: String = "SIM holder") -> [LibraryPart] {
        [
            LibraryPart("\(label) cover", .plate(lengthM: 14e-3, widthM: 11.5e-3, thicknessM: 0.15e-3),
                        MaterialLibrary.stainless304, offsetM: offsetM,
                        assumption: "0.15 mm SUS304 cover over a 12.3 x 8.8 mm nano-SIM (holder outline typical)"),
            LibraryPart("\(label) contacts", .plate(lengthM: 5e-3, widthM: 0.8e-3, thicknessM: 0.1e-3),
                        MaterialLibrary.phosphorBronze, offsetM: offsetM, count: 6,
                        assumption: "six phosphor-bronze springs (typical)"),
        ]
    }

    /// A push-push microSD holder: stainless cover and eight contact springs.
    static func microSDHolder(offsetM: Vector3) -> [LibraryPart] {
        [
            LibraryPart("microSD holder cover", .plate(lengthM: 15e-3, widthM: 14e-3, thicknessM: 0.15e-3),
                        MaterialLibrary.stainless304, offsetM: offsetM,
                        assumption: "0.15 mm SUS304 cover over an 11 x 15 mm card (typical holder)"),
            LibraryPart("microSD holder contacts", .plate(lengthM: 5e-3, widthM: 0.8e-3, thicknessM: 0.1e-3),
                        MaterialLibrary.phosphorBronze, offsetM: offsetM, count: 8,
                        assumption: "eight phosphor-bronze springs"),
        ]
    }

    /// Steel machine screws, axis along the device's thickness.
    static func screws(count: Int, lengthM: Double, radiusM: Double, offsetM: Vector3 = .zero) -> LibraryPart {
        LibraryPart("case screws", .rod(lengthM: lengthM, radiusM: radiusM),
                    MaterialLibrary.steel, offsetM: offsetM, count: count,
                    assumption: "\(count) carbon-steel case screws, core \(LengthText.mm(2 * radiusM)) mm x "
                        + "\(LengthText.mm(lengthM)) mm (the thread's core as a solid rod), heads neglected")
    }

    /// Keypad dome switches: stainless spring disks under the keys.
    static func keypadDomes(count: Int, diameterM: Double = 4e-3, offsetM: Vector3 = .zero) -> LibraryPart {
        LibraryPart("keypad domes", .disk(radiusM: diameterM / 2, thicknessM: 0.06e-3),
                    MaterialLibrary.stainless301Spring, offsetM: offsetM, count: count,
                    assumption: "\(count) metal domes, \(LengthText.mm(diameterM)) mm, 0.06 mm 301 stainless (typical "
                        + "tactile domes: 4-5 mm, 0.05-0.08 mm); one per key")
    }

    /// A coin (pancake) vibration motor, 10 mm × 2.7 mm.
    static func coinVibrationMotor(offsetM: Vector3) -> [LibraryPart] {
        [
            LibraryPart("vibration motor case", .disk(radiusM: 5e-3, thicknessM: 0.2e-3), MaterialLibrary.steel,
                        offsetM: offsetM, count: 2,
                        assumption: "steel can of a 10 x 2.7 mm coin motor, lid and base as 0.2 mm disks"),
            LibraryPart("vibration motor magnet", .magnet(radiusM: 3.5e-3, thicknessM: 0.8e-3, remanenceT: 1.2),
                        MaterialLibrary.ndfeb, offsetM: offsetM,
                        assumption: "NdFeB ring magnet as a 7 mm disk, 0.8 mm (typical of coin motors), B_r 1.2 T"),
        ]
    }
}
