import Foundation

/// The one way PortalSim writes and reads its JSON files (tallies, run records).
///
/// Keys are sorted and slashes left unescaped, and the file ends in a newline, so
/// the same values always give the same bytes: tally files from identical runs
/// compare equal with `cmp`, and `run.json` diffs cleanly between runs.
enum ResultsJSON {
    /// `value` as JSON; `pretty` for files people read, compact for tally files.
    static func encode(_ value: some Encodable, pretty: Bool) throws(ResultsError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(value)) + Array("\n".utf8)
        } catch {
            throw .cannotEncode(reason: String(describing: error))
        }
    }

    /// Decodes `bytes`, turning any failure into one diagnostic naming `path` and,
    /// where known, the key path of the bad value.
    /// Encodes `value` and writes it atomically to `path`; an encoding failure is
    /// reported as a write failure naming the path.
    static func write(_ value: some Encodable, pretty: Bool, to path: String) throws(FileWriteError) {
        let bytes: [UInt8]
        do {
            bytes = try encode(value, pretty: pretty)
        } catch {
            throw FileWriteError(path: path, reason: error.description)
        }
        try AtomicFile.write(bytes, to: path)
    }

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], path: String) throws(InputErrors) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let error as DecodingError {
            throw InputErrors(diagnostic(for: error, path: path))
        } catch {
            throw InputErrors(InputDiagnostic(file: path, message: "not a valid JSON file: \(error)"))
        }
    }

    /// "cases[2].tally.alarms: 12 alarms in 10 trials", from a DecodingError.
    private static func diagnostic(for error: DecodingError, path: String) -> InputDiagnostic {
        func keyPath(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text
        }
        switch error {
        case let .dataCorrupted(context):
            let message = context.codingPath.isEmpty ? "not a valid JSON file" : context.debugDescription
            return InputDiagnostic(file: path, keyPath: keyPath(context.codingPath), message: message)
        case let .keyNotFound(key, context):
            return InputDiagnostic(file: path, keyPath: keyPath(context.codingPath + [key]), message: "missing")
        case let .typeMismatch(type, context):
            return InputDiagnostic(file: path, keyPath: keyPath(context.codingPath), message: "expected \(Self.describe(type))")
        case let .valueNotFound(type, context):
            return InputDiagnostic(file: path, keyPath: keyPath(context.codingPath), message: "expected \(Self.describe(type)), found null")
        @unknown default:
            return InputDiagnostic(file: path, message: "cannot read: \(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is UInt64.Type: "an integer"
        case is Double.Type: "a number"
        default: "a value of type \(type)"
        }
    }

    /// The bytes of the file at `path`, or a diagnostic naming it.
    static func readBytes(path: String) throws(InputErrors) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputErrors(InputDiagnostic(file: path, message: "cannot read the file"))
        }
        return Array(data)
    }
}
