/// A walk-through qualification protocol after NIJ Standard-0601.02 and ASTM C1270: a
/// clean tester (no metal of their own) carries one test object at fixed body points,
/// in each of up to three orthogonal orientations, through the portal a fixed number of
/// times, and the portal qualifies when every (point, orientation) case alarms in at
/// least the required share of its passes (NIJ: every pass; docs/physics.md#qualification-protocols).
///
/// Each (point, orientation) pair is a *case*, numbered point-major: case
/// `p * orientations.count + o`. The case number seeds its random streams, so it is part
/// of what makes a protocol reproducible.
public struct QualificationProtocol: Sendable {
    public var object: ObjectEntry
    /// Passes per case.
    public var passes: Int
    /// The share of a case's passes that must alarm, in (0, 1].
    public var requiredShare: Double
    public var orientations: [TestOrientation]
    public var walkingSpeedMPerS: Double
    /// Standard deviation of the tester's offset from the centre line, m (a normal
    /// truncated so that the body stays inside the aperture).
    public var lateralOffsetSdM: Double
    public var points: [TestPoint]

    public init(object: ObjectEntry, passes: Int, requiredShare: Double, orientations: [TestOrientation],
                walkingSpeedMPerS: Double, lateralOffsetSdM: Double, points: [TestPoint]) {
        precondition(passes >= 1 && !orientations.isEmpty && !points.isEmpty && requiredShare > 0 && requiredShare <= 1,
                     "QualificationProtocol: needs passes, orientations, points and a required share in (0, 1]")
        self.object = object
        self.passes = passes
        self.requiredShare = requiredShare
        self.orientations = orientations
        self.walkingSpeedMPerS = walkingSpeedMPerS
        self.lateralOffsetSdM = lateralOffsetSdM
        self.points = points
    }

    public var caseCount: Int { points.count * orientations.count }

    /// The point and orientation of case `index`.
    public func testCase(_ index: Int) -> (point: TestPoint, orientation: TestOrientation) {
        (points[index / orientations.count], orientations[index % orientations.count])
    }

    /// The alarms a case needs: the required share of its passes, rounded up, so that
    /// "95 %" of 10 passes asks for all 10 and of 20 for 19. A hair's tolerance keeps
    /// 0.95 × 20 = 19.000000000000004 from asking for 20.
    public var requiredAlarms: Int {
        Swift.min(passes, Swift.max(1, Int((requiredShare * Double(passes) - 1e-9).rounded(.up))))
    }
}
