import PortalPhysics

/// A pin-tumbler house key: blade and bow as two plates in the key's plane.
///
/// Size: a common cylinder key, blade 30 mm long with a mean 6 mm width after the
/// cuts, bow ~20 × 18 mm less its hole, 1.8 mm thick — about 8 g in brass. Key frame:
/// length along x, width y, flat face normal z.
enum KeyShape {
    static func parts(material: MaterialEntry, label: String, offsetM: Vector3 = .zero) -> [LibraryPart] {
        let t = 1.8e-3
        return [
            LibraryPart("\(label) blade", .plate(lengthM: 30e-3, widthM: 6e-3, thicknessM: t), material,
                        offsetM: offsetM + Vector3(8e-3, 0, 0),
                        assumption: "\(material.name) blade 30 x 6 mm mean width after cuts x 1.8 mm (typical cylinder key)"),
            LibraryPart("\(label) bow", .plate(lengthM: 18e-3, widthM: 20e-3, thicknessM: t), material,
                        offsetM: offsetM + Vector3(-16e-3, 0, 0),
                        assumption: "\(material.name) bow ~20 x 18 mm less its hole; touching the blade, summed as a separate plate"),
        ]
    }
}
