import Foundation

/// How a foot's objects move during a pass: every sensor stage (the portal, the pillars)
/// lifts them the same way, so that their heights agree on the same walker.
///
/// See docs/physics.md#gait.
enum Gait {
    /// Two steps per stride.
    static let strideLengthM = 1.4
    /// The highest a shoe's or sock's object rises above its standing height.
    static let footLiftM = 0.08

    /// The rise above standing height at `timeS` into a walk at `speedMPerS`: the foot
    /// is off the floor for half of each stride, along a half-sine.
    /// The steepest the rise gets per metre walked, 2π · lift / stride: with it a foot's
    /// object moves at most √(1 + slope²) times as far as the walker between two samples.
    static let steepestRisePerMetreWalked = 2 * Double.pi * footLiftM / strideLengthM

    @inline(__always)
    static func footRiseM(timeS t: Double, speedMPerS speed: Double, stridePhase: Double) -> Double {
        footLiftM * Swift.max(0, sin(2 * Double.pi * (t * speed / strideLengthM + stridePhase)))
    }
}
