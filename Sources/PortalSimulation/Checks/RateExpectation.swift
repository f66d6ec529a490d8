/// A regression threshold: a rate the simulation must keep above or below.
///
/// Written in a scenario's `expect:` section so that CI can fail when a change to the
/// physics, the library or a portal moves a result the project relies on (the
/// smartphone is caught, the mini phone in a sock mostly is not, visitors' nuisance
/// alarms stay tolerable). An expectation names *which* observed rates it is about by
/// selectors that may be left open; each rate it selects becomes its own check.
/// (Not plain `Expectation`, which Swift Testing's type of that name would make
/// ambiguous in every test file.)
public struct RateExpectation: Sendable, Hashable {
    /// Which rate is meant.
    public enum Metric: String, CaseIterable, Sendable {
        /// The probability of detection of a threat object at a location.
        case detection
        /// An innocent population's alarm rate.
        case nuisance
    }

    /// The side of the threshold the rate must lie on, as a fraction in [0, 1].
    public enum Bound: Sendable, Hashable {
        case atLeast(Double)
        case atMost(Double)

        /// The threshold itself.
        public var value: Double {
            switch self {
            case let .atLeast(x), let .atMost(x): x
            }
        }
    }

    public var metric: Metric
    /// The configuration's name; nil for every configuration. A plain scenario is one
    /// configuration named by its `name`; a file with `configurations:` holds several.
    public var configuration: String?
    /// For `detection` the threat object, for `nuisance` the population; nil for every one.
    public var object: String?
    /// For `detection` the body location (or, for observations from a qualification
    /// protocol, the test point); nil for every one. Always nil for `nuisance`.
    public var location: String?
    public var bound: Bound
    /// The confidence of the Clopper–Pearson interval the decision uses, in (0, 1).
    public var confidence: Double
    /// Where it was written, for diagnostics found only when it meets a run's cases.
    public var origin: ExpectationOrigin

    public static let defaultConfidence = 0.95

    public init(metric: Metric, configuration: String? = nil, object: String? = nil, location: String? = nil,
                bound: Bound, confidence: Double = defaultConfidence, origin: ExpectationOrigin) {
        // Callers build expectations from decoded, range-checked input or in code;
        // a bad value here is a programming error, not a user's.
        precondition((0...1).contains(bound.value), "RateExpectation: the threshold must be in [0, 1], got \(bound.value)")
        precondition(confidence > 0 && confidence < 1, "RateExpectation: confidence must be in (0, 1), got \(confidence)")
        self.metric = metric
        self.configuration = configuration
        self.object = object
        self.location = location
        self.bound = bound
        self.confidence = confidence
        self.origin = origin
    }
}

/// Where an expectation sits in its file: the list item and each selector's value.
///
/// An expectation that selects no case is an input error, but that is only known
/// once the run's cases are known, long after decoding; the places kept here let
/// that error still point at the line and key to fix (the object's name, say).
public struct ExpectationOrigin: Sendable, Hashable {
    /// A position and the setting there.
    public struct Place: Sendable, Hashable {
        public var location: SourceLocation?
        public var keyPath: String

        public init(location: SourceLocation?, keyPath: String) {
            self.location = location
            self.keyPath = keyPath
        }
    }

    /// The file the expectation came from (or a label for one built in code).
    public var file: String
    /// The list item as a whole: `expect[2]`.
    public var item: Place?
    /// The place of each key's value, by key as written (`object`, `location`, …).
    public var fields: [String: Place]

    public init(file: String, item: Place? = nil, fields: [String: Place] = [:]) {
        self.file = file
        self.item = item
        self.fields = fields
    }

    /// A diagnostic at `field`'s value when it was written, else at the item, else
    /// naming the file.
    public func diagnostic(at field: String? = nil, _ message: String) -> InputDiagnostic {
        if let place = field.flatMap({ fields[$0] }) ?? item {
            if let location = place.location {
                return InputDiagnostic(location: location, keyPath: place.keyPath, message: message)
            }
            return InputDiagnostic(file: file, keyPath: place.keyPath, message: message)
        }
        return InputDiagnostic(file: file, message: message)
    }
}
