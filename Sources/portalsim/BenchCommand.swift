import ArgumentParser
import Foundation
import PortalPhysics
import PortalSimulation

extension PortalSimCommand {
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the speed of the engine and of the physics kernels on this machine.",
            discussion: """
                Reports rates, not pass/fail. Passes per second of the standard scenario (one \
                single-part object — a 20 mm steel sphere at the waistband — through the 6-zone CW \
                portal at one frequency, 66 samples per pass, noise on) with one thread and with \
                all cores; then, on one thread, field evaluations per second (one rectangular coil, \
                one circular coil, and the full sensitivity of a 6-zone portal at a point) and \
                tensor contractions and normal deviates per second.

                --json FILE saves these figures (with the core count and the build) as a baseline; \
                --compare FILE measures again and prints old, new and their ratio per line, naming \
                each line slower than the baseline by more than --tolerance: exit status 1 if any is, \
                0 if none, 2 if the file is missing or not a figures file. Rates on a loaded machine \
                vary by tens of per cent: compare with a tolerance that noise does not trip, and \
                measure the baseline the same way (see benchmarks/README.md).
                """
        )

        @Option(help: "Seconds to spend on each kernel measurement.")
        var seconds: Double = 1

        @Option(help: "Passes per engine measurement.")
        var passes: Int = 1_000_000

        @Option(help: "Threads for the parallel engine measurement, by default one per core.")
        var threads: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .customLong("json"), help: ArgumentHelp("Write the figures to this JSON file.", valueName: "file"))
        var jsonPath: String?

        @Option(name: .customLong("compare"),
                help: ArgumentHelp("Compare with the figures in this JSON file (exit 1 if a line got slower).", valueName: "baseline"))
        var baselinePath: String?

        @Option(help: ArgumentHelp("How much slower a line may be than the baseline before --compare flags it.",
                                   valueName: "percent"))
        var tolerance: String = "25%"

        func validate() throws {
            guard seconds > 0 && seconds <= 600 else { throw ValidationError("--seconds must be in (0, 600]") }
            guard passes >= 1000 else { throw ValidationError("--passes must be at least 1000") }
            guard (1...1024).contains(threads) else { throw ValidationError("--threads must be between 1 and 1024") }
            guard Self.toleranceFraction(tolerance) != nil else {
                throw ValidationError("--tolerance must be a percentage in (0, 100), e.g. 25%, got \(tolerance)")
            }
        }

        /// "25%" or "25" as 0.25; nil outside (0, 100).
        static func toleranceFraction(_ text: String) -> Double? {
            let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
            guard let percent = Double(digits.trimmingCharacters(in: .whitespaces)), percent > 0, percent < 100 else { return nil }
            return percent / 100
        }

        func run() throws {
            // Read the baseline first: a bad file fails at once, not after the measurements.
            var baseline: BenchFigures?
            try reportingErrors {
                if let baselinePath { baseline = try Self.readBaseline(baselinePath) }
            }
            var lines = try measureEngine()
            lines += try measureKernels()
            let figures = BenchFigures(toolVersion: PortalSimVersion.string, build: BuildIdentity.current,
                                       cores: ProcessInfo.processInfo.activeProcessorCount, secondsPerKernel: seconds,
                                       passesPerEngineLine: passes / 2 * 2, lines: lines)
            if let jsonPath {
                try reportingErrors {
                    try Interruption.deferred { try AtomicFile.write(figures.encoded(), to: jsonPath) }
                }
            }
            if let baseline, let baselinePath, let fraction = Self.toleranceFraction(tolerance) {
                let comparison = BenchComparison(baseline: baseline, current: figures, tolerance: fraction)
                print("")
                print(Self.report(comparison, baseline: baseline, current: figures, path: baselinePath))
                if !comparison.slower.isEmpty { throw CheckFailed() }
            }
        }

        static func readBaseline(_ path: String) throws -> BenchFigures {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                let missing = !FileManager.default.fileExists(atPath: path)
                throw InputErrors(InputDiagnostic(file: path, message: missing ? "no such file" : "cannot be read (\(error.localizedDescription))"))
            }
            do throws(BenchFiguresError) {
                return try BenchFigures.decode(data)
            } catch {
                throw InputErrors(InputDiagnostic(file: path, message: error.description))
            }
        }

        /// The comparison table and its verdict.
        static func report(_ comparison: BenchComparison, baseline: BenchFigures, current: BenchFigures, path: String) -> String {
            let percent = TextTable.number(comparison.tolerance * 100, digits: 3)
            var text = "portalsim bench: compared with \(path) (\(baseline.build ?? "unknown build"), \(baseline.cores) cores), tolerance \(percent) %\n"
            if baseline.cores != current.cores {
                text += "note: the baseline was measured with \(baseline.cores) cores, this machine has \(current.cores)\n"
            }
            let rows = comparison.rows.map { row -> [String] in
                [row.name, row.baseline.map { TextTable.number($0, digits: 3) } ?? "-",
                 row.current.map { TextTable.number($0, digits: 3) } ?? "-",
                 row.ratio.map { TextTable.number($0, digits: 3) } ?? "-", row.verdict.rawValue]
            }
            text += TextTable.render(header: ["line", "baseline", "now", "ratio", "verdict"], rows: rows) + "\n"
            let slower = comparison.slower
            if slower.isEmpty {
                text += "no line is more than \(percent) % slower than the baseline"
            } else {
                text += slower.map { row in
                    "slower: \(row.name): \(TextTable.number(row.ratio ?? 0, digits: 3))× the baseline (more than \(percent) % below it)"
                }.joined(separator: "\n")
            }
            return text
        }

        /// The standard scenario of the engine benchmark.
        static let standardScenario = """
            name: bench
            seed: 1
            trials: 1000
            portal:
              class: cw-multi-zone
              detector: {mode: cw, frequencies: [5 kHz], sample_rate: 40 Hz, noise: 50 nV, reference_threshold: 10 uV}
            population:
              walking_speed: {mean: 1.1 m/s, sd: 0 m/s, min: 0.5 m/s, max: 1.5 m/s}
            threats:
              objects: [sphere-steel-20mm]
              locations: [waistband-front]
            """

        /// The engine lines; returns each line's label and rate.
        func measureEngine() throws -> [BenchFigures.Line] {
            var scenario = try ScenarioFile.decode(YAMLDocument(text: Self.standardScenario, file: "bench")).runScenario()
            for p in scenario.populations.indices { scenario.populations[p].items = [] }
            scenario.trials = passes / 2          // two cases: the threat and the (empty) population
            let engine = Engine(scenario: scenario, threads: threads)
            print("portalsim bench: engine, standard scenario, \(scenario.trials * engine.cases.count) passes per measurement")
            var single = 0.0
            var lines: [BenchFigures.Line] = []
            for t in [1, threads] {
                let clock = ContinuousClock()
                let start = clock.now
                let tallies = try engine.run(threads: t)
                let elapsed = clock.now - start
                let s = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                let total = tallies.cases.values.reduce(0) { $0 + $1.trials }
                let rate = Double(total) / s
                if t == 1 { single = rate }
                let shown = NumberFormat.shortest(NumberFormat.rounded(rate, significantDigits: 3))
                let speedup = t == 1 ? "" : " (\(NumberFormat.shortest(NumberFormat.rounded(rate / single, significantDigits: 3)))× one thread)"
                let label = "passes/s, \(t) thread\(t == 1 ? "" : "s")"
                print("\(label.padding(toLength: 44, withPad: " ", startingAt: 0)) \(shown)\(speedup)")
                lines.append(BenchFigures.Line(name: label, perSecond: rate))
                if t == threads { break }
            }
            return lines
        }

        /// The kernel lines, on one thread; returns each line's label and rate.
        func measureKernels() throws -> [BenchFigures.Line] {
            let portal = PortalClass.cwMultiZone.portal
            let rectangle = portal.transmitter.coils[0].coil
            let circle = Coil(shape: .circle(radiusM: 0.25), turns: 40, centerM: Vector3(0.43, 0, 1),
                              orientation: Rotation(zAxisAlong: .unitX))
            // Points spread through the aperture, reused cyclically.
            let points = (0..<1024).map { i -> Vector3 in
                let t = Double(i)
                return Vector3(0.3 * sin(t * 0.87), 0.5 * sin(t * 0.45), 1 + 0.9 * sin(t * 0.33))
            }
            let copper = Material(name: "copper", conductivitySPerM: 5.8e7)
            let tensor = try Primitive.plate(lengthM: 0.04, widthM: 0.02, thicknessM: 1e-4).relaxationSpectrum(material: copper)
                .tensor(frequencyHz: 5000)
            let sensitivities = points.prefix(64).map { portal.sensitivity(zone: 2, at: $0) }
            let rotations = (0..<64).map { Rotation(yawRad: Double($0), pitchRad: 0.3 * Double($0), rollRad: 0.7 * Double($0)) }

            var noise = [Double](repeating: 0, count: 792)
            var stream = PhiloxStream(key: SIMD2(1, 2), counter: .zero)
            let ziggurat = Ziggurat.standard
            print("portalsim bench: kernels, one thread, \(seconds) s per line")
            return [
                measure("rectangular coil field evaluations/s") { i in rectangle.fieldPerAmpere(at: points[i & 1023]).x },
                measure("circular coil field evaluations/s") { i in circle.fieldPerAmpere(at: points[i & 1023]).x },
                measure("6-zone sensitivity products/s (7 coils)") { i in portal.sensitivities(at: points[i & 1023])[0].xx },
                measure("tensor contractions/s (M : S)") { i in tensor.contracted(with: sensitivities[i & 63]).real },
                measure("rotate + contract/s (R M Rᵀ : S)") { i in
                    tensor.rotated(by: rotations[i & 63]).contracted(with: sensitivities[(i >> 6) & 63]).imaginary
                },
                // A pass's worth of noise (66 samples × 6 zones × 2 channels) per call.
                measure("normal deviates/s (Philox + ziggurat, bulk)", perCall: noise.count) { _ in
                    noise.withUnsafeMutableBufferPointer { stream.fillNormals($0, scale: 1, ziggurat) }
                    return noise[0]
                },
            ]
        }

        /// Runs `body` in growing batches until `seconds` have passed; prints the rate (of
        /// `perCall` operations per call) and returns it.
        func measure(_ label: String, perCall: Int = 1, _ body: (Int) -> Double) -> BenchFigures.Line {
            let clock = ContinuousClock()
            var done = 0, batch = 1000, checksum = 0.0
            let start = clock.now
            var elapsed = Duration.zero
            while elapsed < .milliseconds(Int(seconds * 1000)) {
                for i in done..<(done + batch) { checksum += body(i) }
                done += batch
                batch = Swift.min(batch * 2, 1_000_000)
                elapsed = clock.now - start
            }
            let s = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let rate = Double(done * perCall) / s
            let shown = NumberFormat.shortest(NumberFormat.rounded(rate, significantDigits: 3))
            // The checksum keeps the optimiser from dropping the work; it is not a result.
            print("\(label.padding(toLength: 44, withPad: " ", startingAt: 0)) \(shown)\(checksum.isNaN ? " (NaN!)" : "")")
            return BenchFigures.Line(name: label, perSecond: rate)
        }
    }
}
