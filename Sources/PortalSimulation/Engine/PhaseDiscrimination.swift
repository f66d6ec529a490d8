import Foundation

/// Phase-sector discrimination, as commercial CW panels offer it to ignore ferrous (or
/// non-ferrous) metal: each frequency's lanes carry the in-phase part R = ωμ₀I Re M : S
/// and the quadrature part X = ωμ₀I Im M : S; a sample counts towards the alarm only if
/// the phase of its (R, X) pair lies outside the rejected window, and what counts is the
/// detector's usual channel y = cos φ R + sin φ X.
///
/// **Phase convention.** θ = atan2(X, R), folded into [0°, 180°) by turning (R, X) into
/// (−R, −X) when X < 0 (or X = 0 and R < 0): the sign of S changes along a walk (it turns
/// both parts together), and only the pair's direction says what the object is. A
/// passive object's loss part has the sign of S, so after folding: 0° a pure magnetic
/// (non-conducting ferrite) response, 90° pure loss (a small or poor conductor), 180°
/// a perfect conductor; a ferrous object, whose magnetisation makes its reactive part
/// positive, lies between 0° and 90°, a non-ferrous one, whose eddy currents make it
/// negative, between 90° and 180°. `reject_phase: [0 deg, 90 deg]` thus ignores ferrous
/// metal. The noise is on both parts, so a small signal's phase is noisy: near the
/// threshold a rejected object still alarms now and then, as on a real panel.
///
/// See docs/channel.md#phase-sector-discrimination.
struct PhaseDiscrimination {
    let cosPhase: Double
    let sinPhase: Double
    let rejectedRad: ClosedRange<Double>

    init(demodulationPhaseRad: Double, rejectedRad: ClosedRange<Double>) {
        cosPhase = cos(demodulationPhaseRad)
        sinPhase = sin(demodulationPhaseRad)
        self.rejectedRad = rejectedRad
    }

    /// The folded phase of (R, X), radians in [0, π).
    @inline(__always)
    static func phaseRad(r: Double, x: Double) -> Double {
        x < 0 || (x == 0 && r < 0) ? atan2(-x, -r) : atan2(x, r)
    }

    /// The channel's value at a sample, or 0 when its phase is rejected.
    @inline(__always)
    func counted(r: Double, x: Double) -> Double {
        rejectedRad.contains(Self.phaseRad(r: r, x: x)) ? 0 : cosPhase * r + sinPhase * x
    }

    /// Each zone's peak |y| over the frequencies and the counted samples of `rows`
    /// (`samples` × `stride`, lane = (2 f + part) · zones + zone).
    func zonePeaks(_ rows: UnsafeMutablePointer<Double>, samples n: Int, stride: Int, zones: Int, frequencies: Int,
                   into peaks: UnsafeMutableBufferPointer<Double>) {
        for zone in 0..<zones { peaks[zone] = 0 }
        for k in 0..<n {
            let row = rows + k &* stride
            for f in 0..<frequencies {
                for zone in 0..<zones {
                    let y = counted(r: row[(2 &* f) &* zones &+ zone], x: row[(2 &* f &+ 1) &* zones &+ zone])
                    peaks[zone] = Swift.max(peaks[zone], abs(y))
                }
            }
        }
    }
}
