import PortalPhysics

/// Decodes the `portal:` section of a scenario file into a ``Portal``.
///
/// A portal starts from a built-in class (`class:`, default `cw-multi-zone`) and any
/// of its parts can be replaced: `aperture`, `transmitter_current`, `detector`,
/// `transmitter` (a list of coils) and `zones` (a list of named coil lists). The
/// format, with every key, unit and default, is in docs/scenario-format.md.
public enum PortalDescription {
    static let keys = ["class", "aperture", "transmitter_current", "detector", "transmitter", "zones", "zone_count"]

    /// The portal, or nil with every problem reported.
    public static func decode(_ value: YAMLValue, reporting diagnostics: inout DiagnosticCollector) -> Portal? {
        decodeSetup(value, reporting: &diagnostics)?.portal
    }

    /// The portal and its detector's signal processing.
    public static func decodeSetup(_ value: YAMLValue, reporting diagnostics: inout DiagnosticCollector)
        -> (portal: Portal, settings: DetectorSettings)? {
        guard let mapping = value.mapping(allowedKeys: keys, reporting: &diagnostics) else { return nil }
        var portalClass = PortalClass.cwMultiZone
        if let classValue = mapping.optional("class") {
            guard let chosen = classValue.choice(of: PortalClass.self, reporting: &diagnostics) else { return nil }
            portalClass = chosen
        }
        let base = portalClass.portal
        let aperture = mapping.optional("aperture").map { decodeAperture($0, &diagnostics) } ?? base.aperture
        let current = mapping.optional("transmitter_current").map {
            $0.quantity(.current, range: .transmitterCurrent, reporting: &diagnostics)
        } ?? base.transmitterCurrentA
        let decoded = mapping.optional("detector").map { decodeDetector($0, base: base.detector, &diagnostics) } ?? (base.detector, .standard)
        let transmitter = mapping.optional("transmitter").map {
            decodeCoilList($0, &diagnostics).map { CoilSet(name: "tx", coils: $0) }
        } ?? base.transmitter
        var zones = mapping.optional("zones").map { decodeZones($0, &diagnostics) } ?? base.zones
        if let countValue = mapping.optional("zone_count") {
            if mapping.contains("zones") {
                diagnostics.report(countValue.diagnostic("give either 'zones' or 'zone_count', not both"))
                zones = nil
            } else if let count = countValue.int(range: .within(1...24), reporting: &diagnostics) {
                // The class's receive panel cut into `count` stacked coils of its turns per zone.
                let turns = base.zones.first?.coils.first?.coil.turns ?? 60
                zones = PortalClass.stackedZones(count: count, side: 1, turns: turns)
            } else {
                zones = nil
            }
        }
        guard let aperture, let current, let decoded, let transmitter, let zones,
              checkTrims(mapping.optional("detector"), zones: zones.count, &diagnostics) else { return nil }
        return (Portal(name: portalClass.rawValue, aperture: aperture, transmitter: transmitter, zones: zones,
                       transmitterCurrentA: current, detector: decoded.mode), decoded.settings)
    }

    static func decodeAperture(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> Aperture? {
        guard let m = value.mapping(allowedKeys: ["width", "height", "panel_depth"], reporting: &d) else { return nil }
        let base = PortalClass.aperture
        let width = m.optional("width").map { $0.quantity(.length, range: .positive, reporting: &d) } ?? base.widthM
        let height = m.optional("height").map { $0.quantity(.length, range: .positive, reporting: &d) } ?? base.heightM
        let depth = m.optional("panel_depth").map { $0.quantity(.length, range: .positive, reporting: &d) } ?? base.panelDepthM
        guard let width, let height, let depth else { return nil }
        return Aperture(widthM: width, heightM: height, panelDepthM: depth)
    }

    static let settingKeys = ["sensitivity", "reference_threshold", "threshold", "noise", "sample_rate", "filter", "demodulation_phase",
                              "noise_model", "zone_trims", "mains", "drift", "bursts", "discrimination"]

    /// The detector; what it does not say comes from `base`, the class's detector, when
    /// the modes agree: `{sensitivity: 70}` keeps the class's mode and frequencies.
    static func decodeDetector(_ value: YAMLValue, base: DetectorMode, _ d: inout DiagnosticCollector)
        -> (mode: DetectorMode, settings: DetectorSettings)? {
        guard let m = value.mapping(allowedKeys: ["mode", "frequencies", "gate_start", "gate_end", "pulse_rate"] + settingKeys, reporting: &d)
        else { return nil }
        let baseName: String
        if case .continuousWave = base { baseName = "cw" } else { baseName = "pi" }
        guard let modeName = m.optional("mode").map({ $0.oneOf(["cw", "pi"], reporting: &d) }) ?? baseName else { return nil }
        var settings = decodeSettings(m, &d)
        if modeName == "pi", let stray = m.optional("discrimination") {
            d.report(stray.diagnostic("phase discrimination needs a CW detector's in-phase and quadrature channels; "
                + "a pulse detector's gate has no phase (discriminate pulse detectors by their gates' decay instead)"))
            settings = nil
        }
        guard let mode = decodeMode(modeName, m, base: modeName == baseName ? base : nil, &d), let settings else { return nil }
        return (mode, settings)
    }

    static func decodeSettings(_ m: YAMLMapping, _ d: inout DiagnosticCollector) -> DetectorSettings? {
        var s = DetectorSettings.standard
        var ok = true
        func take<T>(_ key: String, _ decode: (YAMLValue) -> T?) -> T? {
            guard let v = m.optional(key) else { return nil }
            let r = decode(v)
            if r == nil { ok = false }
            return r
        }
        if let v = take("sensitivity", { $0.int(range: .within(0...99), reporting: &d) }) { s.sensitivity = v }
        if let v = take("reference_threshold", { $0.quantity(.voltage, range: .detectorVoltage.and(.positive), reporting: &d) }) { s.referenceThresholdV = v }
        if let v = take("threshold", { $0.quantity(.voltage, range: .detectorVoltage.and(.positive), reporting: &d) }) { s.thresholdOverrideV = v }
        if let v = take("noise", { $0.quantity(.voltage, range: .detectorVoltage, reporting: &d) }) { s.noiseV = v }
        if let v = take("sample_rate", { $0.quantity(.frequency, range: .within(1...100_000), reporting: &d) }) { s.sampleRateHz = v }
        if let v = take("demodulation_phase", { $0.quantity(.angle, reporting: &d) }) { s.demodulationPhaseRad = v }
        if let v = take("filter", { decodeFilter($0, &d) }) { s.filter = v }
        if let v = take("discrimination", { decodeDiscrimination($0, &d) }) { s.rejectPhaseRad = v }
        if let v = take("noise_model", { $0.choice(of: DetectorSettings.NoiseModel.self, reporting: &d) }) { s.noiseModel = v }
        if let v = take("zone_trims", { decodeTrims($0, &d) }) { s.zoneTrims = v }
        // A zero amplitude or rate is off: it draws nothing, so the run is the one without it.
        if let v = take("mains", { decodeMains($0, &d) }) { s.interference.mains = v.amplitudeV > 0 ? v : nil }
        if let v = take("drift", { $0.quantity(.voltageRate, range: .within(0...1), reporting: &d) }) {
            s.interference.driftRmsVPerS = v > 0 ? v : nil
        }
        if let v = take("bursts", { decodeBursts($0, &d) }) {
            s.interference.bursts = v.amplitudeV > 0 && v.ratePerS > 0 ? v : nil
        }
        if let trims = m.optional("zone_trims"), !s.zoneTrims.isEmpty {
            if m.optional("threshold") != nil {
                // Trims are steps of the knob; a threshold given directly has no knob to offset.
                d.report(trims.diagnostic("zone trims offset the sensitivity knob, but the detector gives its threshold directly; "
                    + "remove 'threshold' (use 'sensitivity' and 'reference_threshold') or the trims"))
                ok = false
            } else if let z = s.zoneTrims.firstIndex(where: { !SensitivityLaw.range.contains(s.sensitivity + $0) }) {
                d.report(trims.diagnostic("zone \(z + 1)'s setting \(s.sensitivity) \(s.zoneTrims[z] < 0 ? "−" : "+") \(abs(s.zoneTrims[z])) "
                    + "= \(s.sensitivity + s.zoneTrims[z]) is outside the knob's range 0–99"))
                ok = false
            }
        }
        // A threshold given directly overrides the knob: a sensitivity laid over it (a
        // configuration's, a sweep point's) would change nothing, and its runs would be
        // silently identical to the baseline. `qualify --sensitivity` refuses the same.
        if let knob = m.optional("sensitivity"), let threshold = m.optional("threshold") {
            let place = threshold.location.map { $0.file == knob.location?.file ? "line \($0.line)" : "\($0)" }
            d.report(knob.diagnostic("sets the sensitivity knob, but the detector gives its threshold directly"
                + (place.map { " (\($0))" } ?? "") + "; remove 'threshold' to use the knob"))
            ok = false
        }
        if case .bandPass(_, let high) = s.filter, high >= s.sampleRateHz / 2, let value = m.optional("filter") ?? m.optional("sample_rate") {
            d.report(value.diagnostic("the filter's upper corner must be below half the sample rate (\(QuantityParser.format(s.sampleRateHz / 2, as: .frequency)))"))
            ok = false
        }
        return ok ? s : nil
    }

    /// `discrimination: {reject_phase: [0 deg, 90 deg]}`: the rejected window of the
    /// folded phase, 0°–180° (see ``PhaseDiscrimination``).
    static func decodeDiscrimination(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> ClosedRange<Double>? {
        guard let m = value.mapping(allowedKeys: ["reject_phase"], reporting: &d),
              let window = m.required("reject_phase", reporting: &d), let items = window.sequence(reporting: &d) else { return nil }
        guard items.count == 2 else { d.report(window.diagnostic("give the window as [from, to], two angles")); return nil }
        let bounds = items.map { $0.quantity(.angle, range: .within(0...Double.pi * (1 + 1e-12)), reporting: &d) }
        guard let low = bounds[0], let high = bounds[1] else { return nil }
        guard low < high else { d.report(items[1].diagnostic("must be above the window's start")); return nil }
        return low...high
    }

    /// `zone_trims: [0, +2, -3]`: whole knob steps, one per zone (the count is checked
    /// against the zones in ``checkTrims(_:zones:_:)``).
    static func decodeTrims(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> [Int]? {
        guard let items = value.sequence(reporting: &d) else { return nil }
        if items.isEmpty { d.report(value.diagnostic("give one trim per zone")); return nil }
        let trims = items.map { $0.int(range: .within(-99...99), reporting: &d) }
        let known = trims.compactMap { $0 }
        return known.count == trims.count ? known : nil
    }

    /// The trims must be one per zone.
    static func checkTrims(_ detector: YAMLValue?, zones: Int, _ d: inout DiagnosticCollector) -> Bool {
        var ignored = DiagnosticCollector()     // the detector's own problems are reported where it is decoded
        guard let trims = detector?.mapping(reporting: &ignored)?.optional("zone_trims"),
              let items = trims.sequence(reporting: &ignored) else { return true }
        guard items.count == zones else {
            d.report(trims.diagnostic("gives \(items.count) trim\(items.count == 1 ? "" : "s") for \(zones) zone\(zones == 1 ? "" : "s"); give one per zone, bottom zone first"))
            return false
        }
        return true
    }

    /// `mains: {frequency: 50 Hz, amplitude: 0.2 uV, harmonics: 3}`.
    static func decodeMains(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> DetectorSettings.Mains? {
        guard let m = value.mapping(allowedKeys: ["frequency", "amplitude", "harmonics"], reporting: &d) else { return nil }
        let frequency = m.optional("frequency").map { $0.quantity(.frequency, range: .within(40...70), reporting: &d) } ?? 50
        let amplitude = m.required("amplitude", reporting: &d)?.quantity(.voltage, range: .detectorVoltage, reporting: &d)
        let harmonics = m.optional("harmonics").map { $0.int(range: .within(1...20), reporting: &d) } ?? 1
        guard let frequency, let amplitude, let harmonics else { return nil }
        return DetectorSettings.Mains(frequencyHz: frequency, amplitudeV: amplitude, harmonics: harmonics)
    }

    /// `bursts: {rate: 0.5 /s, amplitude: 2 uV, duration: 20 ms}`; the rate as a frequency.
    static func decodeBursts(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> DetectorSettings.Bursts? {
        guard let m = value.mapping(allowedKeys: ["rate", "amplitude", "duration"], reporting: &d) else { return nil }
        let rate = m.required("rate", reporting: &d)?.quantity(.frequency, range: .within(0...100), reporting: &d)
        let amplitude = m.required("amplitude", reporting: &d)?.quantity(.voltage, range: .detectorVoltage, reporting: &d)
        let duration = m.optional("duration").map { $0.quantity(.time, range: .within(1e-3...10), reporting: &d) } ?? 0.02
        guard let rate, let amplitude, let duration else { return nil }
        return DetectorSettings.Bursts(ratePerS: rate, amplitudeV: amplitude, durationS: duration)
    }

    /// `filter: none` or `filter: {low: 0.3 Hz, high: 10 Hz}`.
    static func decodeFilter(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> DetectorSettings.Filter? {
        if case .scalar = value.node {
            return value.oneOf(["none"], reporting: &d).map { _ in .none }
        }
        guard let m = value.mapping(allowedKeys: ["low", "high"], reporting: &d) else { return nil }
        let low = m.required("low", reporting: &d)?.quantity(.frequency, range: .filterCorner, reporting: &d)
        let highValue = m.required("high", reporting: &d)
        let high = highValue?.quantity(.frequency, range: .filterCorner, reporting: &d)
        guard let low, let high, let highValue else { return nil }
        guard high > low else { d.report(highValue.diagnostic("must be above 'low'")); return nil }
        return .bandPass(lowHz: low, highHz: high)
    }

    static func decodeMode(_ mode: String, _ m: YAMLMapping, base: DetectorMode?, _ d: inout DiagnosticCollector) -> DetectorMode? {
        if mode == "cw" {
            for key in ["gate_start", "gate_end", "pulse_rate"] {
                if let stray = m.optional(key) { d.report(stray.diagnostic("'\(key)' applies to mode pi, not cw")) }
            }
            if m.optional("frequencies") == nil, case .continuousWave? = base { return base }
            guard let list = m.required("frequencies", reporting: &d),
                  let items = list.sequence(reporting: &d) else { return nil }
            if items.isEmpty { d.report(list.diagnostic("give at least one frequency")); return nil }
            let frequencies = items.map { $0.quantity(.frequency, range: .detectorFrequency, reporting: &d) }
            let known = frequencies.compactMap { $0 }
            return known.count == frequencies.count ? .continuousWave(frequenciesHz: known) : nil
        }
        if let stray = m.optional("frequencies") { d.report(stray.diagnostic("'frequencies' applies to mode cw, not pi")) }
        var baseGate: PulseGate?, baseRate = 100.0
        if case .pulseInduction(let gate, let rate)? = base { (baseGate, baseRate) = (gate, rate) }
        func required(_ key: String) -> YAMLValue? { baseGate == nil ? m.required(key, reporting: &d) : m.optional(key) }
        let startValue = required("gate_start"), endValue = required("gate_end")
        let start = startValue.map { $0.quantity(.time, range: .gateTime, reporting: &d) } ?? baseGate?.startS
        let end = endValue.map { $0.quantity(.time, range: .gateTime.and(.positive), reporting: &d) } ?? baseGate?.endS
        let rate = m.optional("pulse_rate").map { $0.quantity(.frequency, range: .pulseRate, reporting: &d) } ?? baseRate
        guard let start, let end, let rate else { return nil }
        if end <= start {
            d.report((endValue ?? startValue ?? m.value).diagnostic("the gate must end after it starts (gate_start \(QuantityParser.format(start, as: .time)), gate_end \(QuantityParser.format(end, as: .time)))"))
            return nil
        }
        return .pulseInduction(gate: PulseGate(startS: start, endS: end), pulseRateHz: rate)
    }

    static func decodeZones(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> [CoilSet]? {
        guard let items = value.sequence(reporting: &d) else { return nil }
        if items.isEmpty { d.report(value.diagnostic("give at least one zone")); return nil }
        let zones = items.enumerated().map { index, item -> CoilSet? in
            guard let m = item.mapping(allowedKeys: ["name", "coils"], reporting: &d) else { return nil }
            let name = m.optional("name").map { $0.name(reporting: &d) } ?? "zone \(index + 1)"
            let coils = m.required("coils", reporting: &d).flatMap { decodeCoilList($0, &d) }
            guard let name, let coils else { return nil }
            return CoilSet(name: name, coils: coils)
        }
        let known = zones.compactMap { $0 }
        return known.count == zones.count ? known : nil
    }

    static func decodeCoilList(_ value: YAMLValue, _ d: inout DiagnosticCollector) -> [WeightedCoil]? {
        guard let items = value.sequence(reporting: &d) else { return nil }
        if items.isEmpty { d.report(value.diagnostic("give at least one coil")); return nil }
        let coils = items.map { CoilDescription.decode($0, &d) }
        let known = coils.compactMap { $0 }
        return known.count == coils.count ? known : nil
    }
}
