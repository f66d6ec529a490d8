extension ScreeningTables {
    /// The columns of `bodymap.csv` (written when the scenario has threats), one row per
    /// configuration, device and body location, in file order — where on the body each
    /// device is found and where it is not:
    ///
    /// - `configuration`, `object`, `location`: the case, as in `screening.csv`.
    /// - `x_m`, `y_m`, `z_m`: where the map draws the location (x to the walker's right,
    ///   y forward, z up, from the centre line at floor level; see
    ///   `BodyLocation.mapPosition`), for the carrying population's mix of sexes.
    /// - `trials`, `pd`, `pd_low`, `pd_high`: as in `screening.csv` (found by the whole
    ///   pipeline, or a portal alone's alarm), with the Clopper–Pearson 95 % interval.
    public static let bodyMapHeader = [
        "configuration", "object", "location", "x_m", "y_m", "z_m", "trials", "pd", "pd_low", "pd_high",
    ]

    /// `bodymap.csv` (see `bodyMapHeader`).
    public func bodyMap() throws(CSVError) -> CSVTable {
        var table = CSVTable(header: Self.bodyMapHeader)
        guard let threats = scenario.threats else { return table }
        let femaleShare = scenario.populations[scenario.carrierIndex].femaleShare
        for configuration in scenario.configurations {
            for object in threats.objects {
                for location in threats.locations {
                    guard let t = tally(configuration, (object.name, location.name, false)) else { continue }
                    let p = location.mapPosition(femaleShare: femaleShare)
                    try table.append([.text(configuration.name), .text(object.name), .text(location.name),
                                      .number(NumberFormat.rounded(p.xM, significantDigits: 4)),
                                      .number(NumberFormat.rounded(p.yM, significantDigits: 4)),
                                      .number(NumberFormat.rounded(p.zM, significantDigits: 4)), .integer(t.trials)]
                                     + RateFields.fields(successes: t.detected, trials: t.trials))
                }
            }
        }
        return table
    }
}
