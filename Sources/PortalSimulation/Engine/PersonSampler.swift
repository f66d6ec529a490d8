import PortalPhysics

/// Draws the random parts of a pass — who walks, how fast, how far off centre, where
/// each object sits and how it is turned — always in the same order from the block's
/// stream, so that a pass is a function of (seed, case, block, index in block) alone.
///
/// The distributions and their sources: docs/physics.md#walkers, docs/physics.md#body-locations
/// and docs/physics.md#attitudes.
struct PersonSampler {
    let population: Population
    /// Half the aperture's width: walkers keep their body inside it.
    let apertureHalfWidthM: Double

    /// How far a walker's centre line may stray: the aperture less half a body's width
    /// (0.25 m, shoulders) — beyond that a person would walk into a panel.
    var largestWalkerOffsetM: Double { Swift.max(0, apertureHalfWidthM - 0.25) }

    struct Walker {
        var female: Bool
        var speedMPerS: Double
        var lateralOffsetM: Double
        var stridePhase: Double
    }

    func walker(_ random: RandomStream) -> Walker {
        let female = random.uniform() < population.femaleShare
        let speed = random.truncatedGaussian(mean: population.speedMeanMPerS, sd: population.speedSdMPerS,
                                             range: population.speedRangeMPerS)
        let lateral = random.truncatedGaussian(mean: 0, sd: population.lateralOffsetSdM,
                                               range: -largestWalkerOffsetM...largestWalkerOffsetM)
        return Walker(female: female, speedMPerS: speed, lateralOffsetM: lateral, stridePhase: random.uniform())
    }

    /// Where an object at `location` sits on this walker. A location defined for one sex
    /// only (a bra) uses that sex's heights whoever walks.
    func placement(at location: BodyLocation, for walker: Walker, attitude: Threats.Attitude,
                   _ random: RandomStream) -> Placement {
        let height = location.height(female: walker.female) ?? location.height(female: !walker.female)
        let z = Swift.max(0.005, (height?.meanM ?? 1) + (height?.standardDeviationM ?? 0) * random.gaussian())
        let side: Double = location.eitherSide ? (random.uniform() < 0.5 ? -1 : 1) : 1
        let lateral = side * Self.lerp(location.lateralOffsetM, random.uniform())
        let frontBack = Self.lerp(location.frontBackOffsetM, random.uniform())
        let rotation: Rotation
        switch attitude {
        case .typical:
            let jitter = (random.uniform() - 0.5) * (Double.pi / 6)     // ±15° about the vertical
            rotation = Rotation(axis: .unitZ, angleRad: jitter).then(location.typicalAttitude.rotation)
        case .random:
            // Uniform over rotations: a unit quaternion from four normal draws.
            rotation = Rotation(quaternionW: random.gaussian(), x: random.gaussian(), y: random.gaussian(), z: random.gaussian())
        }
        return Placement(lateralM: lateral, frontBackM: frontBack, heightM: z, attitude: rotation,
                         movesWithGait: location.movesWithGait)
    }

    static func lerp(_ range: ClosedRange<Double>, _ u: Double) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * u
    }
}
