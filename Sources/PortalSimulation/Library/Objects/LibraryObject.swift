import Foundation
import PortalPhysics

/// A named object of the built-in library — a phone, a coin, a test sphere — made of
/// documented parts.
public struct LibraryObject: Hashable, Sendable {
    /// What the object is for in a study.
    public enum Kind: String, CaseIterable, Sendable {
        /// A "lighter-sized" phone of the kind smuggled into prisons.
        case miniPhone = "mini-phone"
        /// An ordinary phone, for contrast.
        case phone
        /// Something people carry innocently: the source of nuisance alarms.
        case everyday
        /// A calibration or qualification test object.
        case reference
        /// A part on its own (a SIM card, a battery cell), for comparisons.
        case component
    }

    /// Kebab-case identifier, as scenario files name it.
    public let name: String
    public let kind: Kind
    /// One line for listings.
    public let summary: String
    /// Bounding box L × W × T in the object's frame (x, y, z), m.
    public let sizeM: Vector3
    public let parts: [LibraryPart]
    /// The whole real object's mass where a source gives it (kg), metal or not; nil if
    /// unknown. For coins the whole coin is metal.
    public let publishedMassKg: Double?

    public init(name: String, kind: Kind, summary: String, sizeM: Vector3,
                publishedMassKg: Double? = nil, parts: [LibraryPart]) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.sizeM = sizeM
        self.publishedMassKg = publishedMassKg
        self.parts = parts
    }

    /// The parts as a physics composite, summed about the object's centre.
    ///
    /// The parts' spectra are computed concurrently (a phone's battery stack, board and
    /// plates are independent problems) and kept in the parts' order, so the sum does
    /// not depend on the scheduling.
    public func composite(model: SignatureModel = .standard) throws(EddyCurrentError) -> CompositeObject {
        let parts = self.parts
        let results = ParallelSlots<Result<Part, EddyCurrentError>>.map(
            count: parts.count, threads: ProcessInfo.processInfo.activeProcessorCount) { index in
                Result { () throws(EddyCurrentError) in try parts[index].physicsPart(model: model) }
            }
        var physics: [Part] = []
        for result in results { physics.append(try result.get()) }
        return CompositeObject(parts: physics)
    }

    /// The object's relaxation spectrum in its own frame.
    public func spectrum(model: SignatureModel = .standard) throws(EddyCurrentError) -> RelaxationSpectrum {
        try composite(model: model).spectrum
    }

    /// Mass of the metal modelled, kg.
    public var metalMassKg: Double { parts.reduce(0) { $0 + $1.metalMassKg } }
}
