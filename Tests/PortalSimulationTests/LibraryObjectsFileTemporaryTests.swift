import Testing
@testable import PortalSimulation

struct LibraryObjectsFileTemporaryTests {
    @Test func theFileDecodesToTheSwiftObjects() {
        let fromFile = BuiltInLibrary.shared.objects
        #expect(fromFile.map(\.name) == ObjectLibrary.all.map(\.name))
        for (a, b) in zip(fromFile, ObjectLibrary.all) {
            #expect(a.kind == b.kind && a.summary == b.summary && a.sizeM == b.sizeM && a.publishedMassKg == b.publishedMassKg, "\(a.name)")
            #expect(a.parts.count == b.parts.count, "\(a.name)")
            for (p, q) in zip(a.parts, b.parts) {
                #expect(p.name == q.name, "\(a.name)")
                #expect(p.primitive == q.primitive, "\(a.name) \(p.name)")
                #expect(p.material == q.material, "\(a.name) \(p.name)")
                #expect(p.offsetM == q.offsetM, "\(a.name) \(p.name) \(p.offsetM) \(q.offsetM)")
                #expect(p.attitude == q.attitude, "\(a.name) \(p.name)")
                #expect(p.count == q.count, "\(a.name) \(p.name)")
                #expect(p.assumption == q.assumption, "\(a.name) \(p.name)")
                #expect(p.declaredMetalMassKg == q.declaredMetalMassKg, "\(a.name) \(p.name)")
                #expect(p == q, "\(a.name) \(p.name)")
            }
            #expect(a == b, "\(a.name)")
        }
    }
}
