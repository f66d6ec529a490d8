import PortalPhysics

/// Runs a qualification protocol through a compiled portal: every point ×
/// orientation × pass, a clean tester carrying only the test object.
///
/// A pass: the tester walks the centre line at the protocol's speed, offset sideways
/// by a draw from a normal of the protocol's standard deviation (truncated so the body
/// stays in the aperture; no draw when it is zero), with the object at the point's
/// lateral, front/back and height position in the orientation's attitude. The object
/// does not move with the gait: a standard's test object is strapped at a fixed place,
/// and the ankle points of a protocol are about the path, not the stride.
///
/// **Reproducibility.** Pass p of case `c` draws from the stream positioned at
/// (seed, c, p, `streamID`) only, and cases are spread over the threads with
/// `ParallelSlots`: the result is the same with any thread count.
///
/// **Monotone in the threshold.** `PassSimulator` adds the noise to the filtered
/// signal before it compares with the threshold, and draws the same number of noise
/// samples (one per sample, channel and zone) whatever the threshold is; the offset
/// draw does not depend on it either. With the same seed, then, every pass has the same
/// peak |signal| at every threshold, and a pass alarms exactly when its peak exceeds the
/// threshold. Lowering the threshold can only add alarms, so the verdict is monotone in
/// the sensitivity setting — which is what lets `Calibration` bisect on it, and what
/// makes its closed form exact: the protocol passes iff T(s) < `criticalPeakV`. (Exact
/// to the last bit but one: the simulator compares peak / T with 1, and the peaks are
/// recovered here as that ratio times T.)
public struct QualificationRunner: Sendable {
    /// The stream of the qualification passes (a protocol's case index is its case).
    static let streamID = RandomStream.identity("qualification")

    public let qualification: QualificationProtocol
    public let seed: UInt64
    public let compiled: CompiledPortal
    let model: CarriedObjectModel

    /// Compiles the portal (its sensitivity grid on `threads` threads).
    public init(qualification: QualificationProtocol, seed: UInt64, portal: Portal, settings: DetectorSettings, threads: Int) {
        self.init(qualification: qualification, seed: seed,
                  compiled: CompiledPortal(portal: portal, settings: settings, threads: threads))
    }

    public init(qualification: QualificationProtocol, seed: UInt64, compiled: CompiledPortal) {
        self.qualification = qualification
        self.seed = seed
        self.compiled = compiled
        model = CarriedObjectModel(name: qualification.object.name,
                                   channelTensors: compiled.channelTensors(of: qualification.object.spectrum),
                                   largestDimensionM: nil)     // qualification.csv does not report the dipole check
    }

    public init(file: ProtocolFile, threads: Int) {
        self.init(qualification: file.qualification, seed: file.seed, portal: file.portal, settings: file.detector, threads: threads)
    }

    /// Whether the portal's threshold follows the knob (it does unless the detector
    /// gives `threshold` directly).
    public var followsSensitivity: Bool { compiled.settings.thresholdOverrideV == nil }

    /// The same protocol at another sensitivity setting, sharing the compiled grid.
    public func atSensitivity(_ sensitivity: Int) -> QualificationRunner {
        QualificationRunner(qualification: qualification, seed: seed, compiled: compiled.atSensitivity(sensitivity))
    }

    /// Every case, on `threads` threads; the same result for any thread count.
    public func run(threads: Int) -> QualificationResult {
        let runner = self
        let cases = ParallelSlots.map(count: qualification.caseCount, threads: threads,
                                      workerState: { runner.makeWorker() }) { worker, index in
            runner.runCase(index, worker: worker)
        }
        return QualificationResult(sensitivity: followsSensitivity ? compiled.settings.sensitivity : nil,
                                   thresholdV: compiled.thresholdV, cases: cases)
    }

    final class Worker {
        let random: RandomStream
        let simulator: PassSimulator

        init(random: RandomStream, simulator: PassSimulator) {
            self.random = random
            self.simulator = simulator
        }
    }

    func makeWorker() -> Worker {
        Worker(random: RandomStream(), simulator: PassSimulator(compiled: compiled, minimumSpeedMPerS: qualification.walkingSpeedMPerS))
    }

    /// The tester's offsets from the centre line that keep both the tester (within
    /// `largestOffsetM`) and an object carried at `lateralM` inside the opening.
    static func offsetRange(lateralM: Double, halfWidthM: Double, largestOffsetM: Double) -> ClosedRange<Double> {
        Swift.max(-largestOffsetM, -halfWidthM - lateralM)...Swift.min(largestOffsetM, halfWidthM - lateralM)
    }

    /// The passes of case `index`.
    func runCase(_ index: Int, worker: Worker) -> QualificationCaseResult {
        let random = worker.random
        let (point, orientation) = qualification.testCase(index)
        let placement = Placement(lateralM: point.lateralM, frontBackM: point.frontBackM, heightM: point.heightM,
                                  attitude: orientation.rotation, movesWithGait: false)
        let objects = [(model, placement)]
        // The engine's rule: the walker's centre line keeps half a body's width from the
        // panels; and the test object itself stays in the opening, whatever the offset.
        let halfWidth = compiled.portal.aperture.widthM / 2
        let largestOffset = PersonSampler(population: .standard, apertureHalfWidthM: halfWidth).largestWalkerOffsetM
        let offsets = Self.offsetRange(lateralM: point.lateralM, halfWidthM: halfWidth, largestOffsetM: largestOffset)
        let threshold = compiled.thresholdV
        var alarms = 0
        var peaksV: [Double] = []
        peaksV.reserveCapacity(qualification.passes)
        var minRatio = Double.infinity
        for pass in 0..<qualification.passes {
            random.reseed(seed: seed, caseID: UInt64(index), pass: pass, stream: Self.streamID)
            let offset = random.truncatedGaussian(mean: 0, sd: qualification.lateralOffsetSdM, range: offsets)
            let outcome = worker.simulator.pass(speedMPerS: qualification.walkingSpeedMPerS, lateralOffsetM: offset,
                                                stridePhase: 0, objects: objects, random: random)
            if outcome.alarmed { alarms += 1 }
            minRatio = Swift.min(minRatio, outcome.peakOverThreshold)
            peaksV.append(outcome.peakOverThreshold * threshold)
        }
        peaksV.sort(by: >)
        let required = qualification.requiredAlarms
        return QualificationCaseResult(point: point, orientation: orientation, passes: qualification.passes, alarms: alarms,
                                       requiredAlarms: required, minPeakOverThreshold: minRatio,
                                       minPeakV: peaksV.last ?? 0, criticalPeakV: peaksV[required - 1])
    }
}
