/// The one warning a run gives when some of its passes failed the dipole check: which
/// cases, how many of their passes, and what it means. Never a line per pass: the counts
/// are in the tables (`dipole_flagged`), the terminal only points at them.
extension ResultsTables {
    /// At most this many cases are named; the rest are counted.
    static let dipoleWarningCaseLimit = 10

    /// The warning for `tallies`, or nil when no pass of any case was flagged. Cases in
    /// output order.
    public static func dipoleWarning(_ tallies: TallySet, scenario: RunScenario? = nil) -> String? {
        dipoleWarning(tallies, order: scenario.map(CaseOrder.init))
    }

    /// The warning with cases in `order` (nil: `CaseKey` order).
    public static func dipoleWarning(_ tallies: TallySet, order: CaseOrder?) -> String? {
        let flagged = ordered(tallies, order).compactMap { key in
            tallies.cases[key].flatMap { $0.dipoleFlagged > 0 ? (key, $0) : nil }
        }
        guard !flagged.isEmpty else { return nil }
        var table = TextTable([("configuration", .left), ("object", .left), ("location", .left), ("flagged passes", .right)])
        for (key, tally) in flagged.prefix(dipoleWarningCaseLimit) {
            table.append([key.configuration, key.object, key.location, "\(tally.dipoleFlagged) of \(tally.trials)"])
        }
        let cases = flagged.count == 1 ? "1 case" : "\(flagged.count) cases"
        // A pass counts whichever object it was: with `carrier: population` that is often
        // an everyday item, not the case's own.
        var text = "portalsim: warning: in \(cases), passes took an object closer to a coil wire than twice its largest dimension "
            + "(the case's own object or an everyday item carried with it):\n"
        text += table.text.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
        if flagged.count > dipoleWarningCaseLimit {
            text += "  and \(flagged.count - dipoleWarningCaseLimit) more\n"
        }
        text += "The object is large next to its distance to a coil wire; the dipole approximation is off by "
            + "roughly (size/distance)² in those passes. Their counts are in the dipole_flagged column of "
            + "results.csv and alarms.csv."
        return text
    }
}
