/// `passes.csv` (`portalsim run --passes`): one row per pass, in case and pass order.
///
/// Columns: `configuration, object, location` (the case), `pass` (0-based index in the
/// case), `female` (1 or 0), `speed_m_per_s`, `lateral_offset_m` (the walker's offset
/// from the centre line), `object_height_m` (the first carried object's height; empty
/// when nothing was carried), `objects_carried`, `alarmed` (1 or 0), `zone` (the loudest
/// zone, 1-based), `peak_ratio` (the largest |signal| / threshold of the pass).
public enum PassesTable {
    public static func make(_ passes: [PassRecord]) throws(CSVError) -> CSVTable {
        var table = CSVTable(header: ["configuration", "object", "location", "pass", "female", "speed_m_per_s", "lateral_offset_m",
                                      "object_height_m", "objects_carried", "alarmed", "zone", "peak_ratio"])
        for p in passes {
            try table.append([.text(p.key.configuration), .text(p.key.object), .text(p.key.location), .integer(p.pass),
                              .integer(p.female ? 1 : 0), .number(p.speedMPerS), .number(p.lateralOffsetM),
                              p.objectHeightM.map { .number($0) } ?? .empty, .integer(p.objectsCarried),
                              .integer(p.alarmed ? 1 : 0), .integer(p.loudestZone), .number(p.peakOverThreshold)])
        }
        return table
    }
}
