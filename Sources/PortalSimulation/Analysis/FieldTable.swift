import PortalPhysics

/// The CSV `portalsim field` writes: one row per point (and per zone, where zones apply).
///
/// Columns (documented in the README):
/// - `x_m, y_m, z_m`: the point, metres, portal frame;
/// - `zone`: 1-based zone number (receive and sensitivity only), 0 for the transmitter;
/// - transmit/receive: `hx_per_m, hy_per_m, hz_per_m, h_per_m` — the field per ampere
///   of coil current, A/m per A (= 1/m), and its magnitude;
/// - sensitivity: `sxx_per_m2 … syz_per_m2, s_norm_per_m2` — the symmetric product
///   sym(h_r h_Tᵀ) in 1/m², and its Frobenius norm.
public enum FieldTable {
    public static func make(portal: Portal, quantity: FieldQuantity, zones: [Int], points: [Vector3]) throws(CSVError) -> CSVTable {
        var header = ["x_m", "y_m", "z_m", "zone"]
        switch quantity {
        case .transmit, .receive: header += ["hx_per_m", "hy_per_m", "hz_per_m", "h_per_m"]
        case .sensitivity: header += ["sxx_per_m2", "syy_per_m2", "szz_per_m2", "sxy_per_m2", "sxz_per_m2", "syz_per_m2", "s_norm_per_m2"]
        }
        var table = CSVTable(header: header)
        for p in points {
            let position: [CSVField] = [.number(p.x), .number(p.y), .number(p.z)]
            switch quantity {
            case .transmit:
                try table.append(position + [.integer(0)] + vectorFields(portal.transmitFieldPerAmpere(at: p)))
            case .receive:
                for z in zones {
                    try table.append(position + [.integer(z + 1)] + vectorFields(portal.receiveFieldPerAmpere(zone: z, at: p)))
                }
            case .sensitivity:
                let all = portal.sensitivities(at: p)
                for z in zones {
                    let s = all[z]
                    try table.append(position + [.integer(z + 1)] + s.components.map { CSVField.number($0) } + [.number(s.frobeniusNorm)])
                }
            }
        }
        return table
    }

    static func vectorFields(_ h: Vector3) -> [CSVField] {
        [.number(h.x), .number(h.y), .number(h.z), .number(h.norm)]
    }
}
