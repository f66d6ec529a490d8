import Foundation

/// What one placement comes to over a fixed set of passes: how many of them the
/// configuration's pipeline detected, and how loud the portal was, for the search to
/// move where the rate does not.
///
/// The rate is a step function of the placement (k of n passes), flat at 0 where
/// nothing alarms and at 1 where everything does; the search's value adds to it a
/// tie-breaker worth less than one pass: the mean over the portal passes of the peak
/// over threshold, on a log scale clamped to [10⁻⁴, 10²] (from far below the noise to
/// far above the threshold) and mapped into [0, 1). A
/// placement with fewer detections always ranks lower; among equals, the quieter one.
struct PlacementEvaluation: Sendable {
    var detected = 0
    var trials = 0
    /// The sum over portal passes of `margin(peakOverThreshold)`.
    var marginSum = 0.0
    var portalPasses = 0

    /// The search's objective: the detection rate plus the tie-breaker over the passes.
    var value: Double {
        guard trials > 0 else { return 0 }
        let tieBreaker = portalPasses > 0 ? 0.999 * marginSum / Double(portalPasses) : 0
        return (Double(detected) + tieBreaker) / Double(trials)
    }

    /// log₁₀ of a peak over threshold, clamped to [−4, 2], mapped onto [0, 1].
    static func margin(_ peakOverThreshold: Double) -> Double {
        guard peakOverThreshold > 0 else { return 0 }
        let decades = Swift.min(2, Swift.max(-4, log10(peakOverThreshold)))
        return decades.isFinite ? (decades + 4) / 6 : (peakOverThreshold > 1 ? 1 : 0)
    }
}

extension Engine {
    /// Passes 0..<`passes` of case `caseIndex` through the first configuration, on one
    /// worker (made by this engine, or one with the same configurations), in order: a
    /// function of the engine's seed, cases and placements alone.
    func evaluate(caseIndex: Int, passes: Int, worker: Worker) -> PlacementEvaluation {
        var evaluation = PlacementEvaluation()
        for block in 0..<Self.blockCount(trials: passes) {
            let count = Swift.min(Self.blockSize, passes - block * Self.blockSize)
            let result = runBlock(caseIndex: caseIndex, block: block, passes: count, recordPasses: true, worker: worker)
            if let tally = result.tallies.first {
                evaluation.detected += tally.detected
                evaluation.trials += tally.trials
            }
            for record in result.passes {
                evaluation.marginSum += PlacementEvaluation.margin(record.peakOverThreshold)
                evaluation.portalPasses += 1
            }
        }
        return evaluation
    }
}
