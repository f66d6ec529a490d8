import ArgumentParser
import PortalPhysics
import PortalSimulation

extension PortalSimCommand {
    struct Field: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sample a portal's transmit field, a zone's receive field or its sensitivity product.",
            discussion: """
                Samples on a line (--line), a plane across the portal (--plane, the default: y=0), \
                or points read from a CSV file with columns x, y, z in metres (--points). \
                Coordinates are in --unit (default m). Fields are per ampere of coil current \
                (A/m per A); the sensitivity product sym(h_r h_T) is in 1/m². With --output FILE.csv \
                the portal's coils are written next to it as FILE-coils.csv (one closed polyline \
                per coil), which plots/field-map.gp draws over the map.

                Examples:
                  portalsim field --portal cw-multi-zone --plane y=0 --output field.csv
                  portalsim field --quantity transmit --line "0,-1,1:0,1,1" --count 201
                  portalsim field --scenario scenarios/portal-custom.yaml --zone 2
                """
        )

        @Option(help: "A built-in portal class (\(PortalClass.allCases.map(\.rawValue).joined(separator: ", "))).")
        var portal: String?

        @Option(help: "A scenario file whose 'portal' section describes the portal.")
        var scenario: String?

        @Option(help: "What to sample.")
        var quantity: FieldQuantity = .sensitivity

        @Option(help: "The zone (1-based) for receive and sensitivity, or 'all'.")
        var zone: String = "all"

        @Option(help: "Sample on the line FROM:TO, each point 'x,y,z'.")
        var line: String?

        @Option(help: "Points on the line.")
        var count: Int = 101

        @Option(help: "Sample on the plane AXIS=VALUE (x=…, y=… or z=…) over the aperture and panels.")
        var plane: String?

        @Option(help: "Grid of the plane: N×M points along its first and second in-plane axes (x,y,z order); at most 250000 points.")
        var grid: String = "61x121"

        @Option(help: "Sample at the points of a CSV file with a header naming columns x, y, z (or x_m, y_m, z_m).")
        var points: String?

        @Option(help: "The length unit of --line, --plane and --points coordinates.")
        var unit: String = "m"

        @Option(name: .shortAndLong, help: "Where to write the CSV ('-' for standard output).")
        var output: String = "-"

        func validate() throws {
            if portal != nil && scenario != nil { throw ValidationError("give --portal or --scenario, not both") }
            if [line, plane, points].compactMap({ $0 }).count > 1 { throw ValidationError("give one of --line, --plane, --points") }
            if !(2...100_000).contains(count) { throw ValidationError("--count must be between 2 and 100000") }
            if output.hasSuffix("-coils.csv") {
                throw ValidationError("--output: names ending in -coils.csv are for the coil file written next to the output; choose another name")
            }
        }

        func run() throws {
            try reportingErrors {
                let model = try loadPortal()
                let zones = try selectedZones(of: model)
                let samples = try samplePoints(around: model.aperture)
                Interruption.install()
                _ = try prepareOutputFile(output, flag: "--output")
                let table: CSVTable
                do throws(CSVError) {
                    table = try FieldTable.make(portal: model, quantity: quantity, zones: zones, points: samples.points)
                } catch {
                    throw nonFinite(error, flag: samplingFlag + (scenario.map { " with --scenario \($0)" } ?? ""), "the \(quantity.rawValue) field is not finite at a sampled point (too far out, or the portal's magnitudes too large)")
                }
                let coils = output == "-" ? nil : try CoilTable.make(portal: model)
                try Interruption.deferred {
                    try write(table, to: output)
                    try coils?.write(to: Self.coilsPath(nextTo: output))
                }
            }
        }

        /// The flag that chose the points, for a message about one of them.
        var samplingFlag: String {
            if line != nil { return "--line" }
            if points != nil { return "--points" }
            return "--plane"
        }

        /// "out/map.csv" → "out/map-coils.csv": named after its map, so that maps of two
        /// portals in one folder each keep their own coils.
        static func coilsPath(nextTo output: String) -> String {
            let stem = output.hasSuffix(".csv") ? String(output.dropLast(4)) : output
            return stem + "-coils.csv"
        }

        func loadPortal() throws -> Portal {
            if let scenario { return try ScenarioFile.load(path: scenario).requirePortal() }
            let name = portal ?? PortalClass.cwMultiZone.rawValue
            guard let chosen = PortalClass(rawValue: name) else {
                throw flagError("--portal", "unknown portal class '\(name)' (expected one of: \(PortalClass.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return chosen.portal
        }

        func selectedZones(of model: Portal) throws -> [Int] {
            if zone == "all" { return Array(model.zones.indices) }
            guard let n = Int(zone), (1...model.zones.count).contains(n) else {
                throw flagError("--zone", "expected 'all' or a zone from 1 to \(model.zones.count), got '\(zone)'")
            }
            return [n - 1]
        }

        /// The most points a `--grid` may have.
        static let maximumGridPoints = 250_000

        func samplePoints(around aperture: Aperture) throws -> SamplePoints {
            let scale = try parseQuantity("1 \(unit)", flag: "--unit", as: .length)
            if let line {
                let ends = line.split(separator: ":", omittingEmptySubsequences: false)
                guard ends.count == 2 else { throw flagError("--line", "expected FROM:TO with points 'x,y,z', got '\(line)'") }
                return .line(from: try point(String(ends[0]), scale: scale, flag: "--line"),
                             to: try point(String(ends[1]), scale: scale, flag: "--line"), count: count)
            }
            if let points {
                return .list(try PointsFile.load(path: points).map { scale * $0 })
            }
            let spec = plane ?? "y=0"
            let parts = spec.split(separator: "=")
            guard parts.count == 2, let axis = SamplePoints.Axis(rawValue: String(parts[0]).lowercased()),
                  let at = Double(parts[1].trimmingCharacters(in: .whitespaces)), at.isFinite else {
                throw flagError("--plane", "expected AXIS=VALUE such as y=0 or z=1.2, got '\(spec)'")
            }
            let sizes = grid.lowercased().split(separator: "x").compactMap { Int($0) }
            guard sizes.count == 2, sizes.allSatisfy({ (2...2000).contains($0) }) else {
                throw flagError("--grid", "expected N×M with 2 to 2000 points each, such as 61x121, got '\(grid)'")
            }
            // The table is built in memory (a few kB a point: 2000x2000 took 14 GB), so
            // the grid is bounded; a finer look is a smaller --plane window or --points.
            guard sizes[0] * sizes[1] <= Self.maximumGridPoints else {
                throw flagError("--grid", "\(sizes[0])x\(sizes[1]) is \(sizes[0] * sizes[1]) points; at most \(Self.maximumGridPoints) "
                                + "in all (e.g. 500x500): the table is held in memory")
            }
            return .plane(axis: axis, atM: at * scale, around: aperture, counts: (sizes[0], sizes[1]))
        }

        func point(_ text: String, scale: Double, flag: String) throws -> Vector3 {
            let c = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard c.count == 3, let x = c[0], let y = c[1], let z = c[2], x.isFinite, y.isFinite, z.isFinite else {
                throw flagError(flag, "expected a point 'x,y,z' of three numbers, got '\(text)'")
            }
            return scale * Vector3(x, y, z)
        }
    }
}

extension FieldQuantity: ExpressibleByArgument {}
