import ComplexModule
import PortalPhysics
import RealModule

/// |a − b| / |b|, or |a − b| when b is zero.
func relativeError(_ a: Double, _ b: Double) -> Double {
    b == 0 ? abs(a - b) : abs(a - b) / abs(b)
}

func relativeError(_ a: Complex<Double>, _ b: Complex<Double>) -> Double {
    b.length == 0 ? (a - b).length : (a - b).length / b.length
}

func relativeError(_ a: Vector3, _ b: Vector3) -> Double {
    let n = b.norm
    return n == 0 ? (a - b).norm : (a - b).norm / n
}

/// Largest component difference relative to the largest component of `b`.
/// (Absolute when `b` is zero.)
func relativeError(_ a: ComplexSymmetricTensor, _ b: ComplexSymmetricTensor) -> Double {
    b.maxMagnitude == 0 ? a.maxMagnitude : a.maxDifference(b) / b.maxMagnitude
}

func relativeError(_ a: SymmetricTensor, _ b: SymmetricTensor) -> Double {
    b.maxMagnitude == 0 ? a.maxMagnitude : a.maxDifference(b) / b.maxMagnitude
}

/// Points spread over the unit sphere (a Fibonacci lattice): deterministic directions.
func fibonacciDirections(_ count: Int) -> [Vector3] {
    let golden = Double.pi * (3 - 5.0.squareRoot())
    return (0..<count).map { i in
        let z = 1 - 2 * (Double(i) + 0.5) / Double(count)
        let r = (1 - z * z).squareRoot()
        return Vector3(r * Double.cos(golden * Double(i)), r * Double.sin(golden * Double(i)), z)
    }
}

/// A deterministic set of rotations, from quaternions on a simple lattice.
func sampleRotations() -> [Rotation] {
    [Rotation(quaternionW: 0.9, x: 0.1, y: -0.3, z: 0.2),
     Rotation(quaternionW: 0.1, x: 0.7, y: 0.2, z: -0.6),
     Rotation(yawRad: 1.1, pitchRad: -0.4, rollRad: 2.5),
     Rotation(axis: Vector3(1, 1, 1), angleRad: 2 * Double.pi / 3)]
}

/// xʸ for the tests' closed forms.
func pow(_ x: Double, _ y: Double) -> Double { Double.pow(x, y) }
