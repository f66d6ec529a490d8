import Foundation
import PortalPhysics

/// The CSV of a portal's coils as polylines, which `portalsim field --output MAP.csv`
/// writes next to its output as `MAP-coils.csv`, so that a field map can show where the
/// wires are.
///
/// A map of a field without its coils is hard to read: the bright ridges only make
/// sense next to the wire that makes them. One row per vertex, columns:
/// - `coil`: 1-based over the portal, the transmitter's coils first, then each zone's;
/// - `zone`: 0 for a transmitter coil, else the 1-based zone it is wired into;
/// - `vertex`: 1-based along the wire, in the direction of the current; every loop is
///   closed, its last row repeating its first vertex, so that joining the rows draws it;
/// - `x_m, y_m, z_m`: the vertex in the portal frame, metres.
///
/// A circle is drawn as a regular polygon of `circleSides` sides inscribed in it.
public enum CoilTable {
    public static let header = ["coil", "zone", "vertex", "x_m", "y_m", "z_m"]
    /// Enough sides that a 1 m circle's polygon strays under 1.2 mm from it.
    public static let circleSides = 64

    public static func make(portal: Portal) throws(CSVError) -> CSVTable {
        var table = CSVTable(header: header)
        let coils = portal.transmitter.coils.map { (0, $0.coil) }
            + portal.zones.enumerated().flatMap { zone, set in set.coils.map { (zone + 1, $0.coil) } }
        for (index, (zone, coil)) in coils.enumerated() {
            let loop = outline(of: coil)
            for (vertex, point) in (loop + loop.prefix(1)).enumerated() {
                try table.append([.integer(index + 1), .integer(zone), .integer(vertex + 1),
                                  .number(point.x), .number(point.y), .number(point.z)])
            }
        }
        return table
    }

    /// The coil's wire in the portal frame, as the open list of its corners.
    public static func outline(of coil: Coil) -> [Vector3] {
        switch coil.shape {
        case .polygon:
            return coil.worldVerticesM
        case .circle(let radius):
            return (0..<circleSides).map { k in
                let angle = 2 * Double.pi * Double(k) / Double(circleSides)
                return coil.centerM + coil.orientation.apply(Vector3(radius * cos(angle), radius * sin(angle), 0))
            }
        }
    }
}
