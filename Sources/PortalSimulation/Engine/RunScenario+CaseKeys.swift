extension RunScenario {
    /// The cases `Engine` will run for this scenario in every configuration, known
    /// without compiling the portal: every threat object at every location, then each
    /// innocent population.
    ///
    /// `portalsim check` matches expectations against these before spending any
    /// time on passes, so a misspelt name is reported in a second, not after a run.
    /// (A test holds this equal to `Engine.cases`.)
    public var caseKeys: [CaseKey] {
        var keys: [CaseKey] = []
        for configuration in configurations.map(\.name) {
            if let threats {
                for object in threats.objects {
                    for location in threats.locations {
                        keys.append(.threat(configuration: configuration, device: object.name, location: location.name))
                    }
                }
            }
            for population in populations {
                keys.append(.innocent(configuration: configuration, population: population.name))
            }
        }
        return keys
    }
}
