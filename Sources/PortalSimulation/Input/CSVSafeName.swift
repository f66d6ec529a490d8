/// The rule for names a scenario gives (objects, configurations, stages, zones, parts,
/// the scenario and population): they become text cells of results.csv and friends,
/// and a cell that a CSV reader takes for a number, a missing value or a formula is a
/// silent wrong answer downstream: pandas reads `nan`, `NA` or `1e5` as numbers,
/// spreadsheets run `=cmd|…`, `+…`, `-…` and `@…` as formulas.
///
/// So a name must start with a letter or a digit, and must not read as a number
/// (`12`, `1e5`, `inf`, `nan`, `infinity`, any case) nor as one of pandas' missing-value
/// or boolean words (`NA`, `N/A`, `null`, `None`, `true`, `false`, …).
public enum CSVSafeName {
    /// Words CSV readers turn into a missing value or a boolean, compared ignoring case.
    static let readerWords: Set<String> = ["nan", "inf", "infinity", "na", "n/a", "nat", "null", "none", "true", "false",
                                           "1.#ind", "1.#qnan"]

    /// Nil when `name` may be written as a CSV cell as it is; otherwise why not.
    public static func problem(with name: String) -> String? {
        guard let first = name.unicodeScalars.first else { return "a name cannot be empty" }
        guard first.properties.isAlphabetic || ("0"..."9").contains(first) else {
            return "a name must start with a letter or a digit, got '\(name)' (CSV readers and spreadsheets "
                + "take a leading '=', '+', '-' or '@' for a formula)"
        }
        if readerWords.contains(name.lowercased()) || Double(name) != nil {
            return "'\(name)' reads as a number or a missing value in CSV readers (pandas, spreadsheets); "
                + "give a name with a letter in it, such as '\(name)-1' or 'x\(name)'"
        }
        return nil
    }
}

extension YAMLValue {
    /// A name that will be written into a CSV file: a string that passes ``CSVSafeName``.
    public func name(reporting diagnostics: inout DiagnosticCollector) -> String? {
        guard let text = string(reporting: &diagnostics) else { return nil }
        if let problem = CSVSafeName.problem(with: text) {
            diagnostics.report(diagnostic(problem))
            return nil
        }
        return text
    }
}
