extension HandWand {
    /// The side of the body the operator scans. The walker faces +y (the portal's
    /// walking direction is the body's front), so an operator scanning the front stands
    /// at larger y and points the coil axis along −y; scanning the back, along +y.
    public enum BodySide: Hashable, Sendable {
        case front, back
    }

    /// The direction the wand moves along the body, the wand frame's x.
    public enum SweepDirection: Hashable, Sendable {
        /// Up the body: wand x along portal +z (the usual head-to-toe pass).
        case vertical
        /// Across the body: wand x along portal +x.
        case across
    }

    /// The wand frame in the portal (body) frame: a rotation whose matrix maps wand
    /// coordinates to portal coordinates, its columns the wand's x, y, z axes.
    ///
    /// | side  | sweep    | wand x | wand y | wand z (coil axis) |
    /// |-------|----------|--------|--------|--------------------|
    /// | front | vertical | +z     | −x     | −y                 |
    /// | front | across   | +x     | +z     | −y                 |
    /// | back  | vertical | +z     | +x     | +y                 |
    /// | back  | across   | +x     | −z     | +y                 |
    ///
    /// Each triad is right-handed (x × y = z). As everywhere in the library, a tensor in
    /// the wand frame appears as R M Rᵀ in the portal frame, so a portal-frame tensor is
    /// Rᵀ M R in the wand frame (``tensorInWandFrame(_:facing:sweep:)``).
    public static func frame(facing side: BodySide, sweep: SweepDirection) -> Rotation {
        let x = Vector3.unitX, y = Vector3.unitY, z = Vector3.unitZ
        switch (side, sweep) {
        case (.front, .vertical): return Rotation(uncheckedColumns: z, -x, -y)
        case (.front, .across): return Rotation(uncheckedColumns: x, z, -y)
        case (.back, .vertical): return Rotation(uncheckedColumns: z, x, y)
        case (.back, .across): return Rotation(uncheckedColumns: x, -z, y)
        }
    }

    /// A tensor given in the portal (body) frame, expressed in the wand frame: Rᵀ M R.
    public static func tensorInWandFrame(_ tensor: ComplexSymmetricTensor, facing side: BodySide,
                                         sweep: SweepDirection) -> ComplexSymmetricTensor {
        tensor.rotated(by: frame(facing: side, sweep: sweep).inverse)
    }

    /// A vector (a displacement, a moment) given in the portal frame, in the wand frame: Rᵀ v.
    public static func vectorInWandFrame(_ vector: Vector3, facing side: BodySide,
                                         sweep: SweepDirection) -> Vector3 {
        frame(facing: side, sweep: sweep).inverse.apply(vector)
    }
}
