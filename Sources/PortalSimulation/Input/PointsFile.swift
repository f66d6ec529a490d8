import Foundation
import PortalPhysics

/// Reads sample points from a CSV file: a header naming columns `x`, `y`, `z` (or
/// `x_m`, `y_m`, `z_m`; other columns are ignored, so a previous output can be fed
/// back), then one point per row. Numbers only; the unit is the caller's.
public enum PointsFile {
    public static func load(path: String) throws(InputErrors) -> [Vector3] {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw InputErrors(InputDiagnostic(file: path, message: "cannot read the file"))
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws(InputErrors) -> [Vector3] {
        var lines = TextLines.lines(of: text)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let headerLine = lines.first else {
            throw InputErrors(InputDiagnostic(file: file, message: "the file is empty; expected a header with columns x, y, z"))
        }
        let header = headerLine.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var columns: [Int] = []
        for axis in ["x", "y", "z"] {
            guard let i = header.firstIndex(where: { $0 == axis || $0 == axis + "_m" }) else {
                throw InputErrors(InputDiagnostic(location: SourceLocation(file: file, line: 1, column: 1),
                                                  message: "the header has no column '\(axis)' (found: \(header.joined(separator: ", ")))"))
            }
            columns.append(i)
        }
        var points: [Vector3] = []
        var diagnostics = DiagnosticCollector()
        for (n, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            var c: [Double] = []
            for (axis, i) in zip(["x", "y", "z"], columns) {
                let raw = i < fields.count ? fields[i].trimmingCharacters(in: .whitespaces) : ""
                if let v = Double(raw), v.isFinite { c.append(v) } else {
                    diagnostics.report(InputDiagnostic(location: SourceLocation(file: file, line: n + 1, column: 1), keyPath: axis,
                                                       message: raw.isEmpty ? "missing value" : "not a finite number: '\(raw)'"))
                }
            }
            if c.count == 3 { points.append(Vector3(c[0], c[1], c[2])) }
        }
        try diagnostics.throwIfAny()
        if points.isEmpty { throw InputErrors(InputDiagnostic(file: file, message: "no points after the header")) }
        return points
    }
}
