import Foundation

/// Lengths in assumption texts, three significant digits.
enum LengthText {
    /// "12.3" for 0.0123 m.
    static func mm(_ m: Double) -> String { String(format: "%.3g", m * 1e3) }
    /// "12.3" for 1.23e-5 m.
    static func um(_ m: Double) -> String { String(format: "%.3g", m * 1e6) }
}
