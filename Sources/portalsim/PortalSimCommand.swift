import ArgumentParser

/// The `portalsim` tool: argument parsing and reporting only; the physics and the
/// simulation live in the libraries below it.
@main
struct PortalSimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portalsim",
        abstract: "Simulate walk-through metal detector portals and the metal people carry through them.",
        discussion: """
            Values with units are written as a number and a unit, e.g. "12 mm", "5 kHz", "15 us", \
            "58 MS/m". Output CSV columns are documented in README.md. Exit status: 0 success, \
            2 bad input (the message names the file, line and field), 1 any other failure.
            """,
        version: PortalSimVersion.string,
        subcommands: [Run.self, Compare.self, Sweep.self, Qualify.self, Calibrate.self, Check.self, Trace.self, Plot.self,
                      Merge.self, Field.self, Signature.self, Objects.self, Locations.self, Portals.self, Bench.self]
    )
}
