import PortalPhysics

/// Single components as objects of their own: the floor a miniature phone cannot go
/// below (its SIM) and its battery.
enum Components {
    static let all: [LibraryObject] = [nanoSIM, battery200]

    static let nanoSIM = LibraryObject(
        name: "nano-sim", kind: .component,
        summary: "nano-SIM card (4FF, 12.3 x 8.8 x 0.67 mm): only its contact module is metal",
        sizeM: Vector3(12.3e-3, 8.8e-3, 0.67e-3), publishedMassKg: nil,
        parts: PhoneParts.nanoSIMContacts(offsetM: .zero))

    static let battery200 = LibraryObject(
        name: "battery-200mah", kind: .component,
        summary: "200 mAh Li-polymer pouch cell, 30 x 17 x 4 mm: 23 foils and the laminate as one coupled stack",
        sizeM: Vector3(30e-3, 17e-3, 4e-3), publishedMassKg: nil,
        parts: PouchCell(capacityMAh: 200, lengthM: 30e-3, widthM: 17e-3, thicknessM: 4e-3).parts())
}
