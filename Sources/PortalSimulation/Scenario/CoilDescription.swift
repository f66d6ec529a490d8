import PortalPhysics

/// Decodes one coil of a scenario's portal:
///
/// ```yaml
/// - shape: rectangle        # rectangle | circle | polygon
///   width: 50 cm            # rectangle: in-plane, horizontal
///   height: 1.9 m           # rectangle: in-plane, as vertical as the normal allows
///   radius: 25 cm           # circle
///   vertices: [[-43 cm, -25 cm, 5 cm], ...]   # polygon, portal frame, current in this order
///   center: [-43 cm, 0 m, 1 m]
///   normal: x               # x, -x, y, -y, z, -z or [nx, ny, nz]
///   turns: 30
///   weight: 1               # share of the drive (TX) or sign in the channel (RX)
///   wire_radius: 1 mm
/// ```
enum CoilDescription {
    static let keys = ["shape", "width", "height", "radius", "vertices", "center", "normal", "turns", "weight", "wire_radius"]

    static func decode(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> WeightedCoil? {
        guard let m = value.mapping(allowedKeys: keys, reporting: &d),
              let shapeName = m.required("shape", reporting: &d)?.oneOf(["rectangle", "circle", "polygon"], reporting: &d)
        else { return nil }
        let turns = m.optional("turns").map { $0.double(range: .coilTurns, reporting: &d) } ?? 1
        let weight = m.optional("weight").map { $0.double(range: .coilWeight, reporting: &d) } ?? 1
        let wireRadius = m.optional("wire_radius").map { $0.quantity(.length, range: .wireRadius, reporting: &d) }
            ?? Coil.defaultWireRadiusM
        let onlyFor: [String: String] = ["width": "rectangle", "height": "rectangle", "radius": "circle", "vertices": "polygon"]
        for (key, shape) in onlyFor where shape != shapeName {
            if let stray = m.optional(key) { d.report(stray.diagnostic("'\(key)' applies to shape \(shape), not \(shapeName)")) }
        }
        if shapeName == "polygon" {
            for key in ["center", "normal"] {
                if let stray = m.optional(key) { d.report(stray.diagnostic("a polygon's vertices are in the portal frame; remove '\(key)'")) }
            }
            let vertices = m.required("vertices", reporting: &d).flatMap { decodeVertices($0, &d) }
            guard let vertices, let turns, let weight, let wireRadius else { return nil }
            return WeightedCoil(Coil(shape: .polygon(verticesM: vertices), turns: turns, wireRadiusM: wireRadius), weight: weight)
        }
        let shape: Coil.Shape?
        if shapeName == "circle" {
            shape = m.required("radius", reporting: &d)?.quantity(.length, range: .coilSize, reporting: &d)
                .map { Coil.Shape.circle(radiusM: $0) }
        } else {
            let width = m.required("width", reporting: &d)?.quantity(.length, range: .coilSize, reporting: &d)
            let height = m.required("height", reporting: &d)?.quantity(.length, range: .coilSize, reporting: &d)
            shape = width.flatMap { w in height.map { Coil.Shape.rectangle(widthM: w, heightM: $0) } }
        }
        let center = m.required("center", reporting: &d).flatMap { VectorDescription.decodePoint($0, range: .coilPosition, &d) }
        let normal = m.required("normal", reporting: &d).flatMap { VectorDescription.decodeDirection($0, &d) }
        guard let shape, let center, let normal, let turns, let weight, let wireRadius else { return nil }
        return WeightedCoil(Coil(shape: shape, turns: turns, centerM: center,
                                 orientation: coilFrame(normal: normal), wireRadiusM: wireRadius), weight: weight)
    }

    /// The coil's frame: local z along the normal, local y as close to vertical as it
    /// can be (or along +y for a horizontal coil), local x = y × z.
    static func coilFrame(normal n: Vector3) -> Rotation {
        let up = abs(n.z) > 0.999 ? Vector3.unitY : Vector3.unitZ
        let y = (up - up.dot(n) * n).normalized ?? .unitY
        return Rotation(uncheckedColumns: y.cross(n), y, n)
    }

    static func decodeVertices(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> [Vector3]? {
        guard let items = value.sequence(reporting: &d) else { return nil }
        if items.count < 3 { d.report(value.diagnostic("a polygon needs at least 3 vertices, got \(items.count)")); return nil }
        let points = items.map { VectorDescription.decodePoint($0, range: .coilPosition, &d) }
        let known = points.compactMap { $0 }
        return known.count == points.count ? known : nil
    }
}

/// Points (`[x, y, z]` with length units) and directions (`x`, `-z`, `[nx, ny, nz]`).
enum VectorDescription {
    /// `[x, y, z]`, each coordinate within `range` (and the length's physical range).
    static func decodePoint(_ value: YAMLValue, range: AllowedRange = .any, _ d: inout DiagnosticCollector) -> Vector3? {
        guard let items = value.sequence(reporting: &d) else { return nil }
        guard items.count == 3 else {
            d.report(value.diagnostic("expected [x, y, z] with units, got \(items.count) values"))
            return nil
        }
        let c = items.map { $0.quantity(.length, range: range, reporting: &d) }
        guard let x = c[0], let y = c[1], let z = c[2] else { return nil }
        return Vector3(x, y, z)
    }

    static func decodeDirection(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> Vector3? {
        if case .scalar = value.node {
            let axes: [String: Vector3] = ["x": .unitX, "-x": -.unitX, "y": .unitY, "-y": -.unitY, "z": .unitZ, "-z": -.unitZ]
            guard let name = value.oneOf(["x", "-x", "y", "-y", "z", "-z"], reporting: &d) else { return nil }
            return axes[name]
        }
        guard let items = value.sequence(reporting: &d) else { return nil }
        guard items.count == 3 else {
            d.report(value.diagnostic("expected an axis name or [nx, ny, nz], got \(items.count) values"))
            return nil
        }
        let c = items.map { $0.double(range: .directionComponent, reporting: &d) }
        guard let x = c[0], let y = c[1], let z = c[2] else { return nil }
        guard let n = Vector3(x, y, z).normalized else {
            d.report(value.diagnostic("a direction cannot be the zero vector"))
            return nil
        }
        return n
    }
}
