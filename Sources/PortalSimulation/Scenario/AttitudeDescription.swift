import PortalPhysics

/// Decodes a part's `attitude`: either the part's own axes named along the object's,
/// `{axes: [+y, +z, +x]}` (the part's x, y and z lie along the object's +y, +z and +x:
/// an exact quarter-turn, as the library's parts use), or intrinsic z-y′-x″ angles,
/// `{yaw: 90 deg, pitch: 0 deg, roll: 0 deg}`.
enum AttitudeDescription {
    static let axisNames: [(name: String, axis: Vector3)] = [
        ("+x", .unitX), ("-x", -Vector3.unitX), ("+y", .unitY), ("-y", -Vector3.unitY), ("+z", .unitZ), ("-z", -Vector3.unitZ),
    ]

    static func decode(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> Rotation? {
        guard let m = value.mapping(allowedKeys: ["axes", "yaw", "pitch", "roll"], reporting: &d) else { return nil }
        if let axesValue = m.optional("axes") {
            for key in ["yaw", "pitch", "roll"] {
                if let stray = m.optional(key) { d.report(stray.diagnostic("give 'axes' or angles, not both")) }
            }
            return decodeAxes(axesValue, &d)
        }
        let angles = ["yaw", "pitch", "roll"].map { key in
            m.optional(key).map { $0.quantity(.angle, reporting: &d) } ?? 0
        }
        guard let yaw = angles[0], let pitch = angles[1], let roll = angles[2] else { return nil }
        return Rotation(yawRad: yaw, pitchRad: pitch, rollRad: roll)
    }

    static func decodeAxes(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> Rotation? {
        guard let list = value.sequence(reporting: &d) else { return nil }
        guard list.count == 3 else {
            d.report(value.diagnostic("'axes' lists where the part's x, y and z point: three of +x, -x, +y, -y, +z, -z"))
            return nil
        }
        var columns: [Vector3] = [], texts: [String] = []
        for item in list {
            guard let text = item.string(reporting: &d) else { return nil }
            guard let named = axisNames.first(where: { $0.name == text }) else {
                d.report(item.diagnostic("'\(text)' is not an axis (expected one of +x, -x, +y, -y, +z, -z)"))
                return nil
            }
            columns.append(named.axis)
            texts.append(text)
        }
        let rotation = Rotation(uncheckedColumns: columns[0], columns[1], columns[2])
        guard rotation.matrix.determinant == 1 else {
            d.report(value.diagnostic("the axes \(texts.joined(separator: ", ")) are not a rotation "
                + "(they must be three different axes and right-handed: x × y = z)"))
            return nil
        }
        return rotation
    }

    /// The `axes` text of a rotation that is a quarter-turn permutation of the axes, nil
    /// for any other.
    static func axesText(of rotation: Rotation) -> [String]? {
        let m = rotation.matrix
        let names = [m.c0, m.c1, m.c2].map { column in axisNames.first { $0.axis == column }?.name }
        guard names.allSatisfy({ $0 != nil }) else { return nil }
        return names.compactMap { $0 }
    }
}
