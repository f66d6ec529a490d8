import PortalPhysics

extension WandStage {
    /// Each object's tensor at the wand's frequency, in the object's own frame: computed
    /// once per engine, so that a pass only turns it.
    static func tensors(of objects: [ObjectEntry], frequencyHz: Double) -> [ComplexSymmetricTensor] {
        objects.map { $0.spectrum.tensor(frequencyHz: frequencyHz) }
    }

    /// One person wanded (see the type's documentation). `tensors[o]` is object o's
    /// tensor at the wand's frequency in its own frame; `trace` holds at least
    /// `samplesPerSweep` values and is overwritten.
    ///
    /// The draws come in a fixed order whatever their results, so that the stream stays
    /// aligned between configurations: one uniform per area (skipped?), in
    /// `WandArea.ordered`; then per item, in carried order, the standoff (one uniform),
    /// the miss (one uniform), the recovery (one uniform) and one Gaussian per sample of
    /// each of its sweep lines — drawn for skipped items too.
    func examine(_ carried: [CarriedItem], tensors: [ComplexSymmetricTensor],
                 trace: UnsafeMutableBufferPointer<Double>, random: RandomStream) -> (alarm: Bool, found: Bool) {
        var skipped = 0
        for area in BodyLocation.WandArea.ordered {
            let u = random.uniform()
            if u < skip(area) { skipped |= 1 << area.index }
        }
        let samples = Self.samplesPerSweep
        let trace = UnsafeMutableBufferPointer(rebasing: trace[0..<samples])
        let sigma = noiseV, threshold = thresholdV
        var alarm = false, found = false
        for item in carried {
            let standoffM = random.gaussian(mean: standoff.meanM, sd: standoff.standardDeviationM, atLeast: standoff.minimumM)
            let missM = (random.uniform() - 0.5) * sweepSpacingM
            let recovered = random.uniform() < recovery
            let swept = skipped & (1 << item.location.wandArea.index) == 0
            let side: HandWand.BodySide = item.placement.frontBackM >= 0 ? .front : .back
            let local = swept ? HandWand.tensorInWandFrame(tensors[item.objectIndex].rotated(by: item.placement.attitude),
                                                           facing: side, sweep: .vertical) : .zero
            let depthM = standoffM + item.location.wandDepthM
            var itemAlarm = false
            for line in 0..<Self.linesPerItem {
                // The nearest line, then its neighbour on the item's other side.
                let lineMissM = line == 0 ? missM : missM - (missM >= 0 ? sweepSpacingM : -sweepSpacingM)
                if swept {
                    wand.sweepTrace(tensor: local, depthM: depthM, missM: lineMissM, halfLengthM: Self.sweepHalfLengthM,
                                    into: trace)
                }
                for k in 0..<samples {
                    let noise = sigma * random.gaussian()
                    if swept && abs(trace[k] + noise) > threshold { itemAlarm = true }
                }
            }
            guard itemAlarm else { continue }
            alarm = true
            if item.isThreat && recovered { found = true }
        }
        return (alarm, found)
    }
}

/// A wand stage ready for a run: the stage and every object's tensor at its frequency.
struct CompiledWandStage: CompiledStage {
    let stage: WandStage
    /// `tensors[o]`: object `o`'s tensor at the wand's frequency, in its own frame.
    let tensors: [ComplexSymmetricTensor]

    func scratchCount(minimumSpeedMPerS: Double) -> Int { WandStage.samplesPerSweep }

    func walk(_ person: StagePerson, in context: StageContext, tally: inout ScreeningTally.Stage) -> StageOutcome {
        let (alarm, found) = stage.examine(person.carried, tensors: tensors, trace: context.scratch, random: context.random)
        return StageOutcome(alarmed: alarm, found: found)
    }
}
