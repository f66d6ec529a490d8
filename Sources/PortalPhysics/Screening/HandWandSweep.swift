extension HandWand {
    /// Noise-free |V| (V) at `samples` evenly spaced coil positions along one straight
    /// sweep.
    ///
    /// Geometry, in the wand frame (coil in its own z = 0 plane, axis z into the body):
    /// the coil centre moves along x from −`halfLengthM` to +`halfLengthM`, staying
    /// parallel to the body surface; the object sits at (0, `missM`, `depthM`). So
    /// `depthM` is the standoff of the coil from the skin plus the object's depth under
    /// it, `missM` how far sideways of the object the operator's line passes, and sample
    /// k sees the object at offset (−xₖ, missM, depthM) from the coil centre, with
    /// xₖ = −L + 2L k/(samples − 1). With an odd number of samples the middle one is the
    /// closest approach.
    ///
    /// The tensor is the object's, in the wand frame (``HandWand/tensorInWandFrame``).
    /// An object deeper than about two thirds of the coil radius (0.62 a for a sphere,
    /// 0.5 a for a coin face-on) peaks at the closest approach; a shallower one is seen
    /// most strongly as the winding passes over it, on either side of the centre (at a
    /// tenth of a radius, eleven times as strongly for a sphere).
    public func sweepTrace(tensor: ComplexSymmetricTensor, depthM: Double, missM: Double,
                           halfLengthM: Double, samples: Int) -> [Double] {
        let count = Swift.max(samples, 0)
        return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            sweepTrace(tensor: tensor, depthM: depthM, missM: missM, halfLengthM: halfLengthM, into: buffer)
            initialized = count
        }
    }

    /// The same trace written into `output`, one sample per element, without allocating.
    public func sweepTrace(tensor: ComplexSymmetricTensor, depthM: Double, missM: Double,
                           halfLengthM: Double, into output: UnsafeMutableBufferPointer<Double>) {
        let n = output.count
        for k in 0..<n {
            let x = HandWand.sweepPositionM(sample: k, samples: n, halfLengthM: halfLengthM)
            output[k] = signalMagnitudeV(tensor: tensor, offsetM: Vector3(-x, missM, depthM))
        }
    }

    /// The coil centre's position xₖ along a sweep of `samples` points: evenly spaced
    /// from −`halfLengthM` to +`halfLengthM`; a single sample sits at 0.
    public static func sweepPositionM(sample k: Int, samples n: Int, halfLengthM: Double) -> Double {
        guard n > 1 else { return 0 }
        return -halfLengthM + 2 * halfLengthM * Double(k) / Double(n - 1)
    }
}
