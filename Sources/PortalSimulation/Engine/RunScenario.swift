import PortalPhysics

/// Who walks through: how fast, how far off the centre line, and what metal they carry
/// innocently.
public struct Population: Sendable {
    public struct Item: Sendable {
        public let object: ObjectEntry
        public let location: BodyLocation
        /// The chance that a person carries it.
        public let probability: Double
    }

    public var name: String
    public var femaleShare: Double
    public var speedMeanMPerS: Double
    public var speedSdMPerS: Double
    public var speedRangeMPerS: ClosedRange<Double>
    public var lateralOffsetSdM: Double
    public var items: [Item]

    public static let standard = Population(name: "visitors", femaleShare: 0.5, speedMeanMPerS: 1.1, speedSdMPerS: 0.2,
                                            speedRangeMPerS: 0.5...1.5, lateralOffsetSdM: 0.05, items: [])
}

/// What is hidden, and where: every object at every location is a case.
public struct Threats: Sendable {
    public enum Attitude: String, CaseIterable, Sendable {
        /// The location's typical attitude, turned at random by up to ±15° about the vertical.
        case typical
        /// Uniform over all rotations.
        case random
    }

    public var objects: [ObjectEntry]
    public var locations: [BodyLocation]
    public var attitude: Attitude
}

/// Everything `portalsim run` needs from a scenario file.
public struct RunScenario: Sendable {
    public var name: String
    public var seed: UInt64
    public var trials: Int
    public var portal: Portal
    public var detector: DetectorSettings
    public var population: Population
    public var threats: Threats?
}
