/// One part of a composite object: a spectrum in the part's own frame, turned and placed
/// inside the object.
public struct Part: Sendable {
    public let name: String
    public let spectrum: RelaxationSpectrum
    /// Where the part sits relative to the object's centre (m). Kept for the record and
    /// for the dipole-validity check: in the dipole approximation parts add at the centre.
    public let offsetM: Vector3
    /// The part's attitude inside the object.
    public let attitude: Rotation
    /// How many identical parts there are at that place (screws, domes).
    public let count: Int

    public init(name: String, spectrum: RelaxationSpectrum, offsetM: Vector3 = .zero,
                attitude: Rotation = .identity, count: Int = 1) {
        self.name = name
        self.spectrum = spectrum
        self.offsetM = offsetM
        self.attitude = attitude
        self.count = count
    }
}

/// An object made of parts: a phone, a key ring, a belt.
///
/// Its tensor about its own centre is the sum of the parts' rotated tensors,
/// Σ Rᵢ Mᵢ Rᵢᵀ. Two approximations, both stated: parts do not couple (a part's eddy
/// currents do not change the field another sees: good for thin, separated metal,
/// pessimistic for a foil stack shielding itself), and the object is small next to the
/// coils, so the field is uniform across it (the dipole approximation; off by about
/// (size/distance)² — a 7 cm phone 20 cm from a coil wire is at its edge).
///
/// See docs/physics.md#limits.
public struct CompositeObject: Sendable {
    public let parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// The object's spectrum about its centre, in its own frame.
    public var spectrum: RelaxationSpectrum {
        .sum(parts.lazy.map { Double($0.count) * $0.spectrum.rotated(by: $0.attitude) })
    }

    /// The largest distance of a part's centre from the object's centre, m.
    public var largestOffsetM: Double { parts.map(\.offsetM.norm).max() ?? 0 }
}
