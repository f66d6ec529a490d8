// swift-tools-version: 6.0
// PortalSim: walk-through metal detector portals, the metal people carry through
// them, and the detection rates that follow.
//
// Layers, bottom to top (each depends only on those below it):
//   CGSL              the GNU Scientific Library as a system library (libgsl-dev)
//   PortalPhysics     coils, fields, signatures, signals: pure physics, no I/O
//   PortalSimulation  scenario files, the built-in library, units, CSV writers
//   portalsim         the command-line tool: argument parsing only
//   portalsim-fuzz    a mutation fuzzer of the scenario input (beside the rest, on Yams only)
import PackageDescription

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
            ]
        ),
        .target(
            name: "PortalSimulation",
            dependencies: [
                "PortalPhysics",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "portalsim",
            dependencies: [
                "PortalSimulation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The mutation fuzzer: Yams and Foundation only, so that it builds in seconds.
        .target(name: "PortalSimFuzzing", dependencies: [.product(name: "Yams", package: "Yams")]),
        .executableTarget(name: "portalsim-fuzz", dependencies: ["PortalSimFuzzing"]),
        .testTarget(name: "PortalPhysicsTests", dependencies: ["PortalPhysics"]),
        .testTarget(name: "PortalSimulationTests", dependencies: ["PortalSimulation"]),
        .testTarget(name: "portalsimTests", dependencies: ["portalsim"]),
        .testTarget(name: "PortalSimFuzzingTests", dependencies: ["PortalSimFuzzing"]),
    ]
)
