import ArgumentParser
import PortalPhysics
import PortalSimulation

extension PortalSimCommand {
    struct Objects: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the object library, show one object's parts and signature, or export objects as YAML to edit.",
            subcommands: [List.self, Show.self, Export.self]
        )

        /// `--scenario FILE` adds the objects that file defines.
        struct CatalogOptions: ParsableArguments {
            @Option(help: "A scenario file whose 'objects' section adds to the library.")
            var scenario: String?

            func catalog() throws -> ObjectCatalog {
                guard let scenario else { return ObjectCatalog() }
                return try ScenarioFile.load(path: scenario).catalog
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Name, kind, size, mass of metal, response and a one-line description of every object.",
                discussion: """
                    |M| 5 kHz: the Frobenius norm of the complex tensor M at 5 kHz. PI 20 µs: the largest \
                    eigenvalue of the step-off response 20 µs after the transmitter is cut. Both in mm³ \
                    and independent of how the object is turned.
                    """)

            @OptionGroup var options: CatalogOptions

            @Option(help: "Only this kind (\(LibraryObject.Kind.allCases.map(\.rawValue).joined(separator: ", "))).")
            var kind: LibraryObject.Kind?

            @Flag(help: "Sort by the response at 5 kHz, weakest first (default: library order).")
            var byResponse = false

            func run() throws {
                try reportingErrors {
                    var entries = try options.catalog().entries().filter { kind == nil || $0.kind == kind }
                    if byResponse { entries.sort { Self.response(of: $0) < Self.response(of: $1) } }
                    let rows = entries.map { entry -> [String] in
                        let size = entry.sizeM.map { "\(mm($0.x)) × \(mm($0.y)) × \(mm($0.z))" } ?? "—"
                        let mass = entry.metalMassKg.map { TextTable.number($0 * 1000, digits: 3) } ?? "—"
                        let pulse = entry.spectrum.stepOffResponse(timeS: 20e-6).eigenvalues.map(abs).max() ?? 0
                        return [entry.name, entry.kind.rawValue, size, mass,
                                TextTable.number(Self.response(of: entry) * 1e9, digits: 3), TextTable.number(pulse * 1e9, digits: 3),
                                entry.summary]
                    }
                    print(TextTable.render(header: ["name", "kind", "size (mm)", "metal (g)", "|M| 5 kHz (mm³)", "PI 20 µs (mm³)", "description"],
                                           rows: rows))
                }
            }

            /// The Frobenius norm of the complex tensor at 5 kHz, m³: one number for "how
            /// loud is it" that does not depend on the object's attitude.
            static func response(of entry: ObjectEntry) -> Double {
                let m = entry.spectrum.tensor(frequencyHz: 5000)
                return (m.real.contracted(with: m.real) + m.imaginary.contracted(with: m.imaginary)).squareRoot()
            }

            func mm(_ x: Double) -> String { TextTable.number(x * 1000, digits: 3) }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "An object's parts with their assumptions, its tensor's eigenvalues at 1, 5, 20 and 100 kHz, and its pulse response.",
                discussion: """
                    Eigenvalues of the real and imaginary parts of M(ω) in mm³ (e^(-iωt): Im ≥ 0 for \
                    conductors). Pulse response: the moment per unit field m(t) 20 µs after step-off, and \
                    the 20–120 µs gate's value m(20 µs) − m(120 µs), the integral of the receive voltage \
                    over the gate (per unit field and coupling), in mm³.
                    """)

            @OptionGroup var options: CatalogOptions

            @Argument(help: "The object's name (see `portalsim objects list`).")
            var name: String

            func mm(_ x: Double) -> String { TextTable.number(x * 1000, digits: 3) }

            func run() throws {
                try reportingErrors {
                    let entry = try options.catalog().lookup(name).get()
                    print("\(entry.name) (\(entry.kind.rawValue), \(entry.origin)): \(entry.summary)")
                    let facts = [entry.sizeM.map { "size \(mm($0.x)) × \(mm($0.y)) × \(mm($0.z)) mm" },
                                 entry.metalMassKg.map { "metal \(TextTable.number($0 * 1000, digits: 3)) g" }].compactMap { $0 }
                    let whole = entry.publishedMassKg.map { "whole object \(TextTable.number($0 * 1000, digits: 3)) g" }
                    if !facts.isEmpty { print((facts + [whole].compactMap { $0 }).joined(separator: ", ")) }
                    print("\nParts:")
                    for part in entry.parts {
                        print("  \(part.count > 1 ? "\(part.count) × " : "")\(part.name): \(part.description)")
                        print("      \(part.assumption)")
                    }
                    print("\nTensor eigenvalues (mm³):")
                    var rows: [[String]] = []
                    for f in [1e3, 5e3, 20e3, 100e3] {
                        let m = entry.spectrum.tensor(frequencyHz: f)
                        rows.append([QuantityParser.format(f, as: .frequency)] + (m.real.eigenvalues + m.imaginary.eigenvalues).map { TextTable.number($0 * 1e9, digits: 4) })
                    }
                    print(TextTable.render(header: ["frequency", "Re λ1", "Re λ2", "Re λ3", "Im λ1", "Im λ2", "Im λ3"], rows: rows))
                    let step = entry.spectrum.stepOffResponse(timeS: 20e-6).eigenvalues
                    let gate = entry.spectrum.gateResponse(PulseGate(startS: 20e-6, endS: 120e-6)).eigenvalues
                    print("\nPulse response (mm³): at 20 µs \(step.map { TextTable.number($0 * 1e9, digits: 4) }.joined(separator: ", ")); gate 20–120 µs m(t₁) − m(t₂) \(gate.map { TextTable.number($0 * 1e9, digits: 4) }.joined(separator: ", "))")
                    let moment = entry.spectrum.remanentMomentAm2
                    if moment.norm > 0 { print("Remanent moment: \(TextTable.number(moment.norm * 1000, digits: 3)) mA·m²") }
                }
            }
        }
    }
}

extension PortalSimCommand.Objects {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print built-in objects as YAML, to edit and use in a scenario's 'objects' section.",
            discussion: """
                The text is the library's own objects.yaml entry: every number reads back to the same \
                value, and parts made by a model (a pouch cell, a circuit board, a coin) are written as \
                the 'build:' call with the model's inputs. A scenario cannot redefine a built-in name: \
                give the copy a new one with --as. docs/scenario-format.md describes every key.
                """)

        @Argument(help: "The built-in objects' names (see `portalsim objects list`).")
        var names: [String]

        @Option(name: .customLong("as"), help: ArgumentHelp("A new name for the (single) exported object.", valueName: "new-name"))
        var newName: String?

        func validate() throws {
            if newName != nil, names.count != 1 {
                throw ValidationError("--as renames one object; give one name, not \(names.count)")
            }
            if let newName, let problem = CSVSafeName.problem(with: newName) {
                throw ValidationError("--as: \(problem)")
            }
        }

        func run() throws {
            try reportingErrors {
                let objects = try names.map { name throws(InputErrors) in try ObjectLibrary.lookup(name) }
                print(try ObjectExport.yaml(objects, renamingFirstTo: newName), terminator: "")
            }
        }
    }
}

extension LibraryObject.Kind: ExpressibleByArgument {}
