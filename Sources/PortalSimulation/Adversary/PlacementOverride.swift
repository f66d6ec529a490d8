import PortalPhysics

/// What a smuggler chooses about one pass and the sampler would otherwise draw: how the
/// device is turned, where in the aperture the carrier walks and how fast. The body
/// location is chosen by choosing the case; everything else (sex, height, which side
/// of an either-side location, gait phase, noise, the population's items) stays random.
public struct PlacementOverride: Equatable, Sendable {
    /// The device's attitude in the portal's frame (x the walker's right, y the walking
    /// direction, z up): it replaces the location's typical attitude and its jitter.
    public var attitude: Rotation
    /// The walker's centre line, m right of the aperture's centre (negative: left).
    public var lateralOffsetM: Double
    public var speedMPerS: Double

    public init(attitude: Rotation, lateralOffsetM: Double, speedMPerS: Double) {
        self.attitude = attitude
        self.lateralOffsetM = lateralOffsetM
        self.speedMPerS = speedMPerS
    }
}

extension Engine {
    /// This engine with every pass of case `index` placed by `placement` (nil: drawn as
    /// usual). The compiled portals, models and the other cases are shared.
    public func placing(_ placement: PlacementOverride?, inCase index: Int) -> Engine {
        var copy = self
        copy.cases[index].placement = placement
        return copy
    }

    /// This engine drawing from `seed` instead of the scenario's: the same people in the
    /// same order for the same seed, other people for another.
    public func reseeded(_ seed: UInt64) -> Engine {
        var copy = self
        copy.scenario.seed = seed
        return copy
    }
}
