/// What one (point, orientation) case of a protocol gave.
public struct QualificationCaseResult: Sendable, Hashable {
    public let point: TestPoint
    public let orientation: TestOrientation
    public let passes: Int
    public let alarms: Int
    /// The alarms the protocol asks of a case.
    public let requiredAlarms: Int
    /// The smallest peak |signal| / threshold over the case's passes: above 1 every
    /// pass alarmed, and the margin by which the weakest one did.
    public let minPeakOverThreshold: Double
    /// The smallest peak |signal| over the case's passes, V.
    public let minPeakV: Double
    /// The `requiredAlarms`-th largest peak, V: the case passes at a threshold T exactly
    /// when T is below it (with the same draws; see `QualificationRunner`). With every
    /// pass required it is `minPeakV`.
    public let criticalPeakV: Double

    public var passed: Bool { alarms >= requiredAlarms }
    /// alarms / passes.
    public var detectionRate: Double { Double(alarms) / Double(passes) }
}

/// A protocol's outcome at one threshold: every case, in case order.
public struct QualificationResult: Sendable, Hashable {
    /// The knob's setting, nil when the portal gives its threshold directly.
    public let sensitivity: Int?
    public let thresholdV: Double
    public let cases: [QualificationCaseResult]

    /// The protocol passes when every case does.
    public var passed: Bool { cases.allSatisfy(\.passed) }

    /// The case with the lowest min peak / threshold — the weakest path and the worst
    /// orientation (ASTM C1270) — the first in case order on a tie.
    public var weakest: QualificationCaseResult? {
        cases.min { $0.minPeakOverThreshold < $1.minPeakOverThreshold }
    }

    /// The protocol passes at a threshold T exactly when T is below this (with the same
    /// draws): the smallest critical peak over the cases, V.
    public var criticalPeakV: Double {
        cases.map(\.criticalPeakV).min() ?? 0
    }
}
