import Foundation

/// Where the built-in library's YAML files are: the `library` folder of the resource
/// bundle SwiftPM builds beside the executable (`PortalSim_PortalSimulation.resources`).
///
/// SwiftPM's generated `Bundle.module` stops the process (`fatalError`) when that bundle
/// is missing, which is what a copied binary meets; so it is not called. Instead the
/// places it would look are tried, the executable's own folder first, and a missing
/// library is an error the command line reports like any other input problem.
enum LibraryBundle {
    /// The bundle's name as SwiftPM makes it for the PortalSimulation target.
    static let bundleName = "PortalSim_PortalSimulation"
    /// The files the library needs; a folder holding them all is the library.
    static let fileNames = ["materials.yaml", "locations.yaml", "objects.yaml"]
    /// `PORTALSIM_LIBRARY=FOLDER` reads the library from FOLDER instead (an installation
    /// that keeps data apart from the binary, or a researcher's edited copy).
    static let environmentKey = "PORTALSIM_LIBRARY"

    /// The library folder, or an error naming where it was looked for.
    static func folder() throws(InputErrors) -> String {
        if let chosen = ProcessInfo.processInfo.environment[environmentKey], !chosen.isEmpty {
            guard holdsLibrary(chosen) else {
                throw InputErrors(InputDiagnostic(file: chosen, message: "\(environmentKey) names a folder without "
                    + fileNames.joined(separator: ", ") + "; point it at a copy of Sources/PortalSimulation/Resources/library"))
            }
            return chosen
        }
        let tried = candidates()
        if let found = tried.first(where: holdsLibrary) { return found }
        throw InputErrors(InputDiagnostic(file: tried.first ?? bundleName, message:
            "the built-in library (\(fileNames.joined(separator: ", "))) was not found: install the folder "
            + "\(bundleName).resources beside the portalsim binary, as the build leaves it (README, Installing), "
            + "or set \(environmentKey) to a folder holding the files; looked in " + tried.joined(separator: ", ")))
    }

    /// The folders tried, in order: beside the running executable (symbolic links
    /// resolved), beside the main bundle (where `Bundle.module` looks first), and the
    /// build tree this source was compiled in (where it looks next).
    static func candidates() -> [String] {
        var folders: [String] = []
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executableURL?.resolvingSymlinksInPath().path
        if let executable { folders.append((executable as NSString).deletingLastPathComponent) }
        folders.append(Bundle.main.bundleURL.path)
        // This file is Sources/PortalSimulation/Library/LibraryBundle.swift in the package.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        #if DEBUG
        folders.append(root.appendingPathComponent(".build/debug").path)
        #else
        folders.append(root.appendingPathComponent(".build/release").path)
        #endif
        var result: [String] = []
        for folder in folders {
            for bundle in bundleFolders {
                let path = (folder as NSString).appendingPathComponent(bundle + "/library")
                if !result.contains(path) { result.append(path) }
            }
        }
        return result
    }

    /// The bundle as SwiftPM lays it out on this system.
    #if os(Linux)
    static let bundleFolders = ["\(bundleName).resources"]
    #else
    static let bundleFolders = ["\(bundleName).bundle", "\(bundleName).bundle/Contents/Resources"]
    #endif

    static func holdsLibrary(_ folder: String) -> Bool {
        fileNames.allSatisfy { FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
    }
}
