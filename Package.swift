// swift-tools-version: 6.0
// PortalSim: walk-through metal detector portals, the metal people carry through
// them, and the detection rates that follow.
//
// Layers, bottom to top (each depends only on those below it):
//   CGSL              the GNU Scientific Library as a system library (libgsl-dev); every
//                     target that calls it declares it and imports it `internal`, so
//                     it is never re-exported (GSLRuntime sets its error handler once)
//   PortalPhysics     coils, fields, signatures, signals: pure physics, no I/O
//   PortalSimulation  scenario files, the built-in library, units, the engine, tables,
//                     and the one flow from input files to an output folder (Flow/)
//   portalsim         the command-line tool: parses arguments, prints, maps errors to
//                     exit statuses (0 done, 1 a check failed, 2 bad input, 3 internal)
//   portalsim-fuzz    a mutation fuzzer of the scenario input (beside the rest, on Yams only)
import Foundation
import PackageDescription

// The pass loop is vector code (SIMD over a pass's lanes and zones). On an x86-64 build
// machine with AVX2 and FMA (Intel since Haswell, 2013; AMD since Excavator, 2015) it is
// compiled for them, which halves its instructions; elsewhere for the baseline x86-64.
// Swift does not contract a * b + c into FMA on its own, so both builds compute the
// same numbers (checked as README.md, Speed, says). PORTALSIM_TARGET_CPU chooses instead:
// `x86-64` for a binary that runs on any x86-64 machine, or an LLVM CPU name.
let targetCPU: String? = {
    if let chosen = ProcessInfo.processInfo.environment["PORTALSIM_TARGET_CPU"], !chosen.isEmpty {
        return chosen == "x86-64" ? nil : chosen
    }
    #if arch(x86_64) && os(Linux)
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
          let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return nil }
    let flags = Set(line.split(separator: " ").map(String.init))
    let haswell = ["avx", "avx2", "fma", "bmi1", "bmi2", "f16c", "movbe", "abm", "popcnt"]
    return haswell.allSatisfy(flags.contains) ? "haswell" : nil
    #else
    return nil
    #endif
}()
let vectorCode: [SwiftSetting] = targetCPU.map { [.unsafeFlags(["-target-cpu", $0])] } ?? []

let package = Package(
    name: "PortalSim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "portalsim", targets: ["portalsim"]),
        .executable(name: "portalsim-fuzz", targets: ["portalsim-fuzz"]),
        .library(name: "PortalPhysics", targets: ["PortalPhysics"]),
        .library(name: "PortalSimulation", targets: ["PortalSimulation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"]), .brew(["gsl"])]
        ),
        .target(
            name: "PortalPhysics",
            dependencies: [
                "CGSL",
                .product(name: "ComplexModule", package: "swift-numerics"),
                .product(name: "RealModule", package: "swift-numerics"),
            ],
            swiftSettings: vectorCode
        ),
        .target(
            name: "PortalSimulation",
            dependencies: [
                "CGSL",
                "PortalPhysics",
                .product(name: "Yams", package: "Yams"),
            ],
            // The built-in library as data (materials, body locations): copied beside the
            // binary as PortalSim_PortalSimulation.resources/library (README, Installing).
            resources: [.copy("Resources/library")],
            swiftSettings: vectorCode
        ),
        .executableTarget(
            name: "portalsim",
            dependencies: [
                "PortalSimulation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: vectorCode
        ),
        // The mutation fuzzer: Yams and Foundation only, so that it builds in seconds.
        .target(name: "PortalSimFuzzing", dependencies: [.product(name: "Yams", package: "Yams")]),
        .executableTarget(name: "portalsim-fuzz", dependencies: ["PortalSimFuzzing"]),
        .testTarget(name: "PortalPhysicsTests", dependencies: ["PortalPhysics"], swiftSettings: vectorCode),
        .testTarget(name: "PortalSimulationTests",
                    dependencies: ["CGSL", "PortalSimulation", .product(name: "RealModule", package: "swift-numerics")],
                    swiftSettings: vectorCode),
        // Help/ holds the kept help texts HelpTextTests compares, read from the source tree.
        .testTarget(name: "portalsimTests", dependencies: ["portalsim"], exclude: ["Help"], swiftSettings: vectorCode),
        .testTarget(name: "PortalSimFuzzingTests", dependencies: ["PortalSimFuzzing"]),
    ]
)
