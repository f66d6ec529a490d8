import Foundation

/// A rate a site observed, as the user gives it to `calibrate --nuisance-rate`: a share
/// (`18%`, `0.18`) or a count (`36/200`, 36 of 200 visitors alarmed). A count carries
/// its own uncertainty, the Wilson interval of k/n; a bare share carries none.
public struct ObservedRate: Hashable, Sendable {
    public let rate: Double
    /// The count it came from, when given as one.
    public let count: (alarms: Int, visitors: Int)?

    /// The 95 % Wilson interval of the count; nil for a bare share.
    public var interval: (low: Double, high: Double)? {
        count.map { WilsonInterval.interval(successes: $0.alarms, trials: $0.visitors) }
    }

    public init(rate: Double) {
        self.rate = rate
        count = nil
    }

    public init(alarms: Int, visitors: Int) {
        rate = Double(alarms) / Double(visitors)
        count = (alarms, visitors)
    }

    public static func == (a: ObservedRate, b: ObservedRate) -> Bool {
        a.rate == b.rate && a.count?.alarms == b.count?.alarms && a.count?.visitors == b.count?.visitors
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rate)
        hasher.combine(count?.alarms)
        hasher.combine(count?.visitors)
    }

    /// Why a text is not a rate; the message completes "--nuisance-rate: …".
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Parses `18%`, `18 %`, `0.18` or `36/200`. The rate must lie strictly between 0
    /// and 1: at 0 or 1 every setting below or above some point matches, and there is
    /// nothing to calibrate to.
    public static func parse(_ text: String) throws(ParseError) -> ObservedRate {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        func fail(_ why: String) -> ParseError { ParseError(description: "\(why), got '\(text)'") }
        let expected = "give a share such as 18% or 0.18, or a count such as 36/200 (36 of 200 visitors alarmed)"
        let observed: ObservedRate
        if let slash = trimmed.firstIndex(of: "/") {
            guard let k = Int(trimmed[..<slash].trimmingCharacters(in: .whitespaces)),
                  let n = Int(trimmed[trimmed.index(after: slash)...].trimmingCharacters(in: .whitespaces)) else { throw fail(expected) }
            guard n > 0, k >= 0, k <= n else { throw fail("a count k/n needs 0 ≤ k ≤ n and n > 0") }
            observed = ObservedRate(alarms: k, visitors: n)
        } else {
            let percent = trimmed.hasSuffix("%")
            let number = percent ? String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces) : trimmed
            guard let value = Double(number), value.isFinite else { throw fail(expected) }
            observed = ObservedRate(rate: percent ? value / 100 : value)
        }
        guard observed.rate > 0, observed.rate < 1 else { throw fail("must lie strictly between 0 and 1 (0 % and 100 %)") }
        return observed
    }
}
