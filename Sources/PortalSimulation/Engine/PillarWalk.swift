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

extension Worker {
    /// Sizes the wand and pillar buffers for every stage of `pipelines`, once per worker,
    /// so that no pass allocates: the longest pillar walk is the slowest walker's.
    func prepareStageBuffers(pipelines: [CompiledPipeline], minimumSpeedMPerS: Double) {
        var trace = 0, signal = 0
        for pipeline in pipelines {
            for stage in pipeline.stages {
                switch stage {
                case .wand:
                    trace = Swift.max(trace, WandStage.samplesPerSweep)
                case .ferromagnetic(let pillars):
                    let sensors = pillars.pillars.sensorCount
                    signal = Swift.max(signal, pillars.sampleCount(speedMPerS: minimumSpeedMPerS) * sensors)
                case .portal, .search:
                    break
                }
            }
        }
        wandTrace = Array(repeating: 0, count: trace)
        pillarSignal = Array(repeating: 0, count: signal)
    }

    /// One person past `stage`'s pillars, in this worker's buffers.
    func walk(_ walker: PersonSampler.Walker, carried: [CarriedItem], past stage: PillarStage,
              magnetostatics: [Magnetostatics], random: RandomStream) -> Bool {
        pillarSignal.withUnsafeMutableBufferPointer { signal in
            stage.walk(walker, carried: carried, magnetostatics: magnetostatics, signal: signal, random: random)
        }
    }

    /// One person wanded by `stage`, in this worker's buffer.
    func examine(_ carried: [CarriedItem], with stage: WandStage, tensors: [ComplexSymmetricTensor],
                 random: RandomStream) -> (alarm: Bool, found: Bool) {
        wandTrace.withUnsafeMutableBufferPointer { trace in
            stage.examine(carried, tensors: tensors, trace: trace, random: random)
        }
    }
}
