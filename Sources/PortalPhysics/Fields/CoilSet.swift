/// A coil driven with a fixed share of the transmitter current, or wired into a receive
/// channel with a fixed sign: `weight` = +1 in series aiding, −1 in series opposition
/// (a gradiometer), other values for unequal drive.
public struct WeightedCoil: Equatable, Sendable {
    public let coil: Coil
    public let weight: Double

    public init(_ coil: Coil, weight: Double = 1) {
        self.coil = coil
        self.weight = weight
    }
}

/// Coils that act as one: the transmitter (all TX coils with their currents per ampere
/// of drive), or one receive zone (the coils wired into one channel).
///
/// Its field per ampere is the weighted sum of its coils' fields; by reciprocity the
/// field a receive set would make per ampere is what weights an object's moment into
/// that channel's voltage.
public struct CoilSet: Equatable, Sendable {
    public let name: String
    public let coils: [WeightedCoil]

    public init(name: String, coils: [WeightedCoil]) {
        self.name = name
        self.coils = coils
    }

    /// Σ wᵢ hᵢ(p), A/m per ampere.
    public func fieldPerAmpere(at point: Vector3) -> Vector3 {
        var h = Vector3.zero
        for c in coils { h += c.weight * c.coil.fieldPerAmpere(at: point) }
        return h
    }

    /// Σ wᵢ mᵢ, A·m² per ampere.
    public var dipoleMomentPerAmpere: Vector3 {
        coils.reduce(.zero) { $0 + $1.weight * $1.coil.dipoleMomentPerAmpere }
    }
}
