import Foundation

/// Where the gnuplot scripts are, and how that was decided.
///
/// The scripts are files of the repository, not compiled into the tool, so that they
/// can be read, changed and run by hand. The tool looks in this order: a folder given
/// on the command line; the environment variable `PORTALSIM_PLOTS`; the checkout the
/// executable was built in (walking up from it to a folder holding `Package.swift` and
/// `plots/`, which finds `.build/release/portalsim`'s repository); `./plots`.
public struct PlotScripts: Equatable, Sendable {
    public enum Source: String, Sendable {
        case option = "--scripts"
        case environment = "PORTALSIM_PLOTS"
        case checkout = "the checkout of the executable"
        case workingDirectory = "./plots"
    }

    public let folder: String
    public let source: Source

    public init(folder: String, source: Source) {
        self.folder = folder
        self.source = source
    }

    /// The path of one script.
    public func path(of kind: PlotKind) -> String { folder + "/" + kind.script }

    /// Why no scripts folder could be used.
    public enum LocateError: Error, Equatable, Sendable, CustomStringConvertible {
        /// A folder named by the user (flag or variable) is not a folder.
        case notAFolder(String, source: Source)
        case notFound(searched: [String])

        public var description: String {
            switch self {
            case let .notAFolder(path, source):
                "\(source.rawValue): \(path) is not a folder of plot scripts"
            case let .notFound(searched):
                "cannot find the plot scripts (looked in: \(searched.joined(separator: ", "))); "
                    + "give the repository's plots folder with --scripts DIR or PORTALSIM_PLOTS=DIR"
            }
        }
    }

    /// The folder to use, by the rules above. `executable` is the running tool's path
    /// (symbolic links resolved by the caller or not: both are tried).
    public static func locate(option: String?, environment: [String: String], executable: String?,
                              workingDirectory: String) throws(LocateError) -> PlotScripts {
        if let option {
            guard isFolder(option) else { throw .notAFolder(option, source: .option) }
            return PlotScripts(folder: option, source: .option)
        }
        if let variable = environment["PORTALSIM_PLOTS"], !variable.isEmpty {
            guard isFolder(variable) else { throw .notAFolder(variable, source: .environment) }
            return PlotScripts(folder: variable, source: .environment)
        }
        var searched: [String] = []
        if let executable {
            let resolved = URL(fileURLWithPath: executable).resolvingSymlinksInPath().path
            for start in Set([executable, resolved]).sorted() {
                if let root = checkout(above: start) { return PlotScripts(folder: root + "/plots", source: .checkout) }
            }
            searched.append("the folders above \(resolved)")
        }
        let local = workingDirectory + "/plots"
        if isFolder(local) { return PlotScripts(folder: local, source: .workingDirectory) }
        searched.append(local)
        throw .notFound(searched: searched)
    }

    /// The nearest folder above `path` holding both Package.swift and plots/.
    static func checkout(above path: String) -> String? {
        var folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
               isFolder(folder.appendingPathComponent("plots").path) {
                return folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
