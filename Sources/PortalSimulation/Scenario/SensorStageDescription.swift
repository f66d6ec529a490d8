import PortalPhysics

/// Decodes the keys of the two stage kinds with their own sensors:
///
/// ```yaml
/// screening:
///   - {name: pillars, kind: ferromagnetic, threshold: 3 nT, noise: 0.3 nT, sample_rate: 50 Hz,
///      earth_field: {intensity: 49 uT, inclination: 65 deg}, walking_azimuth: 0 deg}
///   - {name: wtmd, kind: portal}
///   - name: wand
///     kind: wand
///     enters: on-alarm
///     reference: {object: euro-1, distance: 8 cm}   # the threshold
///     noise: 20 %                                  # of the threshold, per sample
///     standoff: {mean: 3 cm, sd: 1 cm, min: 5 mm}
///     sweep_spacing: 8 cm
///     skip: {groin: 50 %}                          # or one share for every area
///     recovery: 95 %
/// ```
///
/// Every key is optional; the defaults are `WandStage`'s and `PillarStage`'s.
enum SensorStageDescription {
    static func decodeWand(_ m: YAMLMapping, catalog: ObjectCatalog, _ d: inout DiagnosticCollector) -> WandStage? {
        var ok = true
        var wand = HandWand.standard
        if let value = m.optional("wand") {
            if let w = value.mapping(allowedKeys: ["coil_radius", "frequency"], reporting: &d) {
                if let v = w.optional("coil_radius") {
                    if let r = v.quantity(.length, range: .within(0.005...0.5), reporting: &d) { wand.coilRadiusM = r } else { ok = false }
                }
                if let v = w.optional("frequency") {
                    if let f = v.quantity(.frequency, range: .within(100...10_000_000), reporting: &d) { wand.frequencyHz = f } else { ok = false }
                }
            } else { ok = false }
        }
        var reference = WandStage.Reference.euroCoin
        var referenceAt = m.optional("reference")
        if let value = referenceAt {
            if let r = value.mapping(allowedKeys: ["object", "distance"], reporting: &d) {
                if let v = r.optional("object") {
                    if let name = v.string(reporting: &d) { reference.objectName = name; referenceAt = v } else { ok = false }
                }
                if let v = r.optional("distance") {
                    if let x = v.quantity(.length, range: .within(0.001...1), reporting: &d) { reference.distanceM = x } else { ok = false }
                }
            } else { ok = false }
        }
        var noise = WandStage.standardNoiseFraction, standoff = WandStage.Standoff.standard
        var spacing = WandStage.standardSweepSpacingM, recovery = WandStage.standardRecovery
        var skip = WandStage.uniformSkip(WandStage.standardSkipProbability)
        if let v = m.optional("noise") {
            if let x = v.quantity(.dimensionless, range: .within(0...10), reporting: &d) { noise = x } else { ok = false }
        }
        if let v = m.optional("standoff") {
            if let x = decodeStandoff(v, &d) { standoff = x } else { ok = false }
        }
        if let v = m.optional("sweep_spacing") {
            if let x = v.quantity(.length, range: .within(0.001...1), reporting: &d) { spacing = x } else { ok = false }
        }
        if let v = m.optional("skip") {
            if let x = decodeSkip(v, &d) { skip = x } else { ok = false }
        }
        if let v = m.optional("recovery") {
            if let x = v.quantity(.dimensionless, range: .unitInterval, reporting: &d) { recovery = x } else { ok = false }
        }
        let spectrum: RelaxationSpectrum
        switch catalog.lookup(reference.objectName) {
        case .success(let entry): spectrum = entry.spectrum
        case .failure(let problem):
            d.report((referenceAt ?? m.value).diagnostic(problem.message))
            return nil
        }
        let stage = WandStage(wand: wand, reference: reference, referenceSpectrum: spectrum, noiseFraction: noise,
                              standoff: standoff, sweepSpacingM: spacing, skipProbability: skip, recovery: recovery)
        guard stage.thresholdV > 0 && stage.thresholdV.isFinite else {
            d.report((referenceAt ?? m.value).diagnostic(
                "the reference '\(reference.objectName)' gives the wand no signal to set a threshold from; name a metal object"))
            return nil
        }
        return ok ? stage : nil
    }

    /// `standoff: 3 cm` (the mean) or `{mean: 3 cm, sd: 1 cm, min: 5 mm}`.
    static func decodeStandoff(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> WandStage.Standoff? {
        var standoff = WandStage.Standoff.standard
        let lengths = AllowedRange.within(0...0.5)
        if case .scalar = value.node {
            guard let mean = value.quantity(.length, range: lengths, reporting: &d) else { return nil }
            standoff.meanM = mean
        } else {
            guard let m = value.mapping(allowedKeys: ["mean", "sd", "min"], reporting: &d) else { return nil }
            var ok = true
            for (key, path) in [("mean", \WandStage.Standoff.meanM), ("sd", \.standardDeviationM), ("min", \.minimumM)] {
                guard let v = m.optional(key) else { continue }
                if let x = v.quantity(.length, range: lengths, reporting: &d) { standoff[keyPath: path] = x } else { ok = false }
            }
            guard ok else { return nil }
        }
        guard standoff.meanM >= standoff.minimumM else {
            d.report(value.diagnostic("the mean standoff (\(QuantityParser.format(standoff.meanM, as: .length))) lies below its minimum "
                                      + "(\(QuantityParser.format(standoff.minimumM, as: .length)))"))
            return nil
        }
        return standoff
    }

    /// `skip: 10 %` (every area) or `{groin: 50 %, feet: 30 %}` (the areas named; the
    /// others keep the default).
    static func decodeSkip(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> [BodyLocation.WandArea: Double]? {
        if case .scalar = value.node {
            return value.quantity(.dimensionless, range: .unitInterval, reporting: &d).map(WandStage.uniformSkip)
        }
        let areas = BodyLocation.WandArea.allCases
        guard let m = value.mapping(allowedKeys: areas.map(\.rawValue), reporting: &d) else { return nil }
        var table = WandStage.uniformSkip(WandStage.standardSkipProbability)
        var ok = true
        for entry in m.entries {
            guard let area = BodyLocation.WandArea(rawValue: entry.key),
                  let p = entry.value.quantity(.dimensionless, range: .unitInterval, reporting: &d) else { ok = false; continue }
            table[area] = p
        }
        return ok ? table : nil
    }

    static func decodePillars(_ m: YAMLMapping, _ d: inout DiagnosticCollector) -> PillarStage? {
        var stage = PillarStage.standard
        var ok = true
        let fluxDensities = AllowedRange.within(0...1e-3)
        if let v = m.optional("noise") {
            if let x = v.quantity(.magneticFluxDensity, range: fluxDensities, reporting: &d) { stage.noiseT = x } else { ok = false }
        }
        if let v = m.optional("threshold") {
            if let x = v.quantity(.magneticFluxDensity, range: fluxDensities.and(.positive), reporting: &d) { stage.thresholdT = x } else { ok = false }
        }
        if let v = m.optional("sample_rate") {
            if let x = v.quantity(.frequency, range: .within(1...10_000), reporting: &d) { stage.sampleRateHz = x } else { ok = false }
        }
        if let v = m.optional("earth_field") {
            if let field = v.mapping(allowedKeys: ["intensity", "inclination"], reporting: &d) {
                if let x = field.optional("intensity") {
                    if let b = x.quantity(.magneticFluxDensity, range: fluxDensities, reporting: &d) {
                        stage.earthField.totalIntensityT = b
                    } else { ok = false }
                }
                if let x = field.optional("inclination") {
                    if let a = x.quantity(.angle, range: .within(-Double.pi / 2...Double.pi / 2), reporting: &d) {
                        stage.earthField.inclinationRad = a
                    } else { ok = false }
                }
            } else { ok = false }
        }
        if let v = m.optional("walking_azimuth") {
            if let a = v.quantity(.angle, range: .within(-2 * Double.pi...2 * Double.pi), reporting: &d) {
                stage.walkingAzimuthRad = a
            } else { ok = false }
        }
        return ok ? stage : nil
    }
}
