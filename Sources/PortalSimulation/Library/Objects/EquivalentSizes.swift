import Foundation

/// Small helpers for equivalent sizes, so each builder states its reasoning once.
enum Equivalent {
    /// The radius of a round wire with the cross-section area of a w × t strip, m.
    static func wireRadiusM(widthM: Double, thicknessM: Double) -> Double {
        (widthM * thicknessM / Double.pi).squareRoot()
    }

    /// The radius of a circle with the area of a w × h rectangle, m.
    static func circleRadiusM(widthM: Double, heightM: Double) -> Double {
        (widthM * heightM / Double.pi).squareRoot()
    }
}
