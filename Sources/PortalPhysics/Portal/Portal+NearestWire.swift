extension Portal {
    /// Every coil of the portal, the transmitter's first, then each zone's: the wires a
    /// carried object can come close to.
    var allCoils: [Coil] {
        (transmitter.coils + zones.flatMap(\.coils)).map(\.coil)
    }

    /// The distance (m) from `point` to the nearest wire of any transmit or receive coil.
    /// Evaluates every coil; ``PortalWires`` gives the same number faster for many points.
    public func distanceToNearestWireM(from point: Vector3) -> Double {
        zones.reduce(transmitter.distanceToWireM(from: point)) { Swift.min($0, $1.distanceToWireM(from: point)) }
    }
}
