import Yams

/// Typed reads of scalar values. Each returns nil after reporting what was wrong.
extension YAMLValue {
    /// The scalar's text, whatever YAML would resolve it to (`12` reads as "12"):
    /// a name field should not reject a name that happens to look like a number.
    public func string(reporting diagnostics: inout DiagnosticCollector) -> String? {
        guard case let .scalar(scalar) = node, !isNull else {
            return mismatch(expected: "a string", &diagnostics)
        }
        return scalar.string
    }

    /// `true` or `false` (YAML 1.1 also reads yes/no/on/off as booleans).
    public func bool(reporting diagnostics: inout DiagnosticCollector) -> Bool? {
        guard case let .scalar(scalar) = node, scalar.resolvedTagName == .bool,
              let value = Bool.construct(from: scalar) else {
            return mismatch(expected: "true or false", &diagnostics)
        }
        return value
    }

    /// A whole number within `range`, written in plain decimal (see ``PlainDecimal``).
    public func int(range: AllowedRange = .any, reporting diagnostics: inout DiagnosticCollector) -> Int? {
        guard case let .scalar(scalar) = node else { return mismatch(expected: "a whole number", &diagnostics) }
        let text: String
        switch numberText(scalar, &diagnostics) {
        case .refused: return nil
        case .notANumber: return mismatch(expected: "a whole number", &diagnostics)
        case .plain(let plain): text = plain
        }
        guard scalar.resolvedTagName == .int else { return mismatch(expected: "a whole number", &diagnostics) }
        guard let value = Int(text) else {
            diagnostics.report(diagnostic("\(scalar.string) is too large for a whole number"))
            return nil
        }
        return checked(Double(value), range: range, dimension: .dimensionless, text: scalar.string,
                       &diagnostics).map { _ in value }
    }

    /// A finite number within `range` (NaN and infinities are refused), written in plain
    /// decimal (see ``PlainDecimal``).
    public func double(range: AllowedRange = .any, reporting diagnostics: inout DiagnosticCollector) -> Double? {
        guard case let .scalar(scalar) = node else { return mismatch(expected: "a number", &diagnostics) }
        let text: String
        switch numberText(scalar, &diagnostics) {
        case .refused: return nil
        case .notANumber: return mismatch(expected: "a number", &diagnostics)
        case .plain(let plain): text = plain
        }
        guard let value = Double(text), value.isFinite else {
            diagnostics.report(diagnostic("expected a finite number, got \(scalar.string)"))
            return nil
        }
        return checked(value, range: range, dimension: .dimensionless, text: scalar.string, &diagnostics)
    }

    private enum NumberText {
        case plain(String)
        /// A YAML 1.1 form, already reported.
        case refused
        /// Not a number at all: the caller says what it expected.
        case notANumber
    }

    /// The text of a scalar YAML resolves to a number, once it is known to be plain
    /// decimal: a YAML 1.1 form (`050`, `0x14`, `1:30`, `1_000`) is reported here, the
    /// one place scalars become numbers.
    private func numberText(_ scalar: Node.Scalar, _ diagnostics: inout DiagnosticCollector) -> NumberText {
        guard scalar.resolvedTagName == .int || scalar.resolvedTagName == .float else { return .notANumber }
        if let problem = PlainDecimal.problem(in: Substring(scalar.string)) {
            diagnostics.report(diagnostic(problem))
            return .refused
        }
        return .plain(scalar.string)
    }

    /// A quantity with a unit ("12 mm"), in SI, within `range` (SI bounds) and within
    /// the dimension's ``PhysicalDimension/physicalRange``.
    /// A plain YAML number for a dimensional field is a "missing unit" error, except 0.
    public func quantity(
        _ dimension: PhysicalDimension, range: AllowedRange = .any,
        reporting diagnostics: inout DiagnosticCollector
    ) -> Double? {
        guard case let .scalar(scalar) = node, !isNull else {
            let example = dimension == .dimensionless
                ? "a number" : "\(dimension.nameWithArticle) such as \"\(Self.example(for: dimension))\""
            return mismatch(expected: example, &diagnostics)
        }
        let value: Double
        do {
            value = try QuantityParser.parse(scalar.string, as: dimension)
        } catch {
            diagnostics.report(diagnostic(error.message))
            return nil
        }
        return checked(value, range: range.intersected(with: dimension.physicalRange), dimension: dimension,
                       text: String(scalar.string.trimmingWhitespace()), &diagnostics)
    }

    /// One of a fixed set of words, compared exactly; a near miss gets a suggestion.
    public func oneOf(_ choices: [String], reporting diagnostics: inout DiagnosticCollector) -> String? {
        let listed = choices.joined(separator: ", ")
        guard case let .scalar(scalar) = node, !isNull else {
            return mismatch(expected: "one of: \(listed)", &diagnostics)
        }
        let text = scalar.string
        if choices.contains(text) { return text }
        let hint = SpellingSuggestion.closest(to: text, among: choices).map { "; did you mean '\($0)'?" } ?? ""
        diagnostics.report(diagnostic("unknown value '\(text)'\(hint) (expected one of: \(listed))"))
        return nil
    }

    /// A case of a string-backed enum, by raw value: `choice(of: Waveform.self, …)`.
    public func choice<Choice: RawRepresentable & CaseIterable>(
        of type: Choice.Type, reporting diagnostics: inout DiagnosticCollector
    ) -> Choice? where Choice.RawValue == String {
        oneOf(Choice.allCases.map(\.rawValue), reporting: &diagnostics).flatMap(Choice.init(rawValue:))
    }

    /// `value` if it lies in `range`; otherwise reports "must be > 0 m, got -12 mm".
    private func checked(
        _ value: Double, range: AllowedRange, dimension: PhysicalDimension, text: String,
        _ diagnostics: inout DiagnosticCollector
    ) -> Double? {
        guard range.contains(value) else {
            diagnostics.report(diagnostic("must be \(range.requirement(as: dimension)), got \(text)"))
            return nil
        }
        return value
    }

    private static func example(for dimension: PhysicalDimension) -> String {
        let unit = dimension.typicalUnit ?? dimension.acceptedUnits.first
        return "12 \(unit?.symbol ?? dimension.siUnitSymbol)"
    }
}
