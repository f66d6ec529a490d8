/// A site's year and budget (`site:`): how many people come, how many phones are
/// tried, what the equipment and the officers cost. With it a screening run turns
/// detection rates into phones through per year and money per phone stopped.
public struct Site: Sendable, Equatable {
    /// Smuggling attempts per year of one device at one body location.
    public struct Attempts: Sendable, Equatable {
        public var object: String
        public var location: String
        public var perYear: Double
    }

    /// What one stage's equipment costs, per unit: bought once and written off over its
    /// life, plus maintenance every year. `configurations` empty: every configuration
    /// with a stage of that name; otherwise only those (and there it wins over an entry
    /// for every configuration).
    public struct Equipment: Sendable, Equatable {
        public var stage: String
        public var configurations: [String]
        public var purchase: Double
        public var lifeYears: Double
        public var maintenancePerYear: Double

        /// The equivalent cost per year of one unit: straight-line write-off plus upkeep.
        public var costPerYear: Double { purchase / lifeYears + maintenancePerYear }
    }

    /// The label of every amount (`EUR` unless given); amounts are plain numbers in it.
    public var currency: String
    public var daysPerYear: Double
    public var arrivalsPerDay: Double
    public var staffCostPerHour: Double
    /// By device and location, in file order (an entry for a device alone is spread
    /// evenly over the threats' locations when decoded).
    public var attempts: [Attempts]
    public var equipment: [Equipment]

    /// The attempts in a year, all devices and locations.
    public var attemptsPerYear: Double { attempts.reduce(0) { $0 + $1.perYear } }
    public var arrivalsPerYear: Double { arrivalsPerDay * daysPerYear }

    /// The equipment entry for stage `stage` of configuration `configuration`, if any.
    public func equipment(stage: String, configuration: String) -> Equipment? {
        equipment.first { $0.stage == stage && $0.configurations.contains(configuration) }
            ?? equipment.first { $0.stage == stage && $0.configurations.isEmpty }
    }
}
