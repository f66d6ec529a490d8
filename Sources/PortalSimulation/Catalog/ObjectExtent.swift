import PortalPhysics

/// How large an object is, for the dipole check: the field is taken as uniform across
/// the object, so what matters is the largest distance across its metal.
public enum ObjectExtent {
    /// The longest side of a bounding box L × W × T (m). Not the box's diagonal: the
    /// boxes of round things (coins, a watch) would then be larger than the things by
    /// up to √2, while a flat rectangular object's diagonal exceeds its length by little.
    public static func longestSideM(_ sizeM: Vector3) -> Double { sizeM.maxMagnitude }

    /// The extent (m) of parts at `offsetM` from the object's centre, each at most
    /// `largestDimensionM` across: the largest |oᵢ − oⱼ| + (dᵢ + dⱼ)/2 over pairs of
    /// parts, a part with itself included (each part taken as a ball of its size about
    /// its offset). Nil when a part's size is unknown, and for no parts.
    public static func partsExtentM(_ parts: [(offsetM: Vector3, largestDimensionM: Double?)]) -> Double? {
        var known: [(offsetM: Vector3, sizeM: Double)] = []
        for part in parts {
            guard let size = part.largestDimensionM else { return nil }
            known.append((part.offsetM, size))
        }
        var extent: Double?
        for (i, a) in known.enumerated() {
            for b in known[i...] {
                let across = (a.offsetM - b.offsetM).norm + (a.sizeM + b.sizeM) / 2
                extent = Swift.max(extent ?? 0, across)
            }
        }
        return extent
    }
}
