import PortalPhysics
import RealModule

/// An attitude as three angles in degrees, the parametrisation `worst-case` searches
/// and reports: intrinsic z-y′-x″ (yaw about the portal's vertical, then pitch about the
/// device's new y, then roll about its newest x), as `Rotation(yawRad:pitchRad:rollRad:)`
/// composes them, applied to the device's own frame (its x, y, z axes as its signature
/// defines them). Yaw and roll lie in [−180°, 180°], pitch in [−90°, 90°]: every
/// rotation has angles there.
public struct AttitudeAngles: Equatable, Sendable {
    public var yawDeg: Double
    public var pitchDeg: Double
    public var rollDeg: Double

    public init(yawDeg: Double, pitchDeg: Double, rollDeg: Double) {
        self.yawDeg = yawDeg
        self.pitchDeg = pitchDeg
        self.rollDeg = rollDeg
    }

    /// The box the angles are searched in, as (lower, upper) per angle.
    public static let bounds: [ClosedRange<Double>] = [-180...180, -90...90, -180...180]

    public var rotation: Rotation {
        Rotation(yawRad: yawDeg * .pi / 180, pitchRad: pitchDeg * .pi / 180, rollRad: rollDeg * .pi / 180)
    }

    /// The angles of `rotation`. At pitch ±90° (gimbal lock) yaw and roll turn about the
    /// same axis; the roll is then taken as 0.
    public init(_ rotation: Rotation) {
        let m = rotation.matrix
        // R = Rz(ψ) Ry(θ) Rx(φ): R[2][0] = −sin θ, R[1][0]/R[0][0] = tan ψ, R[2][1]/R[2][2] = tan φ.
        let sinPitch = Swift.min(1, Swift.max(-1, -m.r2.x))
        let pitch = Double.asin(sinPitch)
        let yaw: Double, roll: Double
        if abs(sinPitch) < 1 - 1e-12 {
            yaw = Double.atan2(y: m.r1.x, x: m.r0.x)
            roll = Double.atan2(y: m.r2.y, x: m.r2.z)
        } else {
            // cos θ = 0: only ψ ∓ φ is defined; with φ = 0, R[0][1] = −sin ψ, R[1][1] = cos ψ.
            yaw = Double.atan2(y: -m.r0.y, x: m.r1.y)
            roll = 0
        }
        self.init(yawDeg: yaw * 180 / .pi, pitchDeg: pitch * 180 / .pi, rollDeg: roll * 180 / .pi)
    }

    /// The angle of the turn that takes `from` onto `to`, in degrees (0 to 180).
    public static func turnDeg(from: Rotation, to: Rotation) -> Double {
        let relative = from.inverse.then(to).matrix
        let cosine = (relative.r0.x + relative.r1.y + relative.r2.z - 1) / 2
        return Double.acos(Swift.min(1, Swift.max(-1, cosine))) * 180 / .pi
    }
}
