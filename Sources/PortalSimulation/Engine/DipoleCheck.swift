import PortalPhysics

/// Whether a carried object came too close to a coil wire for the dipole approximation
/// during a pass.
///
/// The simulator takes an object's field as uniform across it, which errs by roughly
/// (size / distance to the nearest wire)². A pass is flagged when, at any of its
/// samples, an object's largest dimension exceeds half its distance to the nearest wire
/// of any transmit or receive coil: the object is then nearer than
/// `distanceOverSize` = 2 times its size, and the approximation off by a quarter or more.
///
/// The answer is exact at the samples the simulator uses, and cheap: first a bound for
/// the whole straight walk (the object's x is fixed during a pass, and so is its height
/// unless it rides on a foot), which clears nearly every pass; then, only for a pass the
/// bound cannot clear, the samples in order, skipping every sample that cannot be
/// nearer than the limit (the distance to the wires changes by at most the distance
/// moved, so a sample `margin` further from the limit allows skipping `margin` of walk).
///
/// See docs/physics.md#the-dipole-approximation-and-its-check.
enum DipoleCheck {
    /// An object nearer to a wire than this many times its largest dimension is flagged.
    static let distanceOverSize = 2.0

    /// The distance to a wire (m) below which an object of `largestDimensionM` is
    /// flagged; nil when its size is unknown (it is then not checked).
    static func limitM(largestDimensionM: Double?) -> Double? {
        guard let size = largestDimensionM, size > 0 else { return nil }
        return distanceOverSize * size
    }

    /// One object's path through a pass, sampled as ``PassSimulator`` samples it: x fixed,
    /// y = `yStartM` + v k / fs, z = the height plus the foot's rise when it moves with the gait.
    struct Path {
        var xM: Double
        var yStartM: Double
        var heightM: Double
        var movesWithGait: Bool
        var speedMPerS: Double
        var stridePhase: Double
        var sampleRateHz: Double
        var samples: Int

        func positionM(sample k: Int) -> Vector3 {
            let t = Double(k) / sampleRateHz
            let z = movesWithGait ? heightM + Gait.footRiseM(timeS: t, speedMPerS: speedMPerS, stridePhase: stridePhase) : heightM
            return Vector3(xM, yStartM + speedMPerS * t, z)
        }

        /// The most the object moves from one sample to the next, m.
        var largestStepM: Double {
            let walked = speedMPerS / sampleRateHz
            guard movesWithGait else { return walked }
            let slope = Gait.steepestRisePerMetreWalked
            return walked * (1 + slope * slope).squareRoot()
        }
    }

    /// Whether any sample of `path` lies nearer than `limitM` to a wire of `wires`.
    static func isFlagged(_ path: Path, limitM: Double, wires: PortalWires) -> Bool {
        guard path.samples > 0 else { return false }
        // The whole walk at once: its line (mid-way up a foot's rise, which then lies
        // within half a lift of it) is at least this far from every wire.
        let halfRise = path.movesWithGait ? Gait.footLiftM / 2 : 0
        let lineBound = wires.lowerBoundFromLineAlongYM(xM: path.xM, zM: path.heightM + halfRise) - halfRise
        if lineBound >= limitM { return false }
        let step = path.largestStepM
        var k = 0
        while k < path.samples {
            let distance = wires.distanceM(from: path.positionM(sample: k))
            if distance < limitM { return true }
            // Samples within `margin` of walk are at least `limitM` from every wire.
            // (The factor keeps a rounding error from skipping the sample at exactly
            // `margin`.)
            let margin = distance - limitM
            let safe = step > 0 ? margin / step * (1 - 1e-9) : Double(path.samples)
            k += 1 + Int(Swift.min(safe, Double(path.samples)))
        }
        return false
    }
}
