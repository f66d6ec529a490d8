import PortalPhysics

/// An object's magnetostatic description in its own frame: what pillars see of it.
struct Magnetostatics: Sendable {
    /// N⁰, m³.
    var staticPart: SymmetricTensor
    var remanentMomentAm2: Vector3

    init(_ spectrum: RelaxationSpectrum) {
        staticPart = spectrum.staticPart
        remanentMomentAm2 = spectrum.remanentMomentAm2
    }
}

extension PillarStage {
    /// One person walking past the pillars (see the type's documentation); returns
    /// whether they alarm. `signal` holds at least `sampleCount(speedMPerS:)` ×
    /// `pillars.sensorCount` values; it is overwritten.
    ///
    /// The only draws are the noise, one Gaussian per gradiometer sample in sample then
    /// sensor order, all of them whatever the readings (none at zero noise).
    func walk(_ walker: PersonSampler.Walker, carried: [CarriedItem], magnetostatics: [Magnetostatics],
              signal: UnsafeMutableBufferPointer<Double>, random: RandomStream) -> Bool {
        let speed = walker.speedMPerS, fs = sampleRateHz
        let n = sampleCount(speedMPerS: speed), sensors = pillars.sensorCount
        precondition(signal.count >= n * sensors, "PillarStage.walk: buffer too small")
        for i in 0..<(n * sensors) { signal[i] = 0 }
        let earth = earthFieldT
        for item in carried {
            let object = magnetostatics[item.objectIndex]
            let turn = item.placement.attitude
            let moment = GradiometerPillars.staticMomentAm2(staticPart: object.staticPart.rotated(by: turn),
                                                            remanentMomentAm2: turn.apply(object.remanentMomentAm2),
                                                            earthFieldT: earth)
            if moment.x == 0 && moment.y == 0 && moment.z == 0 { continue }
            let x = walker.lateralOffsetM + item.placement.lateralM
            let yStart = -Self.walkHalfLengthM + item.placement.frontBackM
            for k in 0..<n {
                let t = Double(k) / fs
                var z = item.placement.heightM
                if item.placement.movesWithGait {
                    z += Gait.footRiseM(timeS: t, speedMPerS: speed, stridePhase: walker.stridePhase)
                }
                let row = UnsafeMutableBufferPointer(rebasing: signal[(k * sensors)..<((k + 1) * sensors)])
                pillars.addReadings(momentAm2: moment, positionM: Vector3(x, yStart + speed * t, z), to: row)
            }
        }
        var alarm = false
        if noiseT > 0 {
            for i in 0..<(n * sensors) {
                let noise = noiseT * random.gaussian()
                if abs(signal[i] + noise) > thresholdT { alarm = true }
            }
        } else {
            for i in 0..<(n * sensors) where abs(signal[i]) > thresholdT { alarm = true }
        }
        return alarm
    }
}

/// A pillar stage ready for a run: the stage and every object's magnetostatics.
struct CompiledPillarStage: CompiledStage {
    let stage: PillarStage
    /// `magnetostatics[o]`: object `o`'s static tensor and remanent moment.
    let magnetostatics: [Magnetostatics]

    /// The slowest walker's walk past every sensor.
    func scratchCount(minimumSpeedMPerS: Double) -> Int {
        stage.sampleCount(speedMPerS: minimumSpeedMPerS) * stage.pillars.sensorCount
    }

    func walk(_ person: StagePerson, in context: StageContext, tally: inout ScreeningTally.Stage) -> StageOutcome {
        let alarm = stage.walk(person.walker, carried: person.carried, magnetostatics: magnetostatics, signal: context.scratch,
                               random: context.random)
        return StageOutcome(alarmed: alarm, found: false)
    }
}
