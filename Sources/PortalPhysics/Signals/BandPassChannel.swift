import Foundation

/// The detector's walk-through filter as the discrete recursion it runs at the sample
/// rate, with what it does to noise and to the steady interference entering before it.
///
/// A first-order high-pass (corner f_lo, a = RC_lo / (RC_lo + Δt)) followed by a
/// first-order low-pass (corner f_hi, b = Δt / (RC_hi + Δt)). Written with the
/// high-pass's inner state r = a (h − x), the filter is a 2-state linear recursion on
/// s = (r, l), input x, output l:
///
///     h_k = r_{k−1} + a x_k
///     r_k = a r_{k−1} + a(a − 1) x_k          s_k = F s_{k−1} + G x_k,
///     l_k = (1 − b) l_{k−1} + b r_{k−1} + a b x_k
///
/// F = [[a, 0], [b, 1 − b]], G = (a(a − 1), a b). It is the same filter as
/// h_k = a (h_{k−1} + x_k − x_{k−1}), l_k = l_{k−1} + b (h_k − l_{k−1}) started from
/// zero (r = 0, l = 0 is the zero state).
///
/// **Noise.** White input of unit variance gives a stationary state covariance P solving
/// the discrete Lyapunov equation P = F P Fᵀ + G Gᵀ; with P = [[p, q], [q, v]], because
/// F is lower triangular it solves in closed form, row by row:
///
///     p = g₁² / (1 − a²)
///     q = (a b p + g₁ g₂) / (1 − a (1 − b))
///     v = (b² p + 2 b (1 − b) q + g₂²) / (1 − (1 − b)²)
///
/// v is the filtered noise's variance per unit input variance, so front-end noise of
/// σ_in = σ / √v gives the filtered channel the RMS σ a scenario states. The lag-1
/// autocorrelation of the output is E[l_k l_{k−1}] / v = (b q + (1 − b) v) / v
/// (0.60 at 100 Hz with 0.3–10 Hz; the variance gain v is 0.226). A noise filter started from zero would be quieter
/// for its first samples; one started from a draw of N(0, σ_in² P) is stationary from
/// its first sample.
///
/// Derived in docs/channel.md#the-filter; its place in a pass: docs/physics.md#the-channel.
public struct BandPassChannel: Hashable, Sendable {
    /// The high-pass coefficient a and the low-pass coefficient b.
    public let a: Double
    public let b: Double
    public let sampleRateHz: Double

    public init(lowHz: Double, highHz: Double, sampleRateHz fs: Double) {
        let dt = 1 / fs
        let rcLow = 1 / (2 * Double.pi * lowHz), rcHigh = 1 / (2 * Double.pi * highHz)
        a = rcLow / (rcLow + dt)
        b = dt / (rcHigh + dt)
        sampleRateHz = fs
    }

    /// The high-pass time constant RC_lo = a Δt / (1 − a), s.
    public var highPassTimeConstantS: Double { a / ((1 - a) * sampleRateHz) }

    /// The stationary state covariance (p, q, v) for white input of unit variance.
    public var stationaryCovariance: (p: Double, q: Double, v: Double) {
        let g1 = a * (a - 1), g2 = a * b
        let p = g1 * g1 / (1 - a * a)
        let q = (a * b * p + g1 * g2) / (1 - a * (1 - b))
        let v = (b * b * p + 2 * b * (1 - b) * q + g2 * g2) / (1 - (1 - b) * (1 - b))
        return (p, q, v)
    }

    /// The output's variance per unit variance of white input.
    public var noiseGain: Double { stationaryCovariance.v }

    /// The output's lag-1 autocorrelation for white input.
    public var lagOneCorrelation: Double {
        let (_, q, v) = stationaryCovariance
        return (b * q + (1 - b) * v) / v
    }

    /// The lower Cholesky factor of the stationary covariance: a state
    /// (l₀₀ z₀, l₁₀ z₀ + l₁₁ z₁) with z standard normal is a stationary draw.
    public var stationaryCholesky: (l00: Double, l10: Double, l11: Double) {
        let (p, q, v) = stationaryCovariance
        let l00 = p.squareRoot()
        let l10 = l00 > 0 ? q / l00 : 0
        return (l00, l10, Swift.max(0, v - l10 * l10).squareRoot())
    }

    /// The state (r, l) one sample before sample 0 in the steady state of the input
    /// x_k = c + s k Δt (a baseline offset c and a ramp of slope s, V/s): the high-pass
    /// passes the ramp as the constant s RC_lo, and the low-pass passes that constant.
    public func rampState(offsetV c: Double, slopeVPerS s: Double) -> (r: Double, l: Double) {
        let h = s * highPassTimeConstantS
        let previousInput = c - s / sampleRateHz
        return (a * (h - previousInput), h)
    }

    /// The filter's complex gains at angular frequency ω (rad/s): the high-pass's
    /// H_hp(z) = a (1 − z⁻¹) / (1 − a z⁻¹) and the whole filter's H_hp H_lp, with
    /// H_lp(z) = b / (1 − (1 − b) z⁻¹), z = e^{iωΔt}.
    public func gains(angularFrequencyRadPerS omega: Double) -> (highPass: (re: Double, im: Double), total: (re: Double, im: Double)) {
        let theta = omega / sampleRateHz
        let zr = cos(theta), zi = -sin(theta)       // z⁻¹
        func divide(_ n: (Double, Double), _ d: (Double, Double)) -> (re: Double, im: Double) {
            let m = d.0 * d.0 + d.1 * d.1
            return ((n.0 * d.0 + n.1 * d.1) / m, (n.1 * d.0 - n.0 * d.1) / m)
        }
        let hp = divide((a * (1 - zr), -a * zi), (1 - a * zr, -a * zi))
        let lp = divide((b, 0), (1 - (1 - b) * zr, -(1 - b) * zi))
        return (hp, (hp.re * lp.re - hp.im * lp.im, hp.re * lp.im + hp.im * lp.re))
    }

    /// The state (r, l) one sample before sample 0 in the steady state of the tone
    /// x_k = A cos(ω k Δt + φ): r = a (h − x) and l are the tone through a (H_hp − 1)
    /// and H_hp H_lp, taken at k = −1. Started from it, the filter passes the tone
    /// without a transient, as a tone present long before the pass does.
    public func toneState(amplitudeV: Double, angularFrequencyRadPerS omega: Double, phaseRad: Double) -> (r: Double, l: Double) {
        let (hp, total) = gains(angularFrequencyRadPerS: omega)
        let angle = phaseRad - omega / sampleRateHz
        let xr = amplitudeV * cos(angle), xi = amplitudeV * sin(angle)
        let r = a * ((hp.re - 1) * xr - hp.im * xi)
        let l = total.re * xr - total.im * xi
        return (r, l)
    }
}
