/// The body locations people carry and hide things at (README, the object library).
///
/// Heights are the object's centre above the floor for adults in shoes of ~2 cm,
/// approximate, scaled from landmark heights of the ANSUR II survey (2012; US Army
/// personnel, stature 1.756 ± 0.069 m for men and 1.629 ± 0.064 m for women; French
/// adults are within ~1 cm of these means): the landmark named in each `source`, plus
/// the offset of an object carried there, which is our estimate. Standard deviations
/// are the landmark's, taken as the stature's in proportion (~4 % of the height).
/// Offsets are for an average build; broad people widen them by a few centimetres.
extension BodyLocation {
    public static let all: [BodyLocation] = [
        BodyLocation(
            name: "hair-head", summary: "on top of the head under a cap, or in a hair bun",
            heightMale: .init(meanM: 1.72, standardDeviationM: 0.068), heightFemale: .init(meanM: 1.60, standardDeviationM: 0.063),
            lateralOffsetM: 0...0.05, eitherSide: false, frontBackOffsetM: -0.10...0.05,
            typicalAttitude: .flat, movesWithGait: false, locationClass: .surface,
            source: "stature less ~3.5 cm (ANSUR II stature)"),
        BodyLocation(
            name: "chest-pocket", summary: "shirt or jacket chest pocket",
            heightMale: .init(meanM: 1.32, standardDeviationM: 0.055), heightFemale: .init(meanM: 1.22, standardDeviationM: 0.050),
            lateralOffsetM: 0.06...0.12, eitherSide: true, frontBackOffsetM: 0.09...0.14,
            typicalAttitude: .uprightFacingFront, movesWithGait: false, locationClass: .clothing,
            source: "chest (nipple) height ~1.27 m men / ~1.17 m women (ANSUR II), pocket ~5 cm above"),
        BodyLocation(
            name: "armpit", summary: "held or taped under the arm, against the side of the chest",
            heightMale: .init(meanM: 1.24, standardDeviationM: 0.052), heightFemale: .init(meanM: 1.15, standardDeviationM: 0.048),
            lateralOffsetM: 0.12...0.18, eitherSide: true, frontBackOffsetM: -0.02...0.04,
            typicalAttitude: .uprightFacingSide, movesWithGait: false, locationClass: .surface,
            source: "axilla height ~1.30 m men / ~1.21 m women (ANSUR II), device centre ~6 cm below"),
        BodyLocation(
            name: "bra", summary: "in a bra cup or between the cups",
            heightMale: nil, heightFemale: .init(meanM: 1.17, standardDeviationM: 0.050),
            lateralOffsetM: 0...0.10, eitherSide: true, frontBackOffsetM: 0.08...0.13,
            typicalAttitude: .lyingAcrossFacingFront, movesWithGait: false, locationClass: .clothing,
            source: "bust-point (chest) height ~1.17 m women (ANSUR II); women only"),
        BodyLocation(
            name: "waistband-front", summary: "tucked inside the front of the waistband",
            heightMale: .init(meanM: 0.99, standardDeviationM: 0.045), heightFemale: .init(meanM: 0.95, standardDeviationM: 0.042),
            lateralOffsetM: 0...0.10, eitherSide: true, frontBackOffsetM: 0.10...0.14,
            typicalAttitude: .uprightFacingFront, movesWithGait: false, locationClass: .clothing,
            source: "iliac-crest (trouser waistband) height ~1.07 m men / ~1.01 m women (ANSUR II), device ~5-6 cm below"),
        BodyLocation(
            name: "waistband-back", summary: "tucked inside the back of the waistband",
            heightMale: .init(meanM: 0.99, standardDeviationM: 0.045), heightFemale: .init(meanM: 0.95, standardDeviationM: 0.042),
            lateralOffsetM: 0...0.10, eitherSide: true, frontBackOffsetM: -0.14 ... -0.10,
            typicalAttitude: .uprightFacingFront, movesWithGait: false, locationClass: .clothing,
            source: "as waistband-front, at the back"),
        BodyLocation(
            name: "trouser-pocket-front", summary: "front trouser pocket",
            heightMale: .init(meanM: 0.90, standardDeviationM: 0.040), heightFemale: .init(meanM: 0.86, standardDeviationM: 0.038),
            lateralOffsetM: 0.12...0.18, eitherSide: true, frontBackOffsetM: 0...0.08,
            typicalAttitude: .uprightFacingFront, movesWithGait: false, locationClass: .clothing,
            source: "pocket bag between hip and upper thigh: ~buttock height ~0.88 m men / ~0.85 m women (ANSUR II); "
                + "the upper thigh swings a little, neglected"),
        BodyLocation(
            name: "trouser-pocket-back", summary: "back trouser pocket",
            heightMale: .init(meanM: 0.91, standardDeviationM: 0.040), heightFemale: .init(meanM: 0.87, standardDeviationM: 0.038),
            lateralOffsetM: 0.06...0.12, eitherSide: true, frontBackOffsetM: -0.14 ... -0.10,
            typicalAttitude: .uprightFacingFront, movesWithGait: false, locationClass: .clothing,
            source: "buttock height ~0.88 m men / ~0.85 m women (ANSUR II), pocket slightly above"),
        BodyLocation(
            name: "groin", summary: "in the underwear at the groin",
            heightMale: .init(meanM: 0.86, standardDeviationM: 0.040), heightFemale: .init(meanM: 0.80, standardDeviationM: 0.036),
            lateralOffsetM: 0...0.03, eitherSide: false, frontBackOffsetM: 0.04...0.09,
            typicalAttitude: .uprightFacingFront, movesWithGait: false, locationClass: .clothing,
            source: "crotch height ~0.84 m men / ~0.78 m women (ANSUR II), device centre ~2 cm above"),
        BodyLocation(
            name: "thigh", summary: "strapped to the inner or outer thigh",
            heightMale: .init(meanM: 0.68, standardDeviationM: 0.032), heightFemale: .init(meanM: 0.63, standardDeviationM: 0.030),
            lateralOffsetM: 0.06...0.15, eitherSide: true, frontBackOffsetM: -0.03...0.07,
            typicalAttitude: .uprightFacingFront, movesWithGait: true, locationClass: .surface,
            source: "midway between crotch (~0.84/0.78 m) and knee (~0.52/0.48 m) heights, men/women (ANSUR II, approximate)"),
        BodyLocation(
            name: "ankle-sock", summary: "in a sock above the ankle",
            heightMale: .init(meanM: 0.12, standardDeviationM: 0.015), heightFemale: .init(meanM: 0.11, standardDeviationM: 0.015),
            lateralOffsetM: 0.08...0.14, eitherSide: true, frontBackOffsetM: -0.03...0.03,
            typicalAttitude: .uprightFacingSide, movesWithGait: true, locationClass: .insideShoe,
            source: "lateral malleolus ~0.07 m (ANSUR II) plus shoe; device centre ~4-5 cm above the ankle bone"),
        BodyLocation(
            name: "shoe", summary: "under the insole or in the heel of a shoe",
            heightMale: .init(meanM: 0.02, standardDeviationM: 0.005), heightFemale: .init(meanM: 0.02, standardDeviationM: 0.005),
            lateralOffsetM: 0.08...0.14, eitherSide: true, frontBackOffsetM: -0.10...0.12,
            typicalAttitude: .flat, movesWithGait: true, locationClass: .insideShoe,
            source: "insole 1-3 cm above the floor in stance; the foot lifts ~0.15 m in swing"),
        BodyLocation(
            name: "body-cavity", summary: "concealed inside the body (rectal or vaginal)",
            heightMale: .init(meanM: 0.90, standardDeviationM: 0.040), heightFemale: .init(meanM: 0.85, standardDeviationM: 0.038),
            lateralOffsetM: 0...0.02, eitherSide: false, frontBackOffsetM: -0.06...0.02,
            typicalAttitude: .uprightFacingFront, movesWithGait: false, locationClass: .bodyCavity,
            source: "crotch height (ANSUR II) plus ~6 cm; long axis roughly vertical (attitude uncertain: use uniform "
                + "rotations about the vertical)"),
    ]

    public static func named(_ name: String) -> BodyLocation? {
        let key = name.lowercased()
        return all.first { $0.name == key }
    }

    public static var names: [String] { all.map(\.name) }
}
