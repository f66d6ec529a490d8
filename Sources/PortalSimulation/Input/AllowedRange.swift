/// The interval a number must lie in, able to say so in words.
///
/// Swift's range types cannot express "> 0", which is the most common physical
/// constraint (a length, a frequency), so bounds carry their own inclusiveness.
/// All bounds are in SI for quantities.
public struct AllowedRange: Sendable, Hashable {
    public struct Bound: Sendable, Hashable {
        public var value: Double
        public var inclusive: Bool

        public init(_ value: Double, inclusive: Bool) {
            self.value = value
            self.inclusive = inclusive
        }
    }

    public var lower: Bound?
    public var upper: Bound?

    public init(lower: Bound? = nil, upper: Bound? = nil) {
        self.lower = lower
        self.upper = upper
    }

    /// Any finite number.
    public static let any = AllowedRange()
    /// Strictly above zero: lengths, frequencies, conductivities.
    public static let positive = greaterThan(0)
    /// Zero or above: counts, delays, offsets from a floor.
    public static let nonNegative = atLeast(0)
    /// A fraction: 0 through 1 inclusive.
    public static let unitInterval = within(0...1)

    public static func greaterThan(_ value: Double) -> AllowedRange {
        AllowedRange(lower: Bound(value, inclusive: false))
    }

    public static func atLeast(_ value: Double) -> AllowedRange {
        AllowedRange(lower: Bound(value, inclusive: true))
    }

    public static func lessThan(_ value: Double) -> AllowedRange {
        AllowedRange(upper: Bound(value, inclusive: false))
    }

    public static func atMost(_ value: Double) -> AllowedRange {
        AllowedRange(upper: Bound(value, inclusive: true))
    }

    public static func within(_ range: ClosedRange<Double>) -> AllowedRange {
        AllowedRange(lower: Bound(range.lowerBound, inclusive: true),
                     upper: Bound(range.upperBound, inclusive: true))
    }

    /// Both constraints at once: `.positive.and(.atMost(3))`.
    public func and(_ other: AllowedRange) -> AllowedRange {
        AllowedRange(lower: other.lower ?? lower, upper: other.upper ?? upper)
    }

    /// The values both ranges allow: the higher lower bound and the lower upper bound
    /// (at equal values the exclusive bound wins). How a key's own range meets its
    /// dimension's ``PhysicalDimension/physicalRange``.
    public func intersected(with other: AllowedRange) -> AllowedRange {
        func tighter(_ a: Bound?, _ b: Bound?, _ isTighter: (Double, Double) -> Bool) -> Bound? {
            guard let a else { return b }
            guard let b else { return a }
            if a.value == b.value { return Bound(a.value, inclusive: a.inclusive && b.inclusive) }
            return isTighter(a.value, b.value) ? a : b
        }
        return AllowedRange(lower: tighter(lower, other.lower, >), upper: tighter(upper, other.upper, <))
    }

    public func contains(_ value: Double) -> Bool {
        if let lower {
            guard lower.inclusive ? value >= lower.value : value > lower.value else { return false }
        }
        if let upper {
            guard upper.inclusive ? value <= upper.value : value < upper.value else { return false }
        }
        return true
    }

    /// The constraint in words, bounds shown in `dimension`'s units:
    /// "> 0 m", "between 0.5 m and 1 m", ">= 1 and < 10".
    public func requirement(as dimension: PhysicalDimension = .dimensionless) -> String {
        func show(_ value: Double) -> String { QuantityParser.format(value, as: dimension) }
        switch (lower, upper) {
        case (nil, nil):
            return "any number"
        case let (lower?, nil):
            return (lower.inclusive ? ">= " : "> ") + show(lower.value)
        case let (nil, upper?):
            return (upper.inclusive ? "<= " : "< ") + show(upper.value)
        case let (lower?, upper?):
            if lower.inclusive && upper.inclusive {
                return "between \(show(lower.value)) and \(show(upper.value))"
            }
            return (lower.inclusive ? ">= " : "> ") + show(lower.value)
                + (upper.inclusive ? " and <= " : " and < ") + show(upper.value)
        }
    }
}
