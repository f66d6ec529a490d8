import ArgumentParser
import PortalPhysics
import PortalSimulation

extension PortalSimCommand {
    struct Portals: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the built-in portal classes with their geometry and drive."
        )

        func run() {
            for portalClass in PortalClass.allCases {
                let p = portalClass.portal
                print("\(portalClass.rawValue): \(portalClass.summary)")
                print("  aperture \(fmt(p.aperture.widthM)) m wide, \(fmt(p.aperture.heightM)) m high, panels \(fmt(p.aperture.panelDepthM)) m deep")
                switch p.detector {
                case .continuousWave(let f):
                    print("  continuous wave at \(f.map { QuantityParser.format($0, as: .frequency) }.joined(separator: ", ")), drive \(fmt(p.transmitterCurrentA)) A")
                case .pulseInduction(let gate, let rate):
                    print("  pulse induction, \(fmt(rate)) pulses/s, gate \(QuantityParser.format(gate.startS, as: .time))–\(QuantityParser.format(gate.endS, as: .time)), \(fmt(p.transmitterCurrentA)) A at step-off")
                }
                describe("transmitter", p.transmitter)
                for zone in p.zones { describe(zone.name, zone) }
            }
        }

        func describe(_ label: String, _ set: CoilSet) {
            for c in set.coils {
                let shape: String
                switch c.coil.shape {
                case .circle(let r): shape = "circle r=\(fmt(r)) m"
                case .polygon(let v): shape = v.count == 4 ? "rectangle \(fmt((v[1] - v[0]).norm))×\(fmt((v[2] - v[1]).norm)) m" : "\(v.count)-gon"
                }
                let o = c.coil.centerM
                print("  \(label): \(shape), \(fmt(c.coil.turns)) turns, centre (\(fmt(o.x)), \(fmt(o.y)), \(fmt(o.z))) m, weight \(fmt(c.weight))")
            }
        }

        func fmt(_ x: Double) -> String { TextTable.number(x, digits: 4) }
    }
}
