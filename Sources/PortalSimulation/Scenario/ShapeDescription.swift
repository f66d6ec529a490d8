import PortalPhysics

/// Decodes a part's `shape:` and its sizes into a ``Primitive``, in a library file or a
/// scenario's `objects:` alike:
///
/// | shape | sizes |
/// | --- | --- |
/// | sphere | radius |
/// | ellipsoid | semi_axes: [a, b, c] |
/// | disk | radius, thickness |
/// | ring | inner_radius, radius, thickness |
/// | plate | length, width, thickness |
/// | rod | length, radius |
/// | loop | radius, wire_radius |
/// | magnet | radius, thickness, remanence |
enum ShapeDescription {
    static let names = ["sphere", "ellipsoid", "disk", "ring", "plate", "rod", "loop", "magnet"]
    static let sizeKeys = ["radius", "inner_radius", "thickness", "length", "width", "semi_axes", "wire_radius", "remanence"]

    static func decode(_ m: YAMLMapping, _ d: inout DiagnosticCollector) -> Primitive? {
        guard let shapeValue = m.optional("shape"), let shape = shapeValue.oneOf(names, reporting: &d) else { return nil }
        func length(_ key: String) -> Double? {
            m.required(key, reporting: &d)?.quantity(.length, range: .objectSize, reporting: &d)
        }
        switch shape {
        case "sphere": return length("radius").map { .sphere(radiusM: $0) }
        case "ellipsoid":
            return m.required("semi_axes", reporting: &d).flatMap { VectorDescription.decodePoint($0, range: .objectSize, &d) }
                .map { .ellipsoid(semiAxesM: $0) }
        case "disk":
            let r = length("radius"), t = length("thickness")
            return r.flatMap { r in t.map { .disk(radiusM: r, thicknessM: $0) } }
        case "ring":
            let a = length("inner_radius"), b = length("radius"), t = length("thickness")
            if let a, let b, a >= b, let value = m.optional("inner_radius") {
                d.report(value.diagnostic("the inner radius must be below the radius"))
            }
            return a.flatMap { a in b.flatMap { b in t.flatMap { t in a < b ? .ring(innerRadiusM: a, outerRadiusM: b, thicknessM: t) : nil } } }
        case "plate":
            let l = length("length"), w = length("width"), t = length("thickness")
            return l.flatMap { l in w.flatMap { w in t.map { .plate(lengthM: l, widthM: w, thicknessM: $0) } } }
        case "rod":
            let l = length("length"), r = length("radius")
            return l.flatMap { l in r.map { .rod(lengthM: l, radiusM: $0) } }
        case "loop":
            let b = length("radius"), rw = length("wire_radius")
            return b.flatMap { b in rw.map { .wireLoop(loopRadiusM: b, wireRadiusM: $0) } }
        default:
            let r = length("radius"), t = length("thickness")
            let br = m.required("remanence", reporting: &d)?.quantity(.magneticFluxDensity, range: .remanence, reporting: &d)
            return r.flatMap { r in t.flatMap { t in br.map { .magnet(radiusM: r, thicknessM: t, remanenceT: $0) } } }
        }
    }
}
