/// Runs every point of a sweep, one after the other, each on all threads. The points
/// share the seed, so they meet the same people (common random numbers), and points
/// with the same coils share the sensitivity grid.
public enum SweepRunner {
    public static func run(_ plan: SweepPlan, threads: Int,
                           progress: (@Sendable (Int) -> Void)? = nil) throws(ResultsError) -> [RunTallies] {
        var compiled: [CompiledPortal] = []
        var results: [RunTallies] = []
        for point in plan.points {
            let engine = Engine(scenario: point.scenario, threads: threads, reusing: compiled)
            compiled += engine.compiledPortals.filter { mine in !compiled.contains { $0.portal == mine.portal } }
            results.append(try engine.runRecording(threads: threads, recordPasses: false, progress: progress).tallies)
        }
        return results
    }

    /// The passes a sweep makes, for a progress bar.
    public static func totalPasses(_ plan: SweepPlan) -> Int {
        plan.points.reduce(0) { total, point in
            total + ((point.scenario.threats.map { $0.objects.count * $0.locations.count } ?? 0) + 1) * point.scenario.trials
        }
    }
}
