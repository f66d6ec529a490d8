import PortalPhysics

/// A number of the engine's model that is not finite — a coil's field, a sensitivity
/// product, an object's channel tensor — or a signal that could overflow, found before
/// any pass is run.
///
/// Why it must stop the run: the alarm test |y| > T is false for a NaN, so a NaN signal
/// would count as "not detected" and a portal that overflowed would report a detection
/// rate of 0 with exit 0. The checks are made where they cost nothing next to the work
/// around them: the sensitivity grid once when a portal is compiled, each object's
/// channel tensors once per portal, and a bound on every pass's signal from those two,
/// which proves that no pass can overflow (so the pass loop itself checks nothing).
public struct NonFiniteModel: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went non-finite, in words that name the coil, zone or object.
    public let what: String

    public init(_ what: String) { self.what = what }

    public var description: String {
        "\(what); the run is stopped rather than count a NaN or infinite signal as \"not detected\""
    }
}

extension NonFiniteModel {
    /// The first non-finite value of `portal`'s sensitivity grid, traced back to the
    /// coil whose weighted field is non-finite there, or to the product of two finite
    /// fields that overflows; nil when every value is finite.
    static func check(grid: SensitivityGrid, of portal: Portal) -> NonFiniteModel? {
        guard let (ix, iy, iz, zone) = grid.firstNonFinite else { return nil }
        let point = grid.originM + grid.stepM * Vector3(Double(ix), Double(iy), Double(iz))
        let at = "at (\(point.x), \(point.y), \(point.z)) m"
        if let coil = firstNonFinite(portal.transmitter, at: point) {
            return NonFiniteModel("portal '\(portal.name)': the field of transmitter coil \(coil + 1) "
                                  + "(portal.transmitter[\(coil)]) is not finite \(at): check its weight, turns and coordinates")
        }
        let zoneSet = portal.zones[zone]
        if let coil = firstNonFinite(zoneSet, at: point) {
            return NonFiniteModel("portal '\(portal.name)': the field of coil \(coil + 1) of zone '\(zoneSet.name)' "
                                  + "(portal.zones[\(zone)].coils[\(coil)]) is not finite \(at): check its weight, turns and coordinates")
        }
        return NonFiniteModel("portal '\(portal.name)': the sensitivity of zone '\(zoneSet.name)' (portal.zones[\(zone)]), "
                              + "its field times the transmitter's, overflows \(at): check the coils' weights and turns")
    }

    /// The index of the first coil of `set` whose weighted field is not finite at `point`.
    private static func firstNonFinite(_ set: CoilSet, at point: Vector3) -> Int? {
        set.coils.firstIndex { coil in
            let h = coil.weight * coil.coil.fieldPerAmpere(at: point)
            return !(h.x.isFinite && h.y.isFinite && h.z.isFinite)
        }
    }

    /// The first object of `models` with a non-finite channel tensor in `portal`.
    static func check(models: [CarriedObjectModel], in portal: CompiledPortal) -> NonFiniteModel? {
        for model in models {
            if let c = model.channelTensors.firstIndex(where: { !$0.components.allSatisfy(\.isFinite) }) {
                return NonFiniteModel("object '\(model.name)': its \(channelName(c, of: portal)) tensor in portal "
                                      + "'\(portal.portal.name)' is not finite: check its parts' sizes and materials")
            }
        }
        return nil
    }

    /// Whether any pass through `portal` could overflow, from a bound on its signal:
    /// the trilinear and linear interpolations are convex combinations of grid values,
    /// so |A : S| ≤ max|S| Σᵢⱼ|Aᵢⱼ| at every sample; the objects add (at most all of them
    /// carried at once); the band-pass filter's gain is at most 2 (its high-pass is the
    /// input minus an exponential average of it); the noise adds σ times a Gaussian
    /// draw, under 40 in magnitude. Twice that, over the threshold, must be finite for
    /// every peak ratio to be. nil when it is.
    static func checkSignalBound(models: [CarriedObjectModel], in portal: CompiledPortal) -> NonFiniteModel? {
        let largestSensitivity = portal.grid.largestMagnitude
        let perObject = models.map { model in
            model.channelTensors.reduce(0.0) { best, a in
                Swift.max(best, abs(a.xx) + abs(a.yy) + abs(a.zz) + 2 * (abs(a.xy) + abs(a.xz) + abs(a.yz)))
            } * largestSensitivity
        }
        let signal = 2 * perObject.reduce(0, +) + 40 * portal.settings.noiseV
        let bound = 2 * signal / portal.thresholdV
        guard !bound.isFinite else { return nil }
        let loudest = perObject.indices.max { perObject[$0] < perObject[$1] }
        let who = loudest.map { "object '\(models[$0].name)'" } ?? "the noise"
        return NonFiniteModel("portal '\(portal.portal.name)': a pass's signal over the threshold could overflow "
                              + "(the largest sensitivity is \(largestSensitivity) m⁻², the largest contribution "
                              + "from \(who)): check the coils' weights and turns and the objects' sizes")
    }

    /// "5000 Hz" for a CW channel, "gate" for a pulse detector's.
    private static func channelName(_ channel: Int, of portal: CompiledPortal) -> String {
        if case .continuousWave(let frequencies) = portal.portal.detector, frequencies.indices.contains(channel) {
            return "\(frequencies[channel]) Hz channel"
        }
        return "gate channel"
    }
}
