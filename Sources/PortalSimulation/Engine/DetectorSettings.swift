import Foundation

/// How a detector turns its receive signals into an alarm: the demodulated channel, the
/// walk-through filter, the noise and the threshold set by the sensitivity knob.
///
/// Per zone and per frequency the detector forms one real channel,
/// y = ωμ₀I [cos φ (Re M : S) + sin φ (Im M : S)] (volts; for a pulse detector the gated
/// flux change over the gate width), band-pass filters it over the pass, adds white
/// Gaussian noise of standard deviation σ after the filter, and alarms when |y| > T on
/// any channel at any sample. φ = 90° (the default) is the loss channel, which every
/// conductor drives and a non-conducting ferrite does not; φ = 0° the reactive channel.
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

    public static let standard = DetectorSettings(
        sensitivity: 50, referenceThresholdV: 1e-6, thresholdOverrideV: nil, noiseV: 5e-8,
        sampleRateHz: 100, filter: .bandPass(lowHz: 0.3, highHz: 10), demodulationPhaseRad: Double.pi / 2)

    /// The alarm threshold in volts.
    public var thresholdV: Double { thresholdOverrideV ?? SensitivityLaw.thresholdV(sensitivity: sensitivity, referenceV: referenceThresholdV) }
}

/// The documented monotone law between a panel's sensitivity setting and its
/// threshold: every 25 steps divide the threshold by ten,
///
///     T(s) = T₅₀ · 10^{(50 − s)/25},   s = 0 … 99,
///
/// so the 0–99 range spans four decades, about what commercial panels offer between
/// "sees a gun" and "sees a paper clip". Not any maker's curve: calibrate T₅₀ against a
/// reference object instead of trusting the number.
public enum SensitivityLaw {
    public static let range = 0...99

    public static func thresholdV(sensitivity s: Int, referenceV: Double) -> Double {
        referenceV * pow(10, Double(50 - s) / 25)
    }
}
