import ComplexModule
import RealModule

extension Portal {
    /// The continuous-wave signal of one pass, per frequency, per zone, per sample:
    /// `result[f][zone][sample]`, volts, e^{−iωt}. Fields are evaluated exactly at each
    /// pose (no precomputed grid): this is the reference the fast engine is checked against.
    public func continuousWaveSignals(of spectrum: RelaxationSpectrum, along poses: [Pose],
                                      frequenciesHz: [Double]) -> [[[Complex<Double>]]] {
        let bodyTensors = frequenciesHz.map { spectrum.tensor(frequencyHz: $0) }
        var result = frequenciesHz.map { _ in zones.map { _ in [Complex<Double>]() } }
        for pose in poses {
            let sensitivities = self.sensitivities(at: pose.positionM)
            for (f, frequency) in frequenciesHz.enumerated() {
                let tensor = bodyTensors[f].rotated(by: pose.attitude)
                for (z, s) in sensitivities.enumerated() {
                    result[f][z].append(ObjectSignal.continuousWave(
                        tensor: tensor, sensitivity: s,
                        angularFrequencyRadPerS: 2 * Double.pi * frequency, currentA: transmitterCurrentA))
                }
            }
        }
        return result
    }

    /// The pulse-induction gated signal of one pass, per zone, per sample:
    /// `result[zone][sample]`, V·s.
    public func gatedSignals(of spectrum: RelaxationSpectrum, along poses: [Pose], gate: PulseGate) -> [[Double]] {
        let bodyGate = spectrum.gateResponse(gate)
        var result = zones.map { _ in [Double]() }
        for pose in poses {
            let tensor = bodyGate.rotated(by: pose.attitude)
            for (z, s) in sensitivities(at: pose.positionM).enumerated() {
                result[z].append(ObjectSignal.gated(gateTensor: tensor, sensitivity: s, currentA: transmitterCurrentA))
            }
        }
        return result
    }
}
