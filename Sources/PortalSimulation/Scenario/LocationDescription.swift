/// Decodes a `locations:` section — the built-in library's `locations.yaml` and a
/// scenario's alike: each key a new body location's name, its value where the place is.
///
/// ```yaml
/// locations:
///   prosthesis-socket:
///     summary: in the socket of a below-knee prosthesis
///     class: clothing                      # surface, clothing, inside-shoe, body-cavity
///     height_men: {mean: 0.42 m, sd: 0.02 m}
///     height_women: {mean: 0.39 m, sd: 0.02 m}
///     lateral_offset: [0.08 m, 0.12 m]      # |x| from the body's centre line
///     either_side: true
///     front_back_offset: [-0.03 m, 0.03 m]  # y, + in front
///     attitude: upright-facing-front
///     moves_with_gait: true
///     wand_area: legs                      # optional: from class and height
///     wand_depth: 1 cm                     # optional: from class
///     source: "shank of a transtibial socket (assumed)"
/// ```
///
/// A scenario may add names but not redefine a built-in one, as with materials and
/// objects: one name means one place in a run's results.
enum LocationDescription {
    static let keys = ["summary", "class", "height_men", "height_women", "lateral_offset", "either_side",
                       "front_back_offset", "attitude", "moves_with_gait", "wand_area", "wand_depth", "source"]

    /// - Parameters:
    ///   - reserved: names that may not be defined again (the built-in ones, for a
    ///     scenario); empty for the library file itself.
    ///   - requireSource: whether every entry must give its `summary` and `source` (the
    ///     library's must; a scenario's default to "defined in FILE").
    static func decode(_ value: YAMLValue, reserved: LocationCatalog, requireSource: Bool,
                       _ d: inout DiagnosticCollector) -> [BodyLocation] {
        guard let mapping = value.mapping(reporting: &d) else { return [] }
        var result: [BodyLocation] = []
        for entry in mapping.entries {
            guard LibraryName.check(entry.key, at: entry.keyValue, what: "body location", &d) else { continue }
            if reserved.named(entry.key) != nil {
                d.report(entry.keyValue.diagnostic("'\(entry.key)' is a built-in body location; give yours another name"))
                continue
            }
            if result.contains(where: { $0.name == entry.key }) {
                d.report(entry.keyValue.diagnostic("the body location '\(entry.key)' is defined twice"))
                continue
            }
            if let location = decodeEntry(name: entry.key, entry.value, requireSource: requireSource, &d) { result.append(location) }
        }
        return result
    }

    static func decodeEntry(name: String, _ value: YAMLValue, requireSource: Bool, _ d: inout DiagnosticCollector) -> BodyLocation? {
        guard let m = value.mapping(allowedKeys: keys, reporting: &d) else { return nil }
        func text(_ key: String) -> String? {
            let found = requireSource ? m.required(key, reporting: &d) : m.optional(key)
            return found.map { $0.string(reporting: &d) } ?? "defined in \(value.file)"
        }
        let summary = text("summary")
        let locationClass = m.required("class", reporting: &d)?.choice(of: BodyLocation.LocationClass.self, reporting: &d)
        let maleValue = m.optional("height_men"), femaleValue = m.optional("height_women")
        let male = maleValue.flatMap { decodeHeight($0, &d) }
        let female = femaleValue.flatMap { decodeHeight($0, &d) }
        if maleValue == nil && femaleValue == nil {
            d.report(value.diagnostic("give 'height_men' or 'height_women' (or both): where the place is for each sex it exists for"))
        }
        let lateral = m.required("lateral_offset", reporting: &d).flatMap { decodeRange($0, range: .bodyLateralOffset, &d) }
        let eitherSide = m.optional("either_side").map { $0.bool(reporting: &d) } ?? false
        let frontBack = m.required("front_back_offset", reporting: &d).flatMap { decodeRange($0, range: .bodyFrontBackOffset, &d) }
        let attitude = m.required("attitude", reporting: &d)?.choice(of: DeviceAttitude.self, reporting: &d)
        let gait = m.optional("moves_with_gait").map { $0.bool(reporting: &d) } ?? false
        let wandAreaValue = m.optional("wand_area"), wandDepthValue = m.optional("wand_depth")
        let wandArea = wandAreaValue.flatMap { $0.choice(of: BodyLocation.WandArea.self, reporting: &d) }
        let wandDepth = wandDepthValue.flatMap { $0.quantity(.length, range: .wandDepth, reporting: &d) }
        let source = text("source")
        guard let summary, let locationClass, male != nil || female != nil,
              maleValue == nil || male != nil, femaleValue == nil || female != nil,
              let lateral, let eitherSide, let frontBack, let attitude, let gait,
              wandAreaValue == nil || wandArea != nil, wandDepthValue == nil || wandDepth != nil, let source else { return nil }
        return BodyLocation(name: name, summary: summary, heightMale: male, heightFemale: female,
                            lateralOffsetM: lateral, eitherSide: eitherSide, frontBackOffsetM: frontBack,
                            typicalAttitude: attitude, movesWithGait: gait, locationClass: locationClass,
                            wandArea: wandArea, wandDepthM: wandDepth, source: source)
    }

    /// `{mean: 1.72 m, sd: 0.068 m}`: the normal distribution of the object's height.
    static func decodeHeight(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> BodyLocation.Height? {
        guard let m = value.mapping(allowedKeys: ["mean", "sd"], reporting: &d) else { return nil }
        let mean = m.required("mean", reporting: &d)?.quantity(.length, range: .bodyHeight, reporting: &d)
        let sd = m.required("sd", reporting: &d)?.quantity(.length, range: .bodyHeightSpread, reporting: &d)
        guard let mean, let sd else { return nil }
        return BodyLocation.Height(meanM: mean, standardDeviationM: sd)
    }

    /// `[0.06 m, 0.12 m]`: a range of lengths, the lower bound first.
    static func decodeRange(_ value: YAMLValue, range: AllowedRange, _ d: inout DiagnosticCollector) -> ClosedRange<Double>? {
        guard let items = value.sequence(reporting: &d) else { return nil }
        guard items.count == 2 else {
            d.report(value.diagnostic("expected [from, to], two lengths; got \(items.count) values"))
            return nil
        }
        let bounds = items.map { $0.quantity(.length, range: range, reporting: &d) }
        guard let low = bounds[0], let high = bounds[1] else { return nil }
        guard low <= high else {
            d.report(value.diagnostic("the first bound must not exceed the second, got [\(items[0].node.scalar?.string ?? ""), \(items[1].node.scalar?.string ?? "")]"))
            return nil
        }
        return low...high
    }
}
