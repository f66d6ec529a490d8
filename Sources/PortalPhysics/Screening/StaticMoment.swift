extension GradiometerPillars {
    /// The static magnetic moment (A·m²) a walker's object carries past the pillars:
    ///
    ///     m = m_remanent + N⁰ · H_earth,    H_earth = B_earth / μ₀
    ///
    /// with N⁰ the object's magnetostatic tensor (``RelaxationSpectrum/staticPart``, m³,
    /// in the convention m = M·H of the whole library: a permeable sphere's N⁰ is
    /// 4πa³(μr−1)/(μr+2)). Both `staticPart` and `remanentMomentAm2` must already be
    /// turned into the portal frame (``RelaxationSpectrum/rotated(by:)``), and
    /// `earthFieldT` is B in the portal frame (``EarthField/fluxDensityT(walkingAzimuthRad:)``).
    ///
    /// Linear and without hysteresis, as the rest of the library: real steel also keeps
    /// a remanence of its own from past fields, which this leaves out.
    public static func staticMomentAm2(staticPart: SymmetricTensor, remanentMomentAm2: Vector3,
                                       earthFieldT: Vector3) -> Vector3 {
        remanentMomentAm2 + staticPart * (earthFieldT / PhysicalConstants.mu0)
    }

    /// The largest |reading| (T) over every gradiometer while a constant moment moves
    /// along a straight line y ∈ [−`halfLengthM`, +`halfLengthM`] at lateral offset
    /// `lateralOffsetM` and height `heightM`, sampled at `samples` evenly spaced points
    /// (at least 2).
    ///
    /// This is the quasi-static peak: walking speed enters a real detector only through
    /// its filters (at 1.1 m/s past pillars 0.45 m away the signal lasts about a second,
    /// so its content lies near 1 Hz), which are not modelled here.
    public func peakAbsoluteReadingT(momentAm2 moment: Vector3, lateralOffsetM: Double, heightM: Double,
                                     halfLengthM: Double, samples: Int) -> Double {
        let n = Swift.max(samples, 2)
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: sensorCount) { buffer in
            var peak = 0.0
            for k in 0..<n {
                let y = -halfLengthM + 2 * halfLengthM * Double(k) / Double(n - 1)
                readings(momentAm2: moment, positionM: Vector3(lateralOffsetM, y, heightM), into: buffer)
                for value in buffer { peak = Swift.max(peak, abs(value)) }
            }
            return peak
        }
    }
}
