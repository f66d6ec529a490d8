import Foundation

/// How a detector turns its receive signals into an alarm: the demodulated channel, the
/// walk-through filter, the noise and the threshold set by the sensitivity knob.
///
/// Per zone and per frequency the detector forms one real channel,
/// y = ωμ₀I [cos φ (Re M : S) + sin φ (Im M : S)] (volts; for a pulse detector the gated
/// flux change over the gate width), adds the front-end noise and any interference, band-pass
/// filters it over the pass, and alarms when |y| > T_zone on any channel at any sample.
/// φ = 90° (the default) is the loss channel, which every conductor drives and a
/// non-conducting ferrite does not; φ = 0° the reactive channel. docs/channel.md gives
/// the model and its derivations.
///
/// σ (`noiseV`) is always the *filtered* channel's stationary RMS, whichever noise model
/// puts it there, so a scenario means the same under both.
public struct DetectorSettings: Hashable, Sendable {
    public enum Filter: Hashable, Sendable {
        case none
        /// First-order high-pass then first-order low-pass, corner frequencies in Hz.
        case bandPass(lowHz: Double, highHz: Double)
    }

    /// The knob, 0 (least sensitive) to 99 (most).
    public var sensitivity: Int
    /// The threshold at sensitivity 50, V.
    public var referenceThresholdV: Double
    /// A threshold given directly, overriding the knob, V.
    public var thresholdOverrideV: Double?
    public var noiseV: Double
    public var sampleRateHz: Double
    public var filter: Filter
    public var demodulationPhaseRad: Double
    /// Where the noise enters.
    public var noiseModel: NoiseModel = .filtered
    /// Per-zone offsets of the knob, in knob steps, bottom zone first; empty: none.
    public var zoneTrims: [Int] = []
    /// Optional interference entering the demodulated channel before the filter.
    public var interference = Interference()
    /// Phase-sector discrimination (CW only): samples whose phase lies in this window,
    /// radians within [0, π), do not count towards the alarm; nil: every sample counts.
    public var rejectPhaseRad: ClosedRange<Double>?

    /// Where the detector's noise enters the channel.
    public enum NoiseModel: String, CaseIterable, Hashable, Sendable {
        /// White front-end noise before the band-pass, filtered with the signal: the
        /// samples are correlated as a real channel's are (lag 1 ≈ 0.6 at 100 Hz with
        /// 0.3–10 Hz). Its input level is set so that the filtered RMS is `noiseV`.
        case filtered
        /// Independent white noise of σ = `noiseV` on every sample after the filter: the
        /// old model, whose false-alarm rate has a closed form.
        case whiteAfterFilter = "white-after-filter"
    }

    /// Interference a real portal picks up besides its own front-end noise; each part
    /// is off when nil (a zero amplitude or rate decodes as off, so that it draws nothing).
    public struct Interference: Hashable, Sendable {
        public var mains: Mains?
        /// RMS of a random baseline slope per lane and pass, V/s; nil: no drift.
        public var driftRmsVPerS: Double?
        public var bursts: Bursts?

        public init(mains: Mains? = nil, driftRmsVPerS: Double? = nil, bursts: Bursts? = nil) {
            self.mains = mains
            self.driftRmsVPerS = driftRmsVPerS
            self.bursts = bursts
        }

        public var isOff: Bool { mains == nil && driftRmsVPerS == nil && bursts == nil }
    }

    /// Mains harmonics leaking through demodulation (docs/channel.md): each of the
    /// `harmonics` mains orders nearest the carrier (a pulse detector: the lowest orders,
    /// aliased by the pulse rate) beats down to its distance from it and enters every
    /// zone of the channel with `amplitudeV`, at a phase drawn per pass.
    public struct Mains: Hashable, Sendable {
        public var frequencyHz: Double
        public var amplitudeV: Double
        public var harmonics: Int

        public init(frequencyHz: Double, amplitudeV: Double, harmonics: Int) {
            self.frequencyHz = frequencyHz
            self.amplitudeV = amplitudeV
            self.harmonics = harmonics
        }
    }

    /// Impulsive bursts from nearby equipment: a Poisson number per pass at `ratePerS`,
    /// each a rectangle of ±`amplitudeV` lasting `durationS`, common to every lane.
    public struct Bursts: Hashable, Sendable {
        public var ratePerS: Double
        public var amplitudeV: Double
        public var durationS: Double

        public init(ratePerS: Double, amplitudeV: Double, durationS: Double) {
            self.ratePerS = ratePerS
            self.amplitudeV = amplitudeV
            self.durationS = durationS
        }
    }

    /// What a detector section does not say: setting 50 of the documented law with its
    /// one default T₅₀ (``SensitivityLaw/defaultReferenceThresholdV``), 50 nV of noise,
    /// 100 Hz, the 0.3–10 Hz walk-through filter and the loss channel.
    public static let standard = DetectorSettings(
        sensitivity: 50, referenceThresholdV: SensitivityLaw.defaultReferenceThresholdV, thresholdOverrideV: nil, noiseV: 5e-8,
        sampleRateHz: 100, filter: .bandPass(lowHz: 0.3, highHz: 10), demodulationPhaseRad: Double.pi / 2)

    /// The alarm threshold in volts.
    public var thresholdV: Double { thresholdOverrideV ?? SensitivityLaw.thresholdV(sensitivity: sensitivity, referenceV: referenceThresholdV) }

    /// Each zone's threshold: T_z = T(s + trim_z), the zone's setting clamped to the knob's
    /// range as a panel's zone adjustment saturates at its ends (a sweep or a calibration
    /// may move the base knob there; the file's own setting is checked when decoded).
    /// Without trims every zone has `thresholdV`.
    public func zoneThresholdsV(zoneCount: Int) -> [Double] {
        guard !zoneTrims.isEmpty, thresholdOverrideV == nil else { return Array(repeating: thresholdV, count: zoneCount) }
        return (0..<zoneCount).map { z in
            let trim = z < zoneTrims.count ? zoneTrims[z] : 0
            let setting = Swift.min(Swift.max(sensitivity + trim, SensitivityLaw.range.lowerBound), SensitivityLaw.range.upperBound)
            return SensitivityLaw.thresholdV(sensitivity: setting, referenceV: referenceThresholdV)
        }
    }
}

/// The documented monotone law between a panel's sensitivity setting and its
/// threshold: every 25 steps divide the threshold by ten,
///
///     T(s) = T₅₀ · 10^{(50 − s)/25},   s = 0 … 99,
///
/// so the 0–99 range spans four decades, about what commercial panels offer between
/// "sees a gun" and "sees a paper clip". Not any maker's curve: calibrate T₅₀ against a
/// reference object (`portalsim calibrate PROTOCOL`) or the site's own nuisance rate
/// (`portalsim calibrate SCENARIO --nuisance-rate`) instead of trusting the number.
///
/// One law and one default T₅₀ for every portal class: 10 µV, the value every bundled
/// scenario and protocol runs at (the bundled NIJ protocol calibrates the six-zone CW
/// class at 55 there). The same object gives about the same volts on the CW and the
/// pulse class (a 20 mm steel sphere at the waist: 6.7 µV median on cw-multi-zone,
/// 5.4 µV on pi-multi-zone), so a setting means about the same on both;
/// docs/scenario-format.md gives what setting 50 sees on each class. (The default was
/// 1 µV, which no CW scenario used: a file that left it out ran ten times too sensitive.)
///
/// See docs/physics.md#thresholds-and-the-sensitivity-law.
public enum SensitivityLaw {
    public static let range = 0...99

    /// T₅₀ when a detector does not give `reference_threshold`, V.
    public static let defaultReferenceThresholdV = 10e-6

    public static func thresholdV(sensitivity s: Int, referenceV: Double) -> Double {
        referenceV * pow(10, Double(50 - s) / 25)
    }
}

extension DetectorSettings {
    /// These settings with the threshold's fields set to one fixed value: what is left
    /// is the channel, which a pass's peaks depend on.
    var withoutThreshold: DetectorSettings {
        var channel = self
        channel.sensitivity = 0
        channel.referenceThresholdV = 0
        channel.thresholdOverrideV = nil
        channel.zoneTrims = []
        return channel
    }
}
