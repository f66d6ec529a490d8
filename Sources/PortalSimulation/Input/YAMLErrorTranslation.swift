import Yams

/// Turns Yams's `YamlError` into a diagnostic at the problem's line and column.
///
/// libYAML's own wording ("could not find expected ':'") is kept, because it is
/// precise and searchable, and the context it gives ("while scanning a simple key")
/// is added with its own position.
enum YAMLErrorTranslation {
    static func diagnostic(for error: YamlError, text: String, file: String) -> InputDiagnostic {
        func located(_ mark: Mark, _ message: String) -> InputDiagnostic {
            InputDiagnostic(location: SourceLocation(file: file, line: mark.line, column: mark.column),
                            message: message)
        }
        func contextClause(_ context: YamlError.Context?) -> String {
            guard let context else { return "" }
            return " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // libYAML splits some sentences: context "expected a single document in
            // the stream", problem "but found another document".
            if let context, problem.hasPrefix("but ") {
                return located(mark, "invalid YAML: \(context.text), \(problem)")
            }
            return located(mark, "invalid YAML: \(problem)\(contextClause(context))")
        case let .reader(problem, offset, _, _):
            guard let offset, let (line, column) = position(ofCharacterOffset: offset, in: text) else {
                return InputDiagnostic(file: file, message: "invalid YAML text: \(problem)")
            }
            return InputDiagnostic(location: SourceLocation(file: file, line: line, column: column),
                                   message: "invalid YAML text: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return duplicateKeyDiagnostic(keys: duplicates, firstMark: context.mark, text: text, file: file)
        case .no, .memory, .writer, .emitter, .representer, .dataCouldNotBeDecoded:
            return InputDiagnostic(file: file, message: "cannot read YAML: \(error)")
        }
    }

    /// Yams refuses a mapping with a repeated key but only marks the first
    /// occurrence. The author needs the second, so look for it below the first: a
    /// line starting, at the same column, with the same key and a colon. Failing
    /// that (flow style, say), report at the first occurrence.
    private static func duplicateKeyDiagnostic(
        keys: [String], firstMark: Mark, text: String, file: String
    ) -> InputDiagnostic {
        let key = keys.first ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = firstMark.column - 1
        var lineIndex = firstMark.line  // 0-based index of the line after the first occurrence
        while lineIndex < lines.count {
            let scalars = Array(lines[lineIndex].unicodeScalars)
            let firstNonBlank = scalars.firstIndex { $0 != " " && $0 != "\t" && $0 != "\r" }
            if let firstNonBlank, scalars[firstNonBlank] != "#" {
                if firstNonBlank < indent { break }  // the mapping has ended
                if firstNonBlank == indent, startsWithKey(key, scalars[indent...]) {
                    let message = "duplicate key '\(key)' (first at line \(firstMark.line)); "
                        + "a key may appear only once in a mapping"
                    return InputDiagnostic(
                        location: SourceLocation(file: file, line: lineIndex + 1, column: indent + 1),
                        message: message)
                }
            }
            lineIndex += 1
        }
        let listed = keys.map { "'\($0)'" }.joined(separator: ", ")
        return InputDiagnostic(
            location: SourceLocation(file: file, line: firstMark.line, column: firstMark.column),
            message: "duplicate key \(listed): a key may appear only once in a mapping")
    }

    /// Whether `scalars` starts with `key` (plain or quoted), then optional spaces and ':'.
    private static func startsWithKey(_ key: String, _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        for spelling in [key, "\"\(key)\"", "'\(key)'"] {
            let keyScalars = Array(spelling.unicodeScalars)
            guard scalars.count > keyScalars.count, scalars.starts(with: keyScalars) else { continue }
            let after = scalars.dropFirst(keyScalars.count).drop { $0 == " " || $0 == "\t" }
            if after.first == ":" { return true }
        }
        return false
    }

    /// 1-based line and column (in Unicode scalars) of the `offset`-th Character.
    private static func position(ofCharacterOffset offset: Int, in text: String) -> (Int, Int)? {
        guard let index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) else {
            return nil
        }
        var line = 1
        var column = 1
        for scalar in text[..<index].unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
