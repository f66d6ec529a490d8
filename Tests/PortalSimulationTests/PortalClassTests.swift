import PortalPhysics
import Testing
@testable import PortalSimulation

struct PortalClassTests {
    @Test func zonesAreStackedBottomToTop() {
        for portalClass in [PortalClass.cwMultiZone, .piMultiZone] {
            let portal = portalClass.portal
            #expect(portal.zones.count == (portalClass == .cwMultiZone ? 6 : 8))
            for (k, zone) in portal.zones.enumerated() {
                // Near the receive panel, at the height of zone k's coil, zone k dominates.
                let height = zone.coils[0].coil.centerM.z
                let loudest = portal.sensitivities(at: Vector3(0.3, 0, height)).enumerated()
                    .max { $0.element.frobeniusNorm < $1.element.frobeniusNorm }?.offset
                #expect(loudest == k, "\(portalClass.rawValue) zone \(k + 1)")
            }
        }
    }

    /// Every coil lies in a panel plane, inside the panel's depth and the portal's height.
    @Test func coilsFitInsideThePanels() {
        for portalClass in PortalClass.allCases {
            let portal = portalClass.portal
            let coils = (portal.transmitter.coils + portal.zones.flatMap(\.coils)).map(\.coil)
            for coil in coils {
                for v in coil.worldVerticesM {
                    #expect(abs(abs(v.x) - PortalClass.coilPlaneXM) < 1e-12)
                    #expect(abs(v.y) <= portal.aperture.panelDepthM / 2)
                    #expect(v.z >= 0 && v.z <= portal.aperture.heightM)
                }
                // Normals across the aperture, so panels on both sides aid each other.
                #expect((coil.dipoleMomentPerAmpere.normalized! - Vector3.unitX).norm < 1e-12)
            }
        }
    }

    /// Both PI transmit panels aid: at the centre the field is twice one panel's.
    @Test func pulsePortalTransmitsFromBothPanels() {
        let portal = PortalClass.piMultiZone.portal
        let one = portal.transmitter.coils[0].coil.fieldPerAmpere(at: Vector3(0, 0, 1))
        let both = portal.transmitFieldPerAmpere(at: Vector3(0, 0, 1))
        #expect(abs(both.x - 2 * one.x) < 1e-12 * both.x && both.x > 0)
        guard case .pulseInduction(let gate, let rate) = portal.detector else {
            Issue.record("expected a pulse-induction detector")
            return
        }
        #expect(gate == PulseGate(startS: 20e-6, endS: 120e-6) && rate == 100)
    }
}

struct AnalysisTableTests {
    @Test func signatureTableOfASphere() throws {
        let copper = Material(name: "copper", conductivitySPerM: 5.8e7)
        let sphere = Sphere(radiusM: 0.01, material: copper)
        let table = try SignatureTable.make(spectrum: sphere.relaxationSpectrum(), frequenciesHz: [10, 1e4, 1e6])
        #expect(table.header.count == 20 && table.rows.count == 3)
        guard case .number(let reXX) = table.rows[2][2], case .number(let imXX) = table.rows[1][8] else {
            Issue.record("expected numbers")
            return
        }
        // At 1 MHz a 1 cm copper sphere is near its inductive limit −2πa³ (skin depth 66 µm).
        #expect(abs(reXX / sphere.inductiveScalar - 1) < 0.02)
        #expect(imXX > 0)
    }

    @Test func logarithmicFrequencies() {
        #expect(SignatureTable.logarithmicFrequencies(fromHz: 10, toHz: 1e5, count: 5) == [10, 100, 1000, 1e4, 1e5])
        #expect(SignatureTable.logarithmicFrequencies(fromHz: 5000, toHz: 5000, count: 1) == [5000])
    }

    @Test func fieldTableRowsAndColumns() throws {
        let portal = PortalClass.cwSingleZone.portal
        let points = SamplePoints.line(from: Vector3(0, -0.5, 1), to: Vector3(0, 0.5, 1), count: 3).points
        let transmit = try FieldTable.make(portal: portal, quantity: .transmit, zones: [0], points: points)
        #expect(transmit.rows.count == 3 && transmit.header[4] == "hx_per_m")
        let sensitivity = try FieldTable.make(portal: portal, quantity: .sensitivity, zones: [0], points: points)
        #expect(sensitivity.rows.count == 3 && sensitivity.header.count == 11)
    }

    @Test func planeCoversTheApertureAndPanels() {
        let points = SamplePoints.plane(axis: .y, atM: 0, around: PortalClass.aperture, counts: (5, 4)).points
        #expect(points.count == 20)
        #expect(points.first == Vector3(-0.48, 0, 0))
        #expect((points.last! - Vector3(0.48, 0, 2.08)).norm < 1e-12)
        #expect(points.allSatisfy { $0.y == 0 })
    }
}

struct PointsFileTests {
    @Test func readsNamedColumnsInAnyOrder() throws {
        let points = try PointsFile.parse("label,z_m,x_m,y_m\na,1,0.1,0.2\nb,2,0.3,0.4\n", file: "p.csv")
        #expect(points == [Vector3(0.1, 0.2, 1), Vector3(0.3, 0.4, 2)])
    }

    @Test func reportsBadRowsByLine() {
        #expect(throws: InputErrors.self) { try PointsFile.parse("x,y\n1,2\n", file: "p.csv") }
        do {
            _ = try PointsFile.parse("x,y,z\n1,2,3\n1,nan,3\n1,2\n", file: "p.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == """
                p.csv:3:1: y: not a finite number: 'nan'
                p.csv:4:1: z: missing value
                """)
        }
    }
}
