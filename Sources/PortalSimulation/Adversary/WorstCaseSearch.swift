import PortalPhysics

/// How hard `WorstCaseSearch` looks, and how surely it reports.
public struct WorstCaseSettings: Sendable {
    /// Passes per objective evaluation: the same passes (seed, case, pass indices) for
    /// every candidate placement of a case, so that the objective is deterministic.
    public var searchPasses: Int
    /// Passes of the confirmation run of each placement found, on other people.
    public var confirmPasses: Int
    /// Objective evaluations per start of the local search.
    public var evaluationsPerStart: Int

    public init(searchPasses: Int = 300, confirmPasses: Int = 2000, evaluationsPerStart: Int = 60) {
        precondition(searchPasses >= 1 && confirmPasses >= 1 && evaluationsPerStart >= 1, "WorstCaseSettings: counts must be positive")
        self.searchPasses = searchPasses
        self.confirmPasses = confirmPasses
        self.evaluationsPerStart = evaluationsPerStart
    }
}

/// The placement of one device that one configuration stops least often, and how often
/// it stops the device carried as usual.
public struct WorstCaseFinding: Sendable {
    public let configuration: String
    public let object: String
    public let location: BodyLocation
    /// The placement as confirmed (rounded: see `WorstCaseSearch.quantised`).
    public let placement: PlacementOverride
    public let angles: AttitudeAngles
    /// The confirmation run's detections and passes: the rate to report.
    public let detected: Int
    public let trials: Int
    /// The configuration's detections and passes of the device over all the scenario's
    /// locations, drawn as usual, at the scenario's seed.
    public let averageDetected: Int
    public let averageTrials: Int
    /// The search's own value of the placement (biased low by the selection: never reported as the rate).
    public let searchValue: Double
    /// Objective evaluations spent on this configuration and device.
    public let evaluations: Int
}

/// The adversary: for every screening configuration and threat device of a scenario,
/// the body location (of the threats' `locations`), attitude, lateral offset in the
/// aperture and walking speed at which the whole pipeline stops the device least often.
///
/// What stays random per pass is what a smuggler cannot choose: the noise, the gait
/// phase, sex and height (so the device's height within its location), the side of an
/// either-side location and the offsets within it, the population's items, and every
/// later stage's draws. Each configuration is searched alone (its stage streams are the
/// same as in the whole scenario, so its numbers are too).
///
/// The search: for each location, Nelder–Mead (`NelderMead`) over (yaw, pitch, roll,
/// lateral offset, speed) from three deterministic starts — the location's typical
/// attitude on the centre line at the population's mean speed, and that attitude turned
/// 90° about the device's x and y axes, off centre, faster and slower — each evaluation
/// `searchPasses` passes at a seed of its own (`searchSeed`), the same for every
/// candidate (common random numbers). Each location's best placement over its starts is
/// rounded; the location is chosen among them on `confirmPasses` passes of a third seed
/// (`selectionSeed`), not by the search's own values — those are each the minimum of
/// many evaluations on the same few passes, so they favour a location where the
/// placement can be fitted to those passes over one (the body cavity) where it cannot.
/// The choice is then confirmed on `confirmPasses` other passes (`confirmationSeed`);
/// only the confirmation's rate is reported. Search tasks and confirmations run in
/// parallel, each on one thread in a fixed order, so the result does not depend on the
/// thread count.
///
/// See docs/worst-case.md and docs/statistics.md#the-worst-case.
public struct WorstCaseSearch: Sendable {
    public let scenario: RunScenario
    public let settings: WorstCaseSettings

    public init(scenario: RunScenario, settings: WorstCaseSettings) {
        self.scenario = scenario
        self.settings = settings
    }

    /// The search's seed: derived from the scenario's, unlike any a scenario would use by chance.
    public static func searchSeed(_ seed: UInt64) -> UInt64 { RandomStream.identity("worst-case\u{1F}search\u{1F}\(seed)") }
    /// The selection's seed: other people than the search's, for choosing the location.
    public static func selectionSeed(_ seed: UInt64) -> UInt64 { RandomStream.identity("worst-case\u{1F}selection\u{1F}\(seed)") }
    /// The confirmation's seed: other people than the search's and the average run's.
    public static func confirmationSeed(_ seed: UInt64) -> UInt64 { RandomStream.identity("worst-case\u{1F}confirmation\u{1F}\(seed)") }

    /// The starts of the local search per location.
    public static let startsPerLocation = 3

    /// One local search: configuration `configuration`, threat device `object` (indices
    /// into the scenario's), body location `location` (into the threats'), start `start`.
    struct Task: Sendable {
        var configuration: Int
        var object: Int
        var location: Int
        var start: Int
    }

    var tasks: [Task] {
        let threats = scenario.threats
        return scenario.configurations.indices.flatMap { k in
            (threats?.objects.indices ?? 0..<0).flatMap { o in
                (threats?.locations.indices ?? 0..<0).flatMap { l in
                    (0..<Self.startsPerLocation).map { Task(configuration: k, object: o, location: l, start: $0) }
                }
            }
        }
    }

    /// The passes the whole search runs at most (for a progress bar): the average run,
    /// every start's evaluations, every location's selection run and every confirmation.
    public var plannedPasses: Int {
        let cases = (scenario.threats.map { $0.objects.count * $0.locations.count } ?? 0) + scenario.populations.count
        let findings = scenario.configurations.count * (scenario.threats?.objects.count ?? 0)
        return cases * scenario.trials + tasks.count * settings.evaluationsPerStart * settings.searchPasses
            + findings * ((scenario.threats?.locations.count ?? 0) + 1) * settings.confirmPasses
    }

    /// The bounds of (yaw°, pitch°, roll°, lateral offset m, speed m/s) for the threats'
    /// carriers, as `engine`'s sampler allows them.
    func bounds(_ engine: Engine) -> [ClosedRange<Double>] {
        let carrier = scenario.populations[scenario.carrierIndex]
        let lateral = PersonSampler(population: carrier, apertureHalfWidthM: engine.walkwayHalfWidthM).largestWalkerOffsetM
        return AttitudeAngles.bounds + [-lateral...lateral, carrier.speedRangeMPerS]
    }

    /// The starts for `location`: see the type's discussion.
    func starts(_ location: BodyLocation, bounds box: [ClosedRange<Double>]) -> [[Double]] {
        let carrier = scenario.populations[scenario.carrierIndex]
        let lateral = box[3].upperBound, speeds = box[4]
        let typical = location.typicalAttitude.rotation
        let attitudes = [typical, typical.then(Rotation(axis: .unitX, angleRad: .pi / 2)),
                         typical.then(Rotation(axis: .unitY, angleRad: .pi / 2))]
        let span = speeds.upperBound - speeds.lowerBound
        let places = [(0.0, carrier.speedMeanMPerS), (lateral / 2, speeds.lowerBound + 0.75 * span),
                      (-lateral / 2, speeds.lowerBound + 0.25 * span)]
        return zip(attitudes, places).map { attitude, place in
            let angles = AttitudeAngles(attitude)
            return [angles.yawDeg, angles.pitchDeg, angles.rollDeg, place.0, place.1]
        }
    }

    /// A point of the search as a placement.
    static func placement(_ x: [Double]) -> (PlacementOverride, AttitudeAngles) {
        let angles = AttitudeAngles(yawDeg: x[0], pitchDeg: x[1], rollDeg: x[2])
        return (PlacementOverride(attitude: angles.rotation, lateralOffsetM: x[3], speedMPerS: x[4]), angles)
    }

    /// `x` rounded as worstcase.csv reports it — angles to 0.1°, the offset to 1 mm, the
    /// speed to 0.01 m/s — and kept in `bounds`: the placement confirmed is the one written.
    static func quantised(_ x: [Double], bounds: [ClosedRange<Double>]) -> [Double] {
        let steps = [0.1, 0.1, 0.1, 0.001, 0.01]
        return x.indices.map { i in
            let rounded = (x[i] / steps[i]).rounded() * steps[i]
            return Swift.min(Swift.max(rounded, bounds[i].lowerBound), bounds[i].upperBound)
        }
    }

    /// Runs the average run, the searches and the confirmations; the findings in
    /// configuration order, then the threats' object order. `progress` gets passes done.
    public func run(threads: Int, progress: (@Sendable (Int) -> Void)? = nil) throws(ResultsError) -> [WorstCaseFinding] {
        guard let threats = scenario.threats, !threats.objects.isEmpty, !threats.locations.isEmpty else { return [] }
        let full = Engine(scenario: scenario, threads: threads)
        let average = try full.runRecording(threads: threads, recordPasses: false, progress: progress).tallies
        let engines = scenario.configurations.map { configuration in
            var alone = scenario
            alone.configurations = [configuration]
            // The whole scenario's walkers, whatever this configuration's own narrowest portal.
            var engine = Engine(scenario: alone, threads: threads, reusing: full.compiledPortals)
            engine.walkwayHalfWidthM = full.walkwayHalfWidthM
            return engine
        }
        // caseIndices[o][l]: the index of the threat case (object o, location l) in every engine's cases.
        let caseIndices = threats.objects.map { object in
            threats.locations.map { location in
                guard let c = full.cases.firstIndex(where: { !$0.isInnocent && $0.object == object.name && $0.location == location.name }) else {
                    preconditionFailure("WorstCaseSearch: the engine has every threat case")
                }
                return c
            }
        }
        let settings = self.settings, box = bounds(full), tasks = self.tasks
        let searchSeed = Self.searchSeed(scenario.seed), confirmationSeed = Self.confirmationSeed(scenario.seed)
        let selectionSeed = Self.selectionSeed(scenario.seed)
        let optimiser = NelderMead(maxEvaluations: settings.evaluationsPerStart)
        let startPoints = threats.locations.map { starts($0, bounds: box) }

        let searched = OrderedFold.run(count: tasks.count, threads: threads, into: [NelderMead.Result?](repeating: nil, count: tasks.count),
                                       workerState: { WorkerCache(engines) }, { cache, i in
            let task = tasks[i]
            let c = caseIndices[task.object][task.location]
            let engine = engines[task.configuration].reseeded(searchSeed)
            let worker = cache.worker(task.configuration)
            return optimiser.minimize(from: startPoints[task.location][task.start], bounds: box) { x in
                let value = engine.placing(Self.placement(x).0, inCase: c)
                    .evaluate(caseIndex: c, passes: settings.searchPasses, worker: worker).value
                progress?(settings.searchPasses)
                return value
            }
        }, fold: { results, result, i in results[i] = result })

        // The best start of every (configuration, object, location), the first of equals,
        // rounded as it will be reported.
        var best: [(task: Task, point: [Double], value: Double, evaluations: Int)] = []
        for (i, task) in tasks.enumerated() {
            guard let result = searched[i] else { continue }
            if let last = best.last, last.task.configuration == task.configuration, last.task.object == task.object,
               last.task.location == task.location {
                let better = result.value < last.value
                best[best.count - 1] = (better ? task : last.task, better ? result.point : last.point,
                                            better ? result.value : last.value, last.evaluations + result.evaluations)
            } else {
                best.append((task, result.point, result.value, result.evaluations))
            }
        }
        let candidates = best.map { (pick: $0, x: Self.quantised($0.point, bounds: box)) }
        // Each candidate on the selection's passes; the least detected of each
        // (configuration, object) is chosen, the first of equals. (`evaluations` counts
        // the search's evaluations only.)
        let selection = OrderedFold.run(count: candidates.count, threads: threads, into: [Double](repeating: .infinity, count: candidates.count),
                                        workerState: { WorkerCache(engines) }, { cache, i in
            let (pick, x) = candidates[i]
            let c = caseIndices[pick.task.object][pick.task.location]
            let value = engines[pick.task.configuration].reseeded(selectionSeed).placing(Self.placement(x).0, inCase: c)
                .evaluate(caseIndex: c, passes: settings.confirmPasses, worker: cache.worker(pick.task.configuration)).value
            progress?(settings.confirmPasses)
            return value
        }, fold: { results, result, i in results[i] = result })
        var chosen: [(task: Task, point: [Double], value: Double, evaluations: Int)] = []
        var chosenSelection: [Double] = []
        for (i, candidate) in candidates.enumerated() {
            let pick = candidate.pick
            if let last = chosen.last, last.task.configuration == pick.task.configuration, last.task.object == pick.task.object {
                let spent = last.evaluations + pick.evaluations
                if selection[i] < chosenSelection[chosen.count - 1] {
                    chosen[chosen.count - 1] = (pick.task, candidate.x, pick.value, spent)
                    chosenSelection[chosen.count - 1] = selection[i]
                } else {
                    chosen[chosen.count - 1].evaluations = spent
                }
            } else {
                chosen.append((pick.task, candidate.x, pick.value, pick.evaluations))
                chosenSelection.append(selection[i])
            }
        }
        let picked = chosen
        // The placements as reported: rounded, then confirmed as they are written.
        let placements = picked.map { Self.placement($0.point) }

        let confirmed = OrderedFold.run(count: picked.count, threads: threads, into: [PlacementEvaluation](repeating: PlacementEvaluation(), count: picked.count),
                                        workerState: { WorkerCache(engines) }, { cache, i in
            let pick = picked[i]
            let c = caseIndices[pick.task.object][pick.task.location]
            let evaluation = engines[pick.task.configuration].reseeded(confirmationSeed).placing(placements[i].0, inCase: c)
                .evaluate(caseIndex: c, passes: settings.confirmPasses, worker: cache.worker(pick.task.configuration))
            progress?(settings.confirmPasses)
            return evaluation
        }, fold: { results, result, i in results[i] = result })

        return picked.enumerated().map { i, pick in
            let configuration = scenario.configurations[pick.task.configuration].name
            let object = threats.objects[pick.task.object].name
            let (placement, angles) = placements[i]
            var averageDetected = 0, averageTrials = 0
            for location in threats.locations {
                if let tally = average[CaseKey.threat(configuration: configuration, device: object, location: location.name)] {
                    averageDetected += tally.detected
                    averageTrials += tally.trials
                }
            }
            return WorstCaseFinding(configuration: configuration, object: object, location: threats.locations[pick.task.location],
                                    placement: placement, angles: angles, detected: confirmed[i].detected, trials: confirmed[i].trials,
                                    averageDetected: averageDetected, averageTrials: averageTrials,
                                    searchValue: pick.value, evaluations: pick.evaluations)
        }
    }
}

/// One worker per configuration's engine, made when a task first needs it: a worker's
/// buffers are sized for its engine's pipelines.
private final class WorkerCache {
    let engines: [Engine]
    var workers: [Int: Worker] = [:]

    init(_ engines: [Engine]) { self.engines = engines }

    func worker(_ configuration: Int) -> Worker {
        if let worker = workers[configuration] { return worker }
        let worker = engines[configuration].makeWorker()
        workers[configuration] = worker
        return worker
    }
}
