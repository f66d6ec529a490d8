import PortalPhysics

/// The "lighter-sized" phones smuggled into prisons, built from their remaining metal.
///
/// Sellers advertise them as having no metal and are said to strip what they can; what
/// cannot go is the battery, the board's copper, the SIM and its contacts, the USB
/// receptacle and the loudspeaker. Case, keypad and display are plastic and glass.
/// Layouts are plausible, not measured: in the dipole approximation only each part's
/// size, metal and attitude matter, not where it sits.
enum MiniPhones {
    static let all: [LibraryObject] = [thumbBar, mini3310, lighterShaped]

    /// The smallest bar phone sold (public specifications: 46.7 × 21 × 12 mm, 13 g,
    /// 200 mAh Li-polymer, micro-USB, nano-SIM, loudspeaker, 0.49-inch OLED, 2G).
    /// Cell 30 × 17 × 4 mm: 0.74 Wh at ~370 Wh/L of small pouch cells is 2 cm³.
    /// No vibration motor, microphone can or display frame is modelled (assumed absent
    /// or a few milligrams).
    static let thumbBar = LibraryObject(
        name: "mini-phone-thumb", kind: .miniPhone,
        summary: "thumb-sized 2G bar phone, 46.7 x 21 x 12 mm, 13 g, 200 mAh (smallest sold)",
        sizeM: Vector3(46.7e-3, 21e-3, 12e-3), publishedMassKg: 13e-3,
        parts: PouchCell(capacityMAh: 200, lengthM: 30e-3, widthM: 17e-3, thicknessM: 4e-3)
            .parts(offsetM: Vector3(3e-3, 0, -3.5e-3))
            + PrintedCircuitBoard(lengthM: 40e-3, widthM: 18e-3)
                .parts(offsetM: Vector3(-1e-3, 0, 1.5e-3),
                       note: "4-layer board filling the 46.7 x 21 mm case less walls (assumed; 2G single-chip designs use 4-6 layers)")
            + PhoneParts.loudspeaker(magnetRadiusM: 2.25e-3, magnetThicknessM: 1.0e-3, potRadiusM: 4e-3,
                                     potWallHeightM: 1.5e-3, offsetM: Vector3(17e-3, 0, 3e-3),
                                     source: "an 8 mm round micro-speaker, the largest that fits the 21 mm width beside the display (assumed)")
            + PhoneParts.microUSBReceptacle(offsetM: Vector3(-20.5e-3, 0, 0))
            + PhoneParts.simHolder(offsetM: Vector3(8e-3, 0, -0.5e-3))
            + PhoneParts.nanoSIMContacts(offsetM: Vector3(8e-3, 0, -0.8e-3))
            + [
                PhoneParts.screws(count: 4, lengthM: 3e-3, radiusM: 0.55e-3),
                PhoneParts.keypadDomes(count: 17, diameterM: 3e-3, offsetM: Vector3(-8e-3, 0, 4e-3)),
            ])

    static let mini3310 = LibraryObject(
        name: "mini-phone-3310", kind: .miniPhone,
        summary: "'mini 3310' style bar phone, 68 x 28 x 13 mm, 350 mAh, two SIMs, microSD",
        sizeM: Vector3(68e-3, 28e-3, 13e-3), publishedMassKg: nil,
        parts: PouchCell(capacityMAh: 350, lengthM: 40e-3, widthM: 24e-3, thicknessM: 4.5e-3)
            .parts(offsetM: Vector3(5e-3, 0, -3.5e-3))
            + PrintedCircuitBoard(lengthM: 60e-3, widthM: 25e-3)
                .parts(offsetM: Vector3(0, 0, 1.5e-3), note: "4-layer board, 60 x 25 mm inside a 68 x 28 mm case (assumed)")
            + PhoneParts.loudspeaker(magnetRadiusM: 3e-3, magnetThicknessM: 1.2e-3, potRadiusM: 5e-3,
                                     potWallHeightM: 2e-3, offsetM: Vector3(26e-3, 0, -2e-3),
                                     source: "a 10 mm round speaker (typical of budget bar phones; assumed)")
            + PhoneParts.microUSBReceptacle(offsetM: Vector3(-31.5e-3, 0, 0))
            + PhoneParts.simHolder(offsetM: Vector3(8e-3, -5e-3, -1e-3), label: "SIM 1 holder")
            + PhoneParts.simHolder(offsetM: Vector3(8e-3, 6e-3, -1e-3), label: "SIM 2 holder")
            + PhoneParts.nanoSIMContacts(offsetM: Vector3(8e-3, -5e-3, -1.3e-3))
            + PhoneParts.microSDHolder(offsetM: Vector3(-12e-3, 0, -1e-3))
            + PhoneParts.coinVibrationMotor(offsetM: Vector3(-22e-3, 6e-3, -2e-3))
            + [
                PhoneParts.screws(count: 4, lengthM: 4e-3, radiusM: 0.55e-3),
                PhoneParts.keypadDomes(count: 18, diameterM: 4e-3, offsetM: Vector3(-12e-3, 0, 4.5e-3)),
            ])

    static let lighterShaped = LibraryObject(
        name: "mini-phone-lighter", kind: .miniPhone,
        summary: "phone in a disposable-lighter shape, ~64 x 25 x 13 mm, ~300 mAh (dimensions assumed)",
        sizeM: Vector3(64e-3, 25e-3, 13e-3), publishedMassKg: nil,
        parts: PouchCell(capacityMAh: 300, lengthM: 38e-3, widthM: 21e-3, thicknessM: 4.2e-3)
            .parts(offsetM: Vector3(6e-3, 0, -3.5e-3))
            + PrintedCircuitBoard(lengthM: 55e-3, widthM: 22e-3)
                .parts(offsetM: Vector3(0, 0, 1.5e-3),
                       note: "4-layer board in a lighter-sized plastic body; the 'lighter' look is paint or a "
                           + "sub-micrometre metallised film, neglected (assumed, no teardown found)")
            + PhoneParts.loudspeaker(magnetRadiusM: 2.25e-3, magnetThicknessM: 1.0e-3, potRadiusM: 4e-3,
                                     potWallHeightM: 1.5e-3, offsetM: Vector3(24e-3, 0, 3e-3),
                                     source: "an 8 mm micro-speaker (assumed)")
            + PhoneParts.microUSBReceptacle(offsetM: Vector3(-29.5e-3, 0, 0))
            + PhoneParts.simHolder(offsetM: Vector3(6e-3, 0, -1e-3))
            + PhoneParts.nanoSIMContacts(offsetM: Vector3(6e-3, 0, -1.3e-3))
            + [
                PhoneParts.screws(count: 4, lengthM: 3e-3, radiusM: 0.55e-3),
                PhoneParts.keypadDomes(count: 15, diameterM: 3e-3, offsetM: Vector3(-10e-3, 0, 4.5e-3)),
            ])
}
