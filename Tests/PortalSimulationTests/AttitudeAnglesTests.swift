import PortalPhysics
import Testing
@testable import PortalSimulation

/// The yaw-pitch-roll angles `worst-case` reports read back as the rotation they came from.
struct AttitudeAnglesTests {
    @Test func anglesRoundTrip() {
        let random = RandomStream()
        random.reseed(seed: 3, caseID: 1, pass: 0, stream: 0)
        for _ in 0..<200 {
            let rotation = Rotation(quaternionW: random.gaussian(), x: random.gaussian(), y: random.gaussian(), z: random.gaussian())
            let angles = AttitudeAngles(rotation)
            #expect(angles.rotation.matrix.maxDifference(rotation.matrix) < 1e-12)
            #expect((-180...180).contains(angles.yawDeg) && (-90...90).contains(angles.pitchDeg) && (-180...180).contains(angles.rollDeg))
        }
        for pitch in [-90.0, 90.0] {   // gimbal lock: the roll folds into the yaw
            let rotation = AttitudeAngles(yawDeg: 30, pitchDeg: pitch, rollDeg: 40).rotation
            let angles = AttitudeAngles(rotation)
            #expect(angles.rollDeg == 0 && abs(angles.pitchDeg - pitch) < 1e-6)
            #expect(angles.rotation.matrix.maxDifference(rotation.matrix) < 1e-7)
        }
        for attitude in DeviceAttitude.allCases {
            #expect(AttitudeAngles(attitude.rotation).rotation.matrix.maxDifference(attitude.rotation.matrix) < 1e-12)
        }
    }

    @Test func turnAngle() {
        let a = AttitudeAngles(yawDeg: 10, pitchDeg: 20, rollDeg: 30).rotation
        #expect(abs(AttitudeAngles.turnDeg(from: a, to: a.then(Rotation(axis: .unitY, angleRad: .pi / 3))) - 60) < 1e-9)
        #expect(AttitudeAngles.turnDeg(from: a, to: a) < 1e-6)
    }
}
