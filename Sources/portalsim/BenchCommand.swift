import ArgumentParser
import Foundation
import PortalPhysics
import PortalSimulation

extension PortalSimCommand {
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the speed of the physics kernels on this machine (one thread).",
            discussion: """
                Reports rates, not pass/fail: field evaluations per second (one rectangular coil, \
                one circular coil, and the full sensitivity of a 6-zone portal at a point) and \
                tensor contractions per second (an object's complex tensor with a sensitivity \
                product, with and without turning the tensor first).
                """
        )

        @Option(help: "Seconds to spend on each measurement.")
        var seconds: Double = 1

        func validate() throws {
            guard seconds > 0 && seconds <= 600 else { throw ValidationError("--seconds must be in (0, 600]") }
        }

        func run() {
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
            let tensor = Primitive.plate(lengthM: 0.04, widthM: 0.02, thicknessM: 1e-4).relaxationSpectrum(material: copper)
                .tensor(frequencyHz: 5000)
            let sensitivities = points.prefix(64).map { portal.sensitivity(zone: 2, at: $0) }
            let rotations = (0..<64).map { Rotation(yawRad: Double($0), pitchRad: 0.3 * Double($0), rollRad: 0.7 * Double($0)) }

            print("portalsim bench: one thread, \(seconds) s per line")
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
