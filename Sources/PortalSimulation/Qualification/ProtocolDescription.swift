import PortalPhysics

/// Decodes the `protocol:` section of a protocol file (docs/scenario-format.md,
/// "Protocol files").
///
/// ```yaml
/// protocol:
///   object: sphere-steel-25.4mm       # a library object or one of the file's `objects:`
///   passes: 10                         # per point and orientation
///   required: 100 %                    # share of passes that must alarm at each point
///   orientations: [x, y, z]            # the object's own z axis along portal x, y or z
///   walking_speed: 1 m/s
///   lateral_offset: 0 cm               # sd of the tester's offset from the centre line
///   points:
///     - {name: head, lateral: 0 cm, height: 1.70 m, front_back: 0 cm}
/// ```
enum ProtocolDescription {
    static let keys = ["object", "passes", "required", "orientations", "walking_speed", "lateral_offset", "points"]
    static let pointKeys = ["name", "lateral", "height", "front_back"]
    /// How far in front of or behind the body a point may be: the sensitivity grid
    /// reaches 0.3 m beyond the walk (see `CompiledPortal`).
    static let frontBackLimitM = 0.3

    /// The protocol, or nil with every problem reported.
    ///
    /// - Parameters:
    ///   - catalog: the objects the protocol may name.
    ///   - pendingObjects: names the file defines under `objects:` but that failed to
    ///     decode; naming one is not reported again (its own error says what is wrong).
    ///   - aperture: the portal's opening, which the points must lie in; nil when the
    ///     portal itself could not be decoded.
    static func decode(_ value: YAMLValue, catalog: ObjectCatalog, pendingObjects: Set<String> = [],
                       aperture: Aperture?, reporting d: inout DiagnosticCollector) -> QualificationProtocol? {
        guard let m = value.mapping(allowedKeys: keys, reporting: &d) else { return nil }
        let object = m.required("object", reporting: &d).flatMap { decodeObject($0, catalog: catalog, pendingObjects: pendingObjects, &d) }
        let passes = m.optional("passes").map { $0.int(range: .within(1...100_000), reporting: &d) } ?? 10
        let required = m.optional("required").map {
            $0.quantity(.dimensionless, range: .greaterThan(0).and(.atMost(1)), reporting: &d)
        } ?? 1
        let orientations = m.optional("orientations").map { decodeOrientations($0, &d) } ?? TestOrientation.allCases
        let speed = m.optional("walking_speed").map { $0.quantity(.speed, range: .within(0.1...5), reporting: &d) } ?? 1
        let offset = m.optional("lateral_offset").map { $0.quantity(.length, range: .within(0...0.3), reporting: &d) } ?? 0
        let points = m.required("points", reporting: &d).flatMap { decodePoints($0, aperture: aperture, &d) }
        guard let object, let passes, let required, let orientations, let speed, let offset, let points else { return nil }
        return QualificationProtocol(object: object, passes: passes, requiredShare: required, orientations: orientations,
                                     walkingSpeedMPerS: speed, lateralOffsetSdM: offset, points: points)
    }

    static func decodeObject(_ value: YAMLValue, catalog: ObjectCatalog, pendingObjects: Set<String>,
                             _ d: inout DiagnosticCollector) -> ObjectEntry? {
        if let name = value.node.scalar?.string, !catalog.contains(name), pendingObjects.contains(name) { return nil }
        return PopulationDescription.lookupObject(value, catalog: catalog, &d)
    }

    /// A non-empty list of distinct orientations.
    static func decodeOrientations(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> [TestOrientation]? {
        guard let items = value.sequence(reporting: &d) else { return nil }
        if items.isEmpty { d.report(value.diagnostic("give at least one of x, y, z")); return nil }
        var seen: [TestOrientation] = []
        var ok = true
        for item in items {
            guard let orientation = item.choice(of: TestOrientation.self, reporting: &d) else { ok = false; continue }
            if seen.contains(orientation) {
                d.report(item.diagnostic("'\(orientation.rawValue)' is listed twice"))
                ok = false
            }
            seen.append(orientation)
        }
        return ok ? seen : nil
    }

    static func decodePoints(_ value: YAMLValue, aperture: Aperture?, _ d: inout DiagnosticCollector) -> [TestPoint]? {
        guard let items = value.sequence(reporting: &d) else { return nil }
        if items.isEmpty { d.report(value.diagnostic("give at least one point")); return nil }
        var names: Set<String> = []
        let points = items.map { item -> TestPoint? in
            guard let point = decodePoint(item, aperture: aperture, &d) else { return nil }
            if !names.insert(point.name).inserted {
                let at = item.mapping(reporting: &d)?.optional("name") ?? item
                d.report(at.diagnostic("the point name '\(point.name)' is used twice"))
                return nil
            }
            return point
        }
        return points.contains { $0 == nil } ? nil : points.compactMap { $0 }
    }

    /// `{name, lateral, height, front_back}`; lateral and height must lie inside the
    /// aperture (outside it the tester would walk through a panel).
    static func decodePoint(_ value: YAMLValue, aperture: Aperture?, _ d: inout DiagnosticCollector) -> TestPoint? {
        guard let m = value.mapping(allowedKeys: pointKeys, reporting: &d) else { return nil }
        let halfWidth = aperture.map { $0.widthM / 2 }
        let lateralRange: AllowedRange = halfWidth.map { .within(-$0...$0) } ?? .any
        let heightRange: AllowedRange = .greaterThan(0).and(aperture.map { .atMost($0.heightM) } ?? .any)
        let name = m.required("name", reporting: &d)?.name(reporting: &d)
        let lateral = m.optional("lateral").map { $0.quantity(.length, range: lateralRange, reporting: &d) } ?? 0
        let height = m.required("height", reporting: &d)?.quantity(.length, range: heightRange, reporting: &d)
        let frontBack = m.optional("front_back").map {
            $0.quantity(.length, range: .within(-frontBackLimitM...frontBackLimitM), reporting: &d)
        } ?? 0
        guard let name, let lateral, let height, let frontBack else { return nil }
        return TestPoint(name: name, lateralM: lateral, heightM: height, frontBackM: frontBack)
    }
}
