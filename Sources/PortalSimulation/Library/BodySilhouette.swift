/// The outline of an adult of about 1.76 m, front and side, that the body map draws its
/// locations on (`bodymap.csv`, `plots/bodymap.gp`, the HTML report).
///
/// A picture, not a model: no pass uses it. Its landmarks sit where `BodyLocation.all`
/// puts the places (the waistband at ~1 m, the ankle at ~0.1 m), so that every location's
/// dot falls inside the outline. `plots/bodymap.gp` carries the same points; a test
/// keeps the two equal.
public enum BodySilhouette {
    /// The front view's outline, seen from in front of the walker: (x, z), m, x to the
    /// walker's right, closed (the last point is the first).
    public static let front: [(xM: Double, zM: Double)] = {
        let right: [(Double, Double)] = [
            (0, 1.76), (0.05, 1.74), (0.085, 1.68), (0.09, 1.6), (0.07, 1.53), (0.05, 1.49), (0.05, 1.45),
            (0.19, 1.4), (0.22, 1.36), (0.24, 1.1), (0.25, 0.85), (0.24, 0.75), (0.2, 0.75), (0.19, 0.95),
            (0.17, 1.15), (0.165, 1.22), (0.15, 1.05), (0.17, 0.9), (0.16, 0.5), (0.13, 0.08), (0.15, 0),
            (0.04, 0), (0.04, 0.4), (0.02, 0.8), (0, 0.8),
        ]
        let left = right.dropFirst().dropLast().reversed().map { (-$0.0, $0.1) }
        return (right + left + [right[0]]).map { (xM: $0.0, zM: $0.1) }
    }()

    /// The side view's outline, facing +y (the walking direction): (y, z), m, closed.
    public static let side: [(yM: Double, zM: Double)] = [
        (0, 1.76), (0.07, 1.72), (0.1, 1.63), (0.09, 1.54), (0.05, 1.49), (0.05, 1.44), (0.14, 1.32),
        (0.14, 1.2), (0.14, 1), (0.1, 0.82), (0.08, 0.55), (0.06, 0.5), (0.05, 0.12), (0.2, 0.02),
        (0.2, 0), (-0.06, 0), (-0.06, 0.05), (-0.07, 0.3), (-0.06, 0.5), (-0.1, 0.75), (-0.14, 0.88),
        (-0.13, 1), (-0.12, 1.3), (-0.1, 1.42), (-0.05, 1.46), (-0.09, 1.56), (-0.09, 1.67), (-0.05, 1.75),
        (0, 1.76),
    ].map { (yM: $0.0, zM: $0.1) }
}
