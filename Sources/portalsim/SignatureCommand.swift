import ArgumentParser
import PortalPhysics
import PortalSimulation

extension PortalSimCommand {
    struct Signature: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the magnetic polarizability tensor of an object or a primitive over a frequency range.",
            discussion: """
                Tensors in m³ in the e^(-iωt) convention of the MPT literature (Im ≥ 0 for \
                conductors), in the object's own frame: a disk's, plate's or ring's normal, a rod's \
                axis and a magnet's magnetisation lie along z.

                Shapes and the flags they need:
                  sphere     --radius
                  ellipsoid  --semi-axes "a,b,c"
                  disk       --radius --thickness                (a finite cylinder: a coin)
                  ring       --inner-radius --radius --thickness (a washer, rectangular section)
                  plate      --length --width --thickness   (length along x, width along y)
                  rod        --length --radius
                  loop       --radius --wire-radius          (a ring of wire)
                  magnet     --radius --thickness --remanence

                Disks, rings, rods and magnets are solved as bodies of revolution (eddy currents \
                along and across the axis), plates as thin sheets; --cells sets the mesh (cells \
                across the larger dimension), --model ellipsoid the fast equal-volume-ellipsoid \
                approximation of earlier versions.

                Give a library object by name (see `portalsim objects list`; --scenario adds the \
                objects a scenario file defines), or a primitive by --shape and its flags.

                Examples:
                  portalsim signature mini-phone-thumb --from "1 kHz" --to "1 MHz"
                  portalsim signature --shape sphere --radius "1 cm" --conductivity "6 MS/m" --mur 1.5
                  portalsim signature --shape plate --length "40 mm" --width "30 mm" --thickness "12 um" --material aluminium
                """
        )

        @Argument(help: "A library object, instead of --shape.")
        var object: String?

        @Option(help: "A scenario file whose 'objects' section adds to the library.")
        var scenario: String?

        @Option(help: "The primitive's shape.")
        var shape: Shape = .sphere

        @Option(help: "Radius (sphere, disk, rod, loop, magnet; outer radius of a ring).") var radius: String?
        @Option(name: .customLong("inner-radius"), help: "Inner radius (ring).") var innerRadius: String?
        @Option(help: "Thickness (disk, plate, magnet).") var thickness: String?
        @Option(help: "Length (plate along x, rod).") var length: String?
        @Option(help: "Width (plate, along y).") var width: String?
        @Option(name: .customLong("semi-axes"), help: "Semi-axes 'a,b,c' along x, y, z (ellipsoid).") var semiAxes: String?
        @Option(name: .customLong("wire-radius"), help: "Wire radius (loop).") var wireRadius: String?
        @Option(help: "Remanent flux density (magnet), e.g. '1.2 T'.") var remanence: String?

        @Option(help: "A named material (\(MaterialLibrary.names.joined(separator: ", "))).")
        var material: String?
        @Option(help: "Conductivity, e.g. '58 MS/m' (instead of --material).") var conductivity: String?
        @Option(help: "Relative permeability (with --conductivity).") var mur: Double = 1

        @Option(help: "How disks, rings, rods, plates and magnets are computed.") var model: ModelChoice = .solver
        @Option(help: "Mesh: cells across a body's larger dimension (solver model, 4-64).") var cells: Int = AxialEddyCurrents.defaultCellsAcross

        @Option(help: "Lowest frequency.") var from: String = "100 Hz"
        @Option(help: "Highest frequency.") var to: String = "100 kHz"
        @Option(help: "Frequencies, log-spaced.") var count: Int = 61

        @Option(name: .shortAndLong, help: "Where to write the CSV ('-' for standard output).")
        var output: String = "-"

        enum Shape: String, CaseIterable, ExpressibleByArgument {
            case sphere, ellipsoid, disk, ring, plate, rod, loop, magnet
        }

        enum ModelChoice: String, CaseIterable, ExpressibleByArgument {
            case solver, ellipsoid
        }

        var signatureModel: SignatureModel { model == .solver ? .solver(cellsAcross: cells) : .ellipsoidEquivalent }

        func validate() throws {
            if material != nil && conductivity != nil { throw ValidationError("give --material or --conductivity, not both") }
            if object == nil && material == nil && conductivity == nil { throw ValidationError("give --material NAME or --conductivity VALUE") }
            if object != nil && (material != nil || conductivity != nil) { throw ValidationError("an object brings its own metals: drop --material and --conductivity") }
            if !(1...100_000).contains(count) { throw ValidationError("--count must be between 1 and 100000") }
            if !(mur >= 1 && mur.isFinite) { throw ValidationError("--mur must be a finite number ≥ 1") }
            if !(4...64).contains(cells) { throw ValidationError("--cells must be between 4 and 64") }
        }

        func run() throws {
            try reportingErrors {
                let spectrum = try chosenSpectrum()
                let low = try parseQuantity(from, flag: "--from", as: .frequency)
                let high = try parseQuantity(to, flag: "--to", as: .frequency)
                guard high >= low else { throw flagError("--to", "must not be below --from") }
                let frequencies = SignatureTable.logarithmicFrequencies(fromHz: low, toHz: high, count: count)
                Interruption.install()
                _ = try prepareOutputFile(output, flag: "--output")
                let table: CSVTable
                do throws(CSVError) {
                    table = try SignatureTable.make(spectrum: spectrum, frequenciesHz: frequencies)
                } catch {
                    throw nonFinite(error, flag: givenFlags.joined(separator: "/"), "the tensor is not finite (a magnitude out of physical range?)")
                }
                try Interruption.deferred { try write(table, to: output) }
            }
        }

        /// The flags (or the object) that gave the tensor its magnitudes, for a message.
        var givenFlags: [String] {
            if let object { return [object] }
            let given: [(String, String?)] = [("--radius", radius), ("--inner-radius", innerRadius), ("--thickness", thickness),
                                              ("--length", length), ("--width", width), ("--semi-axes", semiAxes),
                                              ("--wire-radius", wireRadius), ("--remanence", remanence), ("--conductivity", conductivity),
                                              ("--material", material)]
            return given.filter { $0.1 != nil }.map(\.0)
        }

        func chosenSpectrum() throws -> RelaxationSpectrum {
            if let object {
                let catalog = try scenario.map { try ScenarioFile.load(path: $0).catalog } ?? ObjectCatalog()
                return try catalog.lookup(object).get().spectrum
            }
            let metal = try chosenMaterial()
            return try primitive().relaxationSpectrum(material: metal, model: signatureModel)
        }

        func chosenMaterial() throws -> Material {
            if let material {
                guard let found = MaterialLibrary.named(material) else {
                    throw flagError("--material", "unknown material '\(material)' (known: \(MaterialLibrary.names.joined(separator: ", ")))")
                }
                return found
            }
            let sigma = try parseQuantity(conductivity ?? "", flag: "--conductivity", as: .conductivity)
            return Material(name: "custom", conductivitySPerM: sigma, relativePermeability: mur)
        }

        /// The flag's value as a positive length; missing is an error naming the shape.
        func length(_ value: String?, _ flag: String) throws -> Double {
            guard let value else { throw flagError(flag, "required for --shape \(shape.rawValue)") }
            return try parseQuantity(value, flag: flag, as: .length)
        }

        func primitive() throws -> Primitive {
            switch shape {
            case .sphere: return .sphere(radiusM: try length(radius, "--radius"))
            case .ellipsoid:
                let parts = (semiAxes ?? "").split(separator: ",").map(String.init)
                guard parts.count == 3 else { throw flagError("--semi-axes", "required for --shape ellipsoid as 'a,b,c' with units, e.g. '10 mm,5 mm,2 mm'") }
                let a = try parts.map { try length($0, "--semi-axes") }
                return .ellipsoid(semiAxesM: Vector3(a[0], a[1], a[2]))
            case .disk: return .disk(radiusM: try length(radius, "--radius"), thicknessM: try length(thickness, "--thickness"))
            case .ring:
                let a = try length(innerRadius, "--inner-radius"), b = try length(radius, "--radius")
                guard a < b else { throw flagError("--inner-radius", "must be below --radius") }
                return .ring(innerRadiusM: a, outerRadiusM: b, thicknessM: try length(thickness, "--thickness"))
            case .plate:
                return .plate(lengthM: try length(length, "--length"), widthM: try length(width, "--width"),
                              thicknessM: try length(thickness, "--thickness"))
            case .rod: return .rod(lengthM: try length(length, "--length"), radiusM: try length(radius, "--radius"))
            case .loop:
                let b = try length(radius, "--radius"), rw = try length(wireRadius, "--wire-radius")
                guard rw < b / 2 else { throw flagError("--wire-radius", "must be well below the loop radius (a thin ring)") }
                return .wireLoop(loopRadiusM: b, wireRadiusM: rw)
            case .magnet:
                guard let remanence else { throw flagError("--remanence", "required for --shape magnet") }
                return .magnet(radiusM: try length(radius, "--radius"), thicknessM: try length(thickness, "--thickness"),
                               remanenceT: try parseQuantity(remanence, flag: "--remanence", as: .magneticFluxDensity))
            }
        }
    }
}
