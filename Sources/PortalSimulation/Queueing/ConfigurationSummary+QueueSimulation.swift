extension ConfigurationSummary {
    /// The configuration's stages as queues, each entered by its measured share of the
    /// arrivals (the innocent populations mixed by share).
    public var queueStages: [QueueStage] {
        zip(configuration.stages, stageShares).map { stage, share in
            QueueStage(name: stage.name, units: stage.units, secondsPerPerson: stage.secondsPerPerson, share: share)
        }
    }

    /// The queue simulation of this configuration's pipeline under `arrivals`, with
    /// deterministic stage times, the innocent people's own routes (weighted by share),
    /// at the scenario's `seed` (the same arrival times for every configuration: common
    /// random numbers).
    public func simulateQueues(_ arrivals: ArrivalSchedule, seed: UInt64) -> QueueFigures {
        QueueSimulation(stages: queueStages, arrivals: arrivals, seed: seed, routes: routes).run()
    }
}

extension RunScenario {
    /// The arrivals the queue simulation uses: the hourly schedule if given, else the
    /// steady rate; nil when neither is given.
    public var arrivalSchedule: ArrivalSchedule? {
        if let hourly = arrivalsByHour { return .hourly(arrivalsPerHour: hourly) }
        return arrivalsPerHour.map { .steady(arrivalsPerHour: $0) }
    }
}
