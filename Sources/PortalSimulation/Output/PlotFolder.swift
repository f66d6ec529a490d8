import Foundation

/// Which pictures `portalsim plot` makes of each CSV.
public enum PlotFormat: String, CaseIterable, Sendable {
    case png, svg, both

    /// The picture extensions, in the order they are drawn.
    public var extensions: [String] {
        switch self {
        case .png: ["png"]
        case .svg: ["svg"]
        case .both: ["png", "svg"]
        }
    }
}

/// What became of one CSV file.
public struct PlotOutcome: Sendable {
    public enum Result: Sendable {
        /// Pictures written, and gnuplot's warnings (empty if none).
        case wrote([String], warnings: String)
        case skipped(String)
        case failed(PlotError)
    }

    public let csv: String
    public let result: Result
}

/// Draws every CSV of the given folders and files whose kind has a picture, each next
/// to its CSV (results.csv → results.png).
public enum PlotFolder {
    /// The CSV files named by `paths`: a folder's `*.csv` (not its subfolders) in name
    /// order, a file as given. A path that is neither is bad input.
    public static func csvFiles(in paths: [String]) throws(InputErrors) -> [String] {
        var files: [String] = []
        var problems: [InputDiagnostic] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(InputDiagnostic(file: path, message: "no such file or folder"))
                continue
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
                files += names.filter { $0.hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return files
    }

    /// Draws each file in `csvFiles` in every format, reporting each file's outcome as
    /// soon as it is known. A failure does not stop the others.
    public static func render(_ csvFiles: [String], scripts: PlotScripts, gnuplot: Gnuplot, format: PlotFormat,
                              report: (PlotOutcome) -> Void) {
        for csv in csvFiles {
            guard let data = FileManager.default.contents(atPath: csv) else {
                report(PlotOutcome(csv: csv, result: .skipped("cannot read the file")))
                continue
            }
            switch PlotCatalog.decide(csv: String(decoding: data, as: UTF8.self)) {
            case .skip(let reason):
                report(PlotOutcome(csv: csv, result: .skipped(reason)))
            case .plot(let kind):
                var written: [String] = [], warnings: [String] = []
                do {
                    for ext in format.extensions {
                        let picture = PlotCatalog.picturePath(forCSV: csv, extension: ext)
                        let said = try gnuplot.render(script: scripts.path(of: kind), csv: csv, picture: picture)
                        written.append(picture)
                        if !said.isEmpty { warnings.append(said) }
                    }
                    report(PlotOutcome(csv: csv, result: .wrote(written, warnings: warnings.joined(separator: "\n"))))
                } catch {
                    report(PlotOutcome(csv: csv, result: .failed(error)))
                }
            }
        }
    }
}
