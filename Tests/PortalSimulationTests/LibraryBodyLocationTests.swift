import PortalPhysics
import Testing
@testable import PortalSimulation

@Suite("Library body locations")
struct LibraryBodyLocationTests {
    @Test func namesAreUniqueAndCoverTheDesign() {
        let names = BodyLocation.names
        #expect(Set(names).count == names.count)
        for required in ["hair-head", "chest-pocket", "armpit", "bra", "waistband-front", "waistband-back",
                         "trouser-pocket-front", "trouser-pocket-back", "groin", "thigh", "ankle-sock", "shoe",
                         "body-cavity"] {
            #expect(BodyLocation.named(required) != nil, "\(required)")
        }
        #expect(BodyLocation.named("pocket") == nil)
    }

    @Test func heightsArePlausible() {
        for location in BodyLocation.all {
            let male = location.height(female: false), female = location.height(female: true)
            #expect(male != nil || female != nil)
            for h in [male, female].compactMap({ $0 }) {
                #expect(h.meanM > 0.005 && h.meanM < 1.80, "\(location.name)")
                #expect(h.standardDeviationM > 0 && h.standardDeviationM < 0.08, "\(location.name)")
            }
            if let m = male, let f = female {
                #expect(f.meanM <= m.meanM, "\(location.name): women are shorter on average")
                #expect(m.meanM - f.meanM < 0.15)
            }
            #expect(location.lateralOffsetM.lowerBound >= 0 && location.lateralOffsetM.upperBound < 0.3)
            #expect(abs(location.frontBackOffsetM.lowerBound) < 0.2 && abs(location.frontBackOffsetM.upperBound) < 0.2)
        }
        // Order along the body, men's means.
        func mean(_ name: String) -> Double { BodyLocation.named(name)?.heightMale?.meanM ?? .nan }
        #expect(mean("hair-head") > mean("chest-pocket"))
        #expect(mean("chest-pocket") > mean("waistband-front"))
        #expect(mean("waistband-front") > mean("groin"))
        #expect(mean("groin") > mean("thigh"))
        #expect(mean("thigh") > mean("ankle-sock"))
        #expect(mean("ankle-sock") > mean("shoe"))
        #expect(BodyLocation.named("bra")?.heightMale == nil)
    }

    @Test func classesAndGait() {
        #expect(BodyLocation.all.contains { $0.locationClass == .bodyCavity })
        #expect(BodyLocation.named("body-cavity")?.locationClass == .bodyCavity)
        #expect(BodyLocation.named("shoe")?.locationClass == .insideShoe)
        #expect(BodyLocation.named("shoe")?.movesWithGait == true)
        #expect(BodyLocation.named("ankle-sock")?.movesWithGait == true)
        #expect(BodyLocation.named("chest-pocket")?.movesWithGait == false)
    }

    /// Attitudes are proper rotations and put the device's thickness where stated.
    @Test func attitudes() {
        for attitude in DeviceAttitude.allCases {
            #expect(abs(attitude.rotation.matrix.determinant - 1) < 1e-12)
        }
        #expect(abs(DeviceAttitude.uprightFacingFront.thicknessAxis.y) == 1)
        #expect(DeviceAttitude.uprightFacingFront.rotation.apply(.unitX).z == 1, "length vertical")
        #expect(abs(DeviceAttitude.uprightFacingSide.thicknessAxis.x) == 1)
        #expect(abs(DeviceAttitude.flat.thicknessAxis.z) == 1)
        #expect(abs(DeviceAttitude.lyingAcrossFacingFront.thicknessAxis.y) == 1)
    }
}

/// The wand's view of each built-in location, as locations.yaml gives it.
@Suite("Library body locations: the wand")
struct LibraryBodyLocationWandTests {
    @Test func everyLocationHasItsAreaAndADepth() throws {
        let expected: [String: BodyLocation.WandArea] = [
            "hair-head": .head, "chest-pocket": .torso, "armpit": .torso, "bra": .torso,
            "waistband-front": .waist, "waistband-back": .waist, "trouser-pocket-front": .waist, "trouser-pocket-back": .waist,
            "groin": .groin, "body-cavity": .groin, "thigh": .legs, "ankle-sock": .feet, "shoe": .feet,
        ]
        for location in BodyLocation.all {
            #expect(location.wandArea == expected[location.name], "\(location.name)")
            #expect(location.wandDepthM > 0 && location.wandDepthM <= 0.1, "\(location.name)")
            if location.name != "ankle-sock" {
                #expect(location.wandDepthM == BodyLocation.wandDepthM(location.locationClass), "\(location.name)")
            }
        }
        // The sock lies under the wand's path, not under a shoe's sole.
        #expect(try #require(BodyLocation.named("ankle-sock")).wandDepthM == 0.01)
    }
}
