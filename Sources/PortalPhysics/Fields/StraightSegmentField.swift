/// The magnetic field of a straight current segment, by the closed form of Biot–Savart.
///
/// For a segment from `a` to `b` carrying current I, at a point at distance d from the
/// segment's line, `|H| = I (sin θ₂ − sin θ₁) / (4π d)`, circulating about the line by
/// the right-hand rule. Written that way it loses digits in two places, and this
/// implementation avoids both:
/// - beyond an end of the segment (both endpoints on the same side of the foot of
///   the perpendicular) `sin θ₂ − sin θ₁` is a difference of nearly equal numbers;
///   there the exact identity `sin θ₂ − sin θ₁ = d² L (ℓ₁ + ℓ₂) / (r₁ r₂ (ℓ₂ r₁ + ℓ₁ r₂))`
///   is used instead, which also gives exactly zero on the line's extension;
/// - on the wire the field diverges as 1/d; a wire of radius `wireRadiusM` carrying a
///   uniform current density has a field growing linearly from its axis, so inside
///   that radius the field is the one at the surface scaled by d / r_w. "Inside" is
///   the cylinder about the segment itself, between its ends: a point past an end,
///   however near the line's extension, gets the filament's field (a polygon's
///   corner: 1 mm beyond it, the thick-wire value would be off by several per cent).
///   Exact outside the wire; finite everywhere, growing as a filament's field does
///   only as a point past an end nears the end itself (within a wire radius of a
///   polygon's corner, where no object is carried).
///
/// See docs/physics.md#coils-and-their-fields.
public enum StraightSegmentField {
    /// H per ampere (A/m per A) at `point` from the segment `a → b`.
    @inlinable
    public static func fieldPerAmpere(from a: Vector3, to b: Vector3, at point: Vector3,
                                      wireRadiusM: Double) -> Vector3 {
        let segment = b - a
        let length = segment.norm
        guard length > 0 else { return .zero }
        let u = segment / length
        let ap = point - a
        let s = ap.dot(u)
        let rho = ap - s * u                      // from the line to the point
        // Inside the wire (the foot of the perpendicular on the segment, within its
        // radius of the line): the field at the surface. Past an end the point is not
        // inside this segment's wire however near its line, and the filament's field,
        // finite there and zero on the line's extension, is exact.
        let footOnSegment = s >= 0 && s <= length
        let d = footOnSegment ? Swift.max(rho.norm, wireRadiusM) : rho.norm
        let d2 = d * d
        let l1 = -s, l2 = length - s              // endpoint coordinates along u from the foot
        let r1 = (d2 + l1 * l1).squareRoot(), r2 = (d2 + l2 * l2).squareRoot()
        let sinDifferenceOverD2: Double
        if l1 >= 0 {
            sinDifferenceOverD2 = length * (l1 + l2) / (r1 * r2 * (l2 * r1 + l1 * r2))
        } else if l2 <= 0 {
            let m1 = -l2, m2 = -l1
            sinDifferenceOverD2 = length * (m1 + m2) / (r1 * r2 * (m2 * r2 + m1 * r1))
        } else {
            sinDifferenceOverD2 = (l2 / r2 - l1 / r1) / d2
        }
        // |u × rho| = |rho|, so the magnitude is (sin θ₂ − sin θ₁)/d outside the wire
        // and scales as |rho|/r_w inside it.
        return (sinDifferenceOverD2 / (4 * Double.pi)) * u.cross(rho)
    }
}
