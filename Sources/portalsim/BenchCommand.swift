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
                tensor contractions per second.
                """
        )

        @Option(help: "Seconds to spend on each kernel measurement.")
        var seconds: Double = 1

        @Option(help: "Passes per engine measurement.")
        var passes: Int = 1_000_000

        @Option(help: "Threads for the parallel engine measurement (default: all cores).")
        var threads: Int = ProcessInfo.processInfo.activeProcessorCount

        func validate() throws {
            guard seconds > 0 && seconds <= 600 else { throw ValidationError("--seconds must be in (0, 600]") }
            guard passes >= 1000 else { throw ValidationError("--passes must be at least 1000") }
            guard (1...1024).contains(threads) else { throw ValidationError("--threads must be between 1 and 1024") }
        }

        func run() throws {
            try measureEngine()
            try measureKernels()
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

        func measureEngine() throws {
            var scenario = try ScenarioFile.decode(YAMLDocument(text: Self.standardScenario, file: "bench")).runScenario()
            scenario.population.items = []
            scenario.trials = passes / 2          // two cases: the threat and the (empty) population
            let engine = Engine(scenario: scenario, threads: threads)
            print("portalsim bench: engine, standard scenario, \(scenario.trials * engine.cases.count) passes per measurement")
            var single = 0.0
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
                print("\("passes/s, \(t) thread\(t == 1 ? "" : "s")".padding(toLength: 44, withPad: " ", startingAt: 0)) \(shown)\(speedup)")
                if t == threads { break }
            }
        }

        func measureKernels() throws {
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

            print("portalsim bench: kernels, one thread, \(seconds) s per line")
            measure("rectangular coil field evaluations/s") { i in rectangle.fieldPerAmpere(at: points[i & 1023]).x }
            measure("circular coil field evaluations/s") { i in circle.fieldPerAmpere(at: points[i & 1023]).x }
            measure("6-zone sensitivity products/s (7 coils)") { i in portal.sensitivities(at: points[i & 1023])[0].xx }
            measure("tensor contractions/s (M : S)") { i in tensor.contracted(with: sensitivities[i & 63]).real }
            measure("rotate + contract/s (R M Rᵀ : S)") { i in
                tensor.rotated(by: rotations[i & 63]).contracted(with: sensitivities[(i >> 6) & 63]).imaginary
            }
        }

        /// Runs `body` in growing batches until `seconds` have passed; prints the rate.
        func measure(_ label: String, _ body: (Int) -> Double) {
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
            let rate = Double(done) / s
            let shown = NumberFormat.shortest(NumberFormat.rounded(rate, significantDigits: 3))
            // The checksum keeps the optimiser from dropping the work; it is not a result.
            print("\(label.padding(toLength: 44, withPad: " ", startingAt: 0)) \(shown)\(checksum.isNaN ? " (NaN!)" : "")")
        }
    }
}
