import PortalPhysics

/// The warning for a run whose CW frequencies lie beyond the frequencies an imported
/// MPT-Calculator sweep tabulates: there the part's signature is the relaxation fit's
/// extrapolation, which can be several per cent off (at 1 MHz, a fit of data ending at
/// 159 kHz was 4 % off and not monotone). Not an error: a sweep a little short of the
/// detector may still be the best data there is, but the reader must know.
///
/// Pulse detectors are not checked: what a gate samples is spread over time constants,
/// not tied to one frequency.
public enum ImportRangeWarning {
    /// One line per imported file, naming the file, its range and the frequencies beyond.
    public static func warnings(objects: [ObjectEntry], configurations: [ScreeningConfiguration]) -> [String] {
        var frequenciesHz = Set<Double>()
        for configuration in configurations {
            for stage in configuration.stages {
                if let portal = stage.portalStage?.portal, case .continuousWave(let list) = portal.detector {
                    frequenciesHz.formUnion(list)
                }
            }
        }
        var seen = Set<ImportedSweepRange>()
        var result: [String] = []
        for object in objects {
            for sweep in object.importedSweeps where !seen.contains(sweep) {
                seen.insert(sweep)
                let beyond = frequenciesHz.filter { !sweep.covers(frequencyHz: $0) }.sorted()
                guard !beyond.isEmpty else { continue }
                func hz(_ omega: Double) -> String { QuantityParser.format(omega / (2 * Double.pi), as: .frequency) }
                let range = sweep.angularFrequenciesRadPerS
                result.append("portalsim: warning: \(sweep.file): the imported sweep covers \(hz(range.lowerBound)) to "
                    + "\(hz(range.upperBound)), but the detector runs at "
                    + beyond.map { QuantityParser.format($0, as: .frequency) }.joined(separator: ", ")
                    + ": there '\(object.name)' is the fit's extrapolation")
            }
        }
        return result
    }
}

extension ScenarioFile {
    /// What to print on stderr before running this file (see ``ImportRangeWarning``).
    public var warnings: [String] {
        ImportRangeWarning.warnings(objects: objects, configurations: configurations)
    }
}
