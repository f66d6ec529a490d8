/// Where an object is and how it is turned, at one sample of a pass.
public struct Pose: Hashable, Sendable {
    public var positionM: Vector3
    public var attitude: Rotation

    public init(positionM: Vector3, attitude: Rotation = .identity) {
        self.positionM = positionM
        self.attitude = attitude
    }
}

/// A straight walk through the portal at constant speed, height and lateral offset,
/// sampled at the detector's rate: the simplest trajectory, and the one the tests use.
public struct StraightWalk: Hashable, Sendable {
    public var speedMPerS: Double
    public var lateralOffsetM: Double
    public var heightM: Double
    /// The walk runs from y = −halfLengthM to +halfLengthM.
    public var halfLengthM: Double
    public var sampleRateHz: Double
    public var attitude: Rotation

    public init(speedMPerS: Double = 1, lateralOffsetM: Double = 0, heightM: Double = 1,
                halfLengthM: Double = 0.6, sampleRateHz: Double = 100, attitude: Rotation = .identity) {
        self.speedMPerS = speedMPerS
        self.lateralOffsetM = lateralOffsetM
        self.heightM = heightM
        self.halfLengthM = halfLengthM
        self.sampleRateHz = sampleRateHz
        self.attitude = attitude
    }

    /// The number of samples: the walk's duration times the sample rate, at least 2.
    public var sampleCount: Int {
        Swift.max(2, Int((2 * halfLengthM / speedMPerS * sampleRateHz).rounded()) + 1)
    }

    public var poses: [Pose] {
        let n = sampleCount
        return (0..<n).map { i in
            let y = -halfLengthM + 2 * halfLengthM * Double(i) / Double(n - 1)
            return Pose(positionM: Vector3(lateralOffsetM, y, heightM), attitude: attitude)
        }
    }
}
