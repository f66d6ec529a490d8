/// `trace.csv` (`portalsim trace`): every sample of one pass, one row per sample, channel
/// and zone, in that order (the zone varies fastest), so that every (zones × channels)-th
/// row from the first of a lane is that lane's time series.
///
/// Columns:
/// - `time_s`: time since the pass began, s (sample / sample rate);
/// - `position_m`: the walker's centre along the walk (y), m; 0 is the portal's mid-plane;
/// - `zone`: 1-based, bottom up;
/// - `channel`: 1-based (one per frequency of a CW detector, one for a pulse detector);
/// - `signal_v`: the filtered channel without noise, V;
/// - `noisy_v`: the filtered channel with the detector's noise and interference, what is
///   compared with the threshold, V;
/// - `threshold_v`: the zone's alarm threshold T, V (alarm when |noisy_v| > T): the same on
///   every row unless the detector has zone trims.
public enum TraceTable {
    public static let header = ["time_s", "position_m", "zone", "channel", "signal_v", "noisy_v", "threshold_v"]

    public static func make(_ trace: PassTrace) throws(CSVError) -> CSVTable {
        var table = CSVTable(header: header)
        for k in 0..<trace.samples {
            let time = Double(k) / trace.sampleRateHz
            let position = trace.positionM(sample: k)
            for channel in 0..<trace.channels {
                for zone in 0..<trace.zones {
                    let i = trace.index(sample: k, channel: channel, zone: zone)
                    try table.append([.number(time), .number(position), .integer(zone + 1), .integer(channel + 1),
                                      .number(trace.signalV[i]), .number(trace.noisyV[i]), .number(trace.zoneThresholdsV[zone])])
                }
            }
        }
        return table
    }
}
