/// A fixed place on the clean tester where the test object is carried, in the
/// portal's frame relative to the tester's centre line.
///
/// Standards fix body positions (head, armpit, hip, ankle …) rather than draw them,
/// so that every pass of the protocol tests the same path through the aperture.
public struct TestPoint: Sendable, Hashable {
    public let name: String
    /// x, towards the walker's right (+) or left (−) of the centre line, m.
    public let lateralM: Double
    /// z, the object's centre above the floor, m.
    public let heightM: Double
    /// y, in front of (+, the walking direction) or behind (−) the body's centre, m.
    public let frontBackM: Double

    public init(name: String, lateralM: Double, heightM: Double, frontBackM: Double) {
        self.name = name
        self.lateralM = lateralM
        self.heightM = heightM
        self.frontBackM = frontBackM
    }
}
