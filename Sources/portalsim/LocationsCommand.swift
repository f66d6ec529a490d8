import ArgumentParser
import PortalSimulation

extension PortalSimCommand {
    struct Locations: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the body locations where objects are carried or hidden.",
            discussion: """
                Height: mean ± standard deviation of the object's height above the floor for adult \
                men and women (m). Class: what a body scanner or a search can reach (surface, clothing, \
                inside-shoe, body-cavity). Attitude: how a flat device typically sits there.
                """)

        func run() {
            let rows = BodyLocation.all.map { location -> [String] in
                func height(_ h: BodyLocation.Height?) -> String {
                    h.map { "\(TextTable.number($0.meanM, digits: 3)) ± \(TextTable.number($0.standardDeviationM, digits: 2))" } ?? "—"
                }
                return [location.name, location.locationClass.rawValue, height(location.heightMale), height(location.heightFemale),
                        location.typicalAttitude.rawValue, location.movesWithGait ? "yes" : "no", location.summary]
            }
            print(TextTable.render(header: ["name", "class", "height men (m)", "height women (m)", "attitude", "gait", "description"], rows: rows))
        }
    }
}
